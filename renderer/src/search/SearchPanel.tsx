import { forwardRef, memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useStableCallback } from '../app/use-stable-callback';
import type { LibrarySearchResult } from '../../../shared/ipc/contract';
import { formatDutchDate } from '../../../shared/meeting/dutch-format';
import type { AppSession } from '../app/app-session';
import type { JumpTarget } from './jump-target';
import { highlighted, markTerms } from './highlight';
import { openSearchResult } from './open-result';
import { searchAriaKeys } from './search-keys';
import { useLibrarySearch, type SearchStatus } from './useLibrarySearch';
import './search.css';

interface SearchPanelProps {
  session: AppSession;
  /** Extra attributes for the field (the start screen marks its own for Ctrl+K). */
  fieldAttributes?: Record<string, string>;
  /** The field's visible label. */
  label: string;
  /** Shown under the field, e.g. the shortcuts. */
  hint: string;
  /** Where the panel is: the results of the start screen sit under its field, the dialog's fill it. */
  variant: 'start' | 'dialog';
  /** Called when a result was chosen (the dialog closes first, so the unsaved-changes question can come). */
  onChoose?: () => void;
}

interface Choice extends JumpTarget {
  optionId: string;
}

function dateText(date: string | null): string {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDutchDate(date) : 'zonder datum';
}

function statusText(status: SearchStatus, query: string): string {
  switch (status.state) {
    case 'empty':
      return '';
    case 'short':
      return 'Typ nog een letter.';
    case 'searching':
      return status.answer ? '' : 'Zoeken…';
    case 'failed':
      return status.message;
    case 'done': {
      const { total, results } = status.answer;
      if (total === 0) return `Niets gevonden voor "${query.trim()}".`;
      const shown = total > results.length ? `, de ${results.length} beste staan hieronder` : '';
      return `${total} ${total === 1 ? 'overleg' : 'overleggen'} gevonden${shown}. Kies met ↓ en ↑, open met Enter.`;
    }
  }
}

/**
 * Searching all meetings of the library as one types: a combobox whose list
 * holds the meetings found (title, date, child) and per meeting the items
 * that matched with their lines. ↓ and ↑ go through the items, Enter (or a
 * click) opens the meeting at that item.
 */
export const SearchPanel = forwardRef<HTMLInputElement, SearchPanelProps>(function SearchPanel({ session, label, hint, variant, onChoose, fieldAttributes }, inputRef) {
  const { query, setQuery, status } = useLibrarySearch(session.bridge);
  const [active, setActive] = useState(0);
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const hintId = `${baseId}-hint`;
  const listId = `${baseId}-list`;
  const results = useMemo(() => (status.state === 'done' || status.state === 'searching' ? (status.answer?.results ?? []) : []), [status]);

  const choices = useMemo<Choice[]>(
    () =>
      results.flatMap((result, meetingIndex) =>
        result.hits.map((hit, hitIndex) => ({ path: result.path, itemId: hit.itemId, optionId: `${baseId}-o${meetingIndex}-${hitIndex}` })),
      ),
    [results, baseId],
  );
  const activeIndex = choices.length === 0 ? -1 : Math.min(active, choices.length - 1);
  const activeChoice = activeIndex >= 0 ? choices[activeIndex] : undefined;

  function choose(choice: Choice | undefined): void {
    if (!choice) return;
    onChoose?.();
    void openSearchResult(session, { path: choice.path, itemId: choice.itemId });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (choices.length === 0) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(choices.length - 1, activeIndex + 1) : Math.max(0, activeIndex - 1);
      setActive(next);
      document.getElementById(choices[next]?.optionId ?? '')?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(activeChoice);
    } else if (event.key === 'Escape' && variant === 'start' && query !== '') {
      // In the dialog Escape closes it; on the start screen it empties the field.
      event.preventDefault();
      setQuery('');
    }
  }

  const text = statusText(status, query);
  // The words marked are those of the answer on screen: a keystroke while the next answer is on its way changes nothing in the list.
  const markedQuery = status.state === 'done' ? status.query : status.state === 'searching' ? (status.shownQuery ?? query) : query;
  const terms = useMemo(() => markTerms(markedQuery), [markedQuery]);
  const chooseHit = useStableCallback((meetingIndex: number, hitIndex: number) =>
    choose(choices.find((choice) => choice.optionId === `${baseId}-o${meetingIndex}-${hitIndex}`)),
  );
  const expanded = choices.length > 0;

  return (
    // data-answered: the query the list shows the answer to (the speed bench waits for it).
    <div className={`search-panel search-panel--${variant}`} data-answered={status.state === 'done' ? status.query : undefined}>
      <div className="field field--wide search-panel__field">
        <label className="field__label" htmlFor={inputId}>
          {label}
        </label>
        <input
          ref={inputRef}
          {...fieldAttributes}
          id={inputId}
          className="field__input search-panel__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeChoice?.optionId}
          aria-describedby={hintId}
          aria-keyshortcuts={searchAriaKeys()}
          placeholder="Naam, woord uit de aantekeningen, besluit…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={hintId} className="field__hint search-panel__hint">
          {hint}
        </p>
      </div>
      <p role="status" className={text ? 'search-panel__status' : 'search-panel__status search-panel__status--empty'}>
        {text}
      </p>
      <div id={listId} role="listbox" aria-label="Gevonden overleggen" className="search-results" hidden={!expanded}>
        <ResultList results={results} baseId={baseId} activeOptionId={activeChoice?.optionId} terms={terms} onChoose={chooseHit} />
      </div>
    </div>
  );
});

