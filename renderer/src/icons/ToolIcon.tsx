import './tool-icon.css';

/** The small drawings on buttons (notes toolbar, Notuleren, the meeting header), 16 by 16, in the text colour. */
const paths = {
  'bullet-list': 'M6 4h8M6 8h8M6 12h8M2.5 4h.01M2.5 8h.01M2.5 12h.01',
  'number-list': 'M7 4h7M7 8h7M7 12h7M2 3l1-.5V6M2 6h2M2 10h2l-2 3h2',
  undo: 'M3 6h7a3.5 3.5 0 0 1 0 7H6M3 6l3-3M3 6l3 3',
  redo: 'M13 6H6a3.5 3.5 0 0 0 0 7h4M13 6l-3-3M13 6l-3 3',
  link: 'M7 9.5a3 3 0 0 0 4.2 0l2-2a3 3 0 0 0-4.2-4.2l-.8.8M9 6.5a3 3 0 0 0-4.2 0l-2 2a3 3 0 0 0 4.2 4.2l.8-.8',
  heading: 'M3 3v10M11 3v10M3 8h8M13.5 13V9',
  quote: 'M3 4v8M6 5h7M6 8h7M6 11h5',
  indent: 'M2 3h12M7 6.5h7M7 9.5h7M2 13h12M2 6l2.5 2L2 10',
  outdent: 'M2 3h12M7 6.5h7M7 9.5h7M2 13h12M4.5 6L2 8l2.5 2',
  lock: 'M4 7h8v6.5H4zM5.5 7V5a2.5 2.5 0 0 1 5 0v2',
  unlock: 'M4 7h8v6.5H4zM5.5 7V5a2.5 2.5 0 0 1 4.8-1',
  chevron: 'M4 6l4 4 4-4',
  'panel-left': 'M2.5 2.5h11v11h-11zM6.5 2.5v11',
  'panel-right': 'M2.5 2.5h11v11h-11zM9.5 2.5v11',
  play: 'M5 3l8 5-8 5z',
  pause: 'M5 3v10M11 3v10',
  next: 'M3 8h9M9 4.5L12.5 8 9 11.5',
} as const;

export type ToolIconName = keyof typeof paths;

/** Decoration only: the button it sits in has the name (and a tooltip with the words). */
export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg className="tool-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
