import type { SearchHit } from '../../../shared/search';
import { IndicatorHitContent } from './IndicatorHitContent';
import { NoteHitContent } from './NoteHitContent';
import { QuestionHitContent } from './QuestionHitContent';
import { ReportHitContent } from './ReportHitContent';
import { optionId } from './searchOptions';

/**
 * One result in the listbox. Focus stays in the search field (aria-activedescendant points here),
 * so a mouse press must not take it away; a click opens the result like Enter does.
 */
export function SearchOption({ hit, active, onChoose }: Readonly<{ hit: SearchHit; active: boolean; onChoose: (hit: SearchHit) => void }>) {
  return (
    <li
      role="option"
      id={optionId(hit)}
      aria-selected={active}
      className={active ? 'search-hit search-hit--active' : 'search-hit'}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(hit)}
    >
      {hit.group === 'reports' ? <ReportHitContent hit={hit} /> : null}
      {hit.group === 'indicators' ? <IndicatorHitContent hit={hit} /> : null}
      {hit.group === 'notes' ? <NoteHitContent hit={hit} /> : null}
      {hit.group === 'questions' ? <QuestionHitContent hit={hit} /> : null}
    </li>
  );
}
