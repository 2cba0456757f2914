import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/search';
import { parseSearchQuery } from '../../../shared/search-query';
import { useClient } from '../client/ClientProvider';
import { useCall } from '../client/useCall';
import { useText } from '../text/useText';
import { SearchFilters, type SearchFilterValues } from './SearchFilters';
import { SearchGroup } from './SearchGroup';
import { hitHref } from './searchHref';
import { SearchMessage, type RebuildState } from './SearchMessage';
import { flatOptions, moveActive, optionId, visibleGroups } from './searchOptions';
import { useSearch } from './useSearch';
import './search.css';

/** Results shown per group: enough to choose from without scrolling far. */
const RESULTS_PER_GROUP = 5;
const LISTBOX_ID = 'search-results';
const TITLE_ID = 'search-title';
const HELP_ID = 'search-help';

/**
 * One search box for the whole library (issue #8), as a modal dialog: a combobox whose listbox
 * holds the results in groups. Focus stays in the field; the arrow keys move the active result
 * (aria-activedescendant), Enter opens it, Escape closes the dialog (the browser's own <dialog>
 * behaviour, which also returns focus to where it was). The dialog stays mounted while closed so
 * the last search is still there when it is opened again, and is asked afresh in case the library
 * changed.
 */
export function SearchDialog({ open, onClose }: Readonly<{ open: boolean; onClose: () => void }>) {
  const { t, language } = useText();
  const client = useClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const help = useRef<HTMLParagraphElement>(null);
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<SearchFilterValues>({ committeeId: null, period: null });
  const [attempt, setAttempt] = useState(0);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [rebuild, setRebuild] = useState<RebuildState>('idle');
  const library = useCall('library.get', {});
  const reloadLibrary = library.reload;
  const { state, pending } = useSearch({ text, ...filters, limit: RESULTS_PER_GROUP }, attempt);

  const results = state.status === 'ready' ? state.results : null;
  const groups = visibleGroups(results, parseSearchQuery(text).terms.some((term) => term.kind === 'code'));
  const options = flatOptions(groups);
  const activeIndex = options.findIndex((hit) => hit.id === activeId);
  const active = activeIndex >= 0 ? options[activeIndex]! : null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      input.current?.focus();
      input.current?.select();
      // Ask again: an import since the last search may have added reports, committees or periods.
      setAttempt((n) => n + 1);
      reloadLibrary();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, reloadLibrary]);

  // The dialog scrolls as a whole under a sticky field and a sticky help line; keep the active
  // result clear of both.
  useEffect(() => {
    const option = active ? document.getElementById(optionId(active)) : null;
    if (!option || !dialog.current) return;
    option.scrollIntoView({ block: 'nearest' });
    const box = option.getBoundingClientRect();
    const coveredAbove = (top.current?.getBoundingClientRect().bottom ?? 0) - box.top;
    const coveredBelow = box.bottom - (help.current?.getBoundingClientRect().top ?? Infinity);
    if (coveredAbove > 0) dialog.current.scrollBy({ top: -coveredAbove });
    else if (coveredBelow > 0) dialog.current.scrollBy({ top: coveredBelow });
  }, [active]);

  function choose(hit: SearchHit): void {
    const href = hitHref(hit, language);
    dialog.current?.close();
    if (window.location.hash === href) {
      // Already there: navigate again so the passage is brought back into view and marked.
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = href;
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = moveActive(activeIndex, options.length, event.key === 'ArrowDown' ? 1 : -1);
      setActiveId(next >= 0 ? options[next]!.id : null);
    } else if (event.key === 'Enter') {
      // Enter with nothing chosen opens the best result, as command palettes do.
      const hit = active ?? options[0];
      if (!hit) return;
      event.preventDefault();
      choose(hit);
    }
  }

  async function rebuildIndex(): Promise<void> {
    setRebuild('running');
    const result = await client['search.rebuild']({}).catch(() => null);
    if (result?.ok) {
      setRebuild('done');
      setAttempt((n) => n + 1);
      // The button pressed is gone with the error: carry on in the search field.
      input.current?.focus();
    } else {
      setRebuild({ failed: result && !result.ok ? result.error : { code: 'internal', message: 'search.rebuild failed' } });
    }
  }

  const announcement =
    pending || state.status !== 'ready'
      ? ''
      : !state.results.searched
        ? t('search:state.keepTyping')
        : state.results.totalIsLowerBound
          ? t('search:announce.resultsAtLeast', { number: String(state.results.total) })
          : t('search:announce.results', { count: state.results.total });

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={TITLE_ID}
      data-search-dialog=""
      onClose={onClose}
      // A click on the dimmed page around the box (the dialog element itself, not its content) closes it.
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <div className="search-dialog__top" ref={top}>
        <div className="search-dialog__header">
          <h2 id={TITLE_ID} className="search-dialog__title">
            {t('search:dialog.title')}
          </h2>
          <button type="button" className="button button--secondary search-dialog__close" onClick={() => dialog.current?.close()}>
            {t('search:dialog.close')}
          </button>
        </div>
        <label className="search-dialog__label" htmlFor="search-input">
          {t('search:dialog.inputLabel')}
        </label>
        <input
          ref={input}
          id="search-input"
          className="search-dialog__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls={options.length > 0 ? LISTBOX_ID : undefined}
          aria-activedescendant={active ? optionId(active) : undefined}
          aria-describedby={HELP_ID}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActiveId(null);
            setRebuild('idle');
          }}
          onKeyDown={onKeyDown}
        />
        <SearchFilters
          library={library.state.status === 'ready' ? library.state.value : null}
          values={filters}
          onChange={(next) => {
            setFilters(next);
            setActiveId(null);
          }}
        />
      </div>
      <div className="search-dialog__results">
        {rebuild === 'done' ? (
          <p className="search-message search-message--done" role="status">
            {t('search:state.rebuilt')}
          </p>
        ) : null}
        {groups.length > 0 && typeof rebuild !== 'object' ? (
          <div role="listbox" id={LISTBOX_ID} aria-label={t('search:dialog.results')} aria-busy={pending} className="search-results">
            {groups.map((group) => (
              <SearchGroup key={group.name} group={group} activeId={active?.id ?? null} onChoose={choose} />
            ))}
          </div>
        ) : (
          <SearchMessage
            state={state}
            rebuild={rebuild}
            onRetry={() => {
              setRebuild('idle');
              setAttempt((n) => n + 1);
              input.current?.focus();
            }}
            onRebuild={() => void rebuildIndex()}
            onClearFilters={() => setFilters({ committeeId: null, period: null })}
          />
        )}
      </div>
      <p id={HELP_ID} className="search-dialog__help" ref={help}>
        {t('search:dialog.help')}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </dialog>
  );
}
