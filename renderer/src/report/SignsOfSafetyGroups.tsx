import type { Block, SignsOfSafetyGroup } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import { langIfDifferent } from '../text/bilingual';
import { useText } from '../text/useText';
import { BlockSequence } from './BlockSequence';
import { splitByGroup } from './blocks';

const GROUP_HEADING_KEYS = {
  working_well: 'report:signsOfSafety.working_well',
  worried: 'report:signsOfSafety.worried',
  to_do: 'report:signsOfSafety.to_do',
} as const satisfies Record<SignsOfSafetyGroup, string>;

/**
 * The three Signs of Safety questions, always all three and in print order, each heading in the
 * interface language (marked with its `lang`, as it sits inside the report's own text). Side by
 * side on a wide window, stacked on a narrow one (report.css).
 */
export function SignsOfSafetyGroups({
  blocks,
  sectionKey,
  contentLanguage,
}: Readonly<{ blocks: readonly Block[]; sectionKey: string; contentLanguage: Language }>) {
  const { t, language } = useText();
  const { ungrouped, groups } = splitByGroup(blocks);
  const interfaceLang = langIfDifferent(language, contentLanguage);
  return (
    <>
      {ungrouped.length > 0 ? <BlockSequence blocks={ungrouped} sectionKey={sectionKey} /> : null}
      <div className="signs-of-safety">
        {groups.map(({ group, blocks: groupBlocks }) => (
          <div key={group} className={`signs-of-safety__group signs-of-safety__group--${group}`}>
            <h3 lang={interfaceLang}>{t(GROUP_HEADING_KEYS[group])}</h3>
            {groupBlocks.length > 0 ? (
              <BlockSequence blocks={groupBlocks} sectionKey={sectionKey} />
            ) : (
              <p className="muted" lang={interfaceLang}>
                {t('report:signsOfSafety.empty')}
              </p>
            )}
          </div>
        ))}
      </div>
    </>
  );
}