interface ResultListProps {
  results: readonly LibrarySearchResult[];
  baseId: string;
  activeOptionId: string | undefined;
  terms: readonly string[];
  /** The same function at every render (memo below). */
  onChoose: (meetingIndex: number, hitIndex: number) => void;
}

/** The meetings found; renders again only when the answer, the marked words or the active option change, not for a keystroke. */
const ResultList = memo(function ResultList({ results, baseId, activeOptionId, terms, onChoose }: ResultListProps) {
  return results.map((result, meetingIndex) => (
    <ResultGroup
      key={result.path}
      result={result}
      groupId={`${baseId}-g${meetingIndex}`}
      optionIdOf={(hitIndex) => `${baseId}-o${meetingIndex}-${hitIndex}`}
      activeOptionId={activeOptionId}
      terms={terms}
      onChoose={(hitIndex) => onChoose(meetingIndex, hitIndex)}
    />
  ));
});

interface ResultGroupProps {
  result: LibrarySearchResult;
  groupId: string;
  optionIdOf: (hitIndex: number) => string;
  activeOptionId: string | undefined;
  /** The query's words, folded, to mark in the lines. */
  terms: readonly string[];
  onChoose: (hitIndex: number) => void;
}

function ResultGroup({ result, groupId, optionIdOf, activeOptionId, terms, onChoose }: ResultGroupProps) {
  const title = result.title.trim() || 'Naamloos overleg';
  return (
    <div role="group" aria-labelledby={groupId} className="search-results__meeting">
      <div id={groupId} className="search-results__heading">
        <span className="search-results__title">{title}</span>
        <span className="search-results__meta">
          {dateText(result.date)}
          {result.child.trim() && ` · ${result.child.trim()}`}
          {result.moreHits > 0 && ` · en nog ${result.moreHits} ${result.moreHits === 1 ? 'agendapunt' : 'agendapunten'}`}
        </span>
      </div>
      {result.hits.map((hit, hitIndex) => {
        const optionId = optionIdOf(hitIndex);
        const where = hit.itemId === null ? 'Gegevens en deelnemers' : `Punt ${hit.itemNumber ?? '?'}. ${hit.itemTitle.trim() || '(zonder onderwerp)'}`;
        return (
          <div
            key={hit.itemId ?? '-'}
            id={optionId}
            role="option"
            aria-selected={optionId === activeOptionId}
            className={optionId === activeOptionId ? 'search-results__hit search-results__hit--active' : 'search-results__hit'}
            // The field keeps the focus: a click chooses without taking it first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(hitIndex)}
          >
            <span className="search-results__where">{where}</span>
            {hit.lines.map((line, lineIndex) => (
              <span key={lineIndex} className="search-results__line">
                {highlighted(line, terms)}
              </span>
            ))}
          </div>
        );
      })}
    </div>
  );
}
