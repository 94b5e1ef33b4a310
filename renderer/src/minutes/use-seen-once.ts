import { useCallback, useState } from 'react';

/**
 * Whether an element in a long scrolling list has come near the visible part
 * of its scroller yet; once it has, it stays "seen". A card of the task panel
 * renders its fields (owner, date, status) only then: a 40-item meeting has
 * 120 cards, and creating, numbering again (after a new action) and laying
 * out the fields of cards nobody looks at cost the note-taker's keystrokes.
 * Near means within NEAR_PX of the scroller's visible part, so the fields are
 * there before they scroll into view, and a short list has all of them at once.
 */
const NEAR_PX = 1200;

interface Watch {
  observer: IntersectionObserver;
  onSeen: Map<Element, () => void>;
}

/** One observer per scroller, for all its cards. */
const watches = new WeakMap<Element, Watch>();

function watchFor(root: Element): Watch {
  const existing = watches.get(root);
  if (existing) return existing;
  const onSeen = new Map<Element, () => void>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        onSeen.get(entry.target)?.();
        onSeen.delete(entry.target);
        observer.unobserve(entry.target);
      }
    },
    { root, rootMargin: `${NEAR_PX}px 0px` },
  );
  const watch = { observer, onSeen };
  watches.set(root, watch);
  return watch;
}

/**
 * A ref callback for the element, and whether it has been seen. The scroller
 * is the element's closest ancestor matching `scroller`; without one (or
 * without IntersectionObserver) everything counts as seen.
 */
export function useSeenOnce(scroller: string): [(element: Element | null) => void, boolean] {
  const [seen, setSeen] = useState(false);
  const ref = useCallback(
    (element: Element | null) => {
      if (element === null) return;
      const root = element.closest(scroller);
      if (root === null || typeof IntersectionObserver === 'undefined') {
        setSeen(true);
        return;
      }
      const watch = watchFor(root);
      watch.onSeen.set(element, () => setSeen(true));
      watch.observer.observe(element);
      return () => {
        watch.onSeen.delete(element);
        watch.observer.unobserve(element);
      };
    },
    [scroller],
  );
  return [seen ? noRef : ref, seen];
}

function noRef(): void {}
