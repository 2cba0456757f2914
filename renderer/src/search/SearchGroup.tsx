import type { SearchHit } from '../../../shared/search';
import { useText } from '../text/useText';
import { GROUP_LABEL_KEYS } from './searchLabels';
import type { SearchOptionGroup } from './searchOptions';
import { SearchOption } from './SearchOption';

/**
 * One group of results (Reports, Indicators, My notes, My questions), labelled as the ARIA
 * grouped-listbox pattern does it: a presentational first item names the group, and screen
 * readers say the name when the active option enters the group.
 */
export function SearchGroup({
  group,
  activeId,
  onChoose,
}: Readonly<{ group: SearchOptionGroup; activeId: string | null; onChoose: (hit: SearchHit) => void }>) {
  const { t } = useText();
  const labelId = `search-group-${group.name}`;
  const numbers = { shown: String(group.hits.length), total: String(group.total) };
  const count = group.totalIsLowerBound
    ? t('search:group.countAtLeast', numbers)
    : group.total > group.hits.length
      ? t('search:group.countShown', numbers)
      : t('search:group.count', numbers);
  return (
    <ul role="group" aria-labelledby={labelId} className="search-group">
      <li role="presentation" id={labelId} className="search-group__label">
        <span className="search-group__name">{t(GROUP_LABEL_KEYS[group.name])}</span> <span className="search-group__count">{count}</span>
      </li>
      {group.hits.map((hit) => (
        <SearchOption key={hit.id} hit={hit} active={hit.id === activeId} onChoose={onChoose} />
      ))}
    </ul>
  );
}
