import type { SearchGroupName, SearchHit, SearchResults } from '../../../shared/search';
import { SEARCH_GROUPS } from '../../../shared/search';

export interface SearchOptionGroup {
  readonly name: SearchGroupName;
  readonly total: number;
  readonly totalIsLowerBound: boolean;
  readonly hits: readonly SearchHit[];
}

/**
 * The groups that have hits, in the order Reports, Indicators, My notes, My questions — except
 * that a query naming an indicator code ("where is SCC/025?") puts Indicators first, since the
 * indicator itself is the answer and the passages quoting it would push it out of sight.
 */
export function visibleGroups(results: SearchResults | null, codeQuery = false): SearchOptionGroup[] {
  if (!results) return [];
  const order: readonly SearchGroupName[] = codeQuery ? ['indicators', ...SEARCH_GROUPS.filter((name) => name !== 'indicators')] : SEARCH_GROUPS;
  return order
    .map((name) => ({
      name,
      total: results.groups[name].total,
      totalIsLowerBound: results.groups[name].totalIsLowerBound,
      hits: results.groups[name].hits as readonly SearchHit[],
    }))
    .filter((group) => group.hits.length > 0);
}

/** Every option in reading order, as the arrow keys visit them. */
export function flatOptions(groups: readonly SearchOptionGroup[]): SearchHit[] {
  return groups.flatMap((group) => [...group.hits]);
}

/** The DOM id of an option, for aria-activedescendant. */
export function optionId(hit: SearchHit): string {
  return `search-option-${hit.id}`;
}

/**
 * The next active option after an arrow key: Down from nothing goes to the first, Up from nothing
 * to the last; both wrap round, as a command palette does.
 */
export function moveActive(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
