import { useTranslation } from 'react-i18next';
import type { Block, SectionView, SignsOfSafetyGroup } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import { InlineText } from './InlineText';
import { langIfDifferent } from '../text/bilingual';
import { LANGUAGE_NAME_KEYS } from '../text/labels';
import { useText } from '../text/useText';
import { BlockNumber } from './BlockNumber';
import { hasSignsOfSafetyGroups, indexBlocks, splitByGroup, toRuns, type IndexedBlock, type ListNode } from './blocks';

const MISSING_KEYS = {
  en: 'report:sideBySide.missing.en',
  cy: 'report:sideBySide.missing.cy',
} as const satisfies Record<Language, string>;

const GROUP_HEADING_KEYS = {
  working_well: 'signsOfSafety.working_well',
  worried: 'signsOfSafety.worried',
  to_do: 'signsOfSafety.to_do',
} as const satisfies Record<SignsOfSafetyGroup, string>;

/**
 * One section in one language: a cell of the side-by-side view, marked with the version's `lang`.
 * Its language's name heads it (hidden on a wide window, where the columns are named once above
 * them; shown when the pair stacks). The Signs of Safety questions are printed in the column's
 * language, as the report itself prints them. A section the version lacks gets a note in the
 * interface language (marked as such), so the row still reads as a pair.
 */
export function BilingualCell({ lang, sectionKey, section }: Readonly<{ lang: Language; sectionKey: string; section: SectionView | null }>) {
  const { t, language } = useText();
  const { i18n } = useTranslation();
  const inColumn = i18n.getFixedT(lang, 'report');
  const grouped = section !== null && (section.kind === 'signs_of_safety' || hasSignsOfSafetyGroups(section.blocks));
  return (
    <div className={`side-by-side__cell side-by-side__cell--${lang}${section ? '' : ' side-by-side__cell--missing'}`} lang={lang} data-section-key={sectionKey}>
      <p className="side-by-side__language">{t(LANGUAGE_NAME_KEYS[lang])}</p>
      {section ? (
        <>
          <h2>{section.heading}</h2>
          {section.area && section.area !== section.heading ? <p className="report-section__area">{section.area}</p> : null}
          {grouped ? (
            <GroupedBlocks blocks={section.blocks} headings={(group) => inColumn(GROUP_HEADING_KEYS[group])} empty={inColumn('signsOfSafety.empty')} />
          ) : (
            <Blocks blocks={indexBlocks(section.blocks)} />
          )}
        </>
      ) : (
        <p className="side-by-side__missing" lang={langIfDifferent(language, lang)}>
          {t(MISSING_KEYS[lang])}
        </p>
      )}
    </div>
  );
}

function GroupedBlocks({ blocks, headings, empty }: Readonly<{ blocks: readonly Block[]; headings: (group: SignsOfSafetyGroup) => string; empty: string }>) {
  const { ungrouped, groups } = splitByGroup(blocks);
  return (
    <>
      {ungrouped.length > 0 ? <Blocks blocks={ungrouped} /> : null}
      {groups.map(({ group, blocks: groupBlocks }) => (
        <div key={group} className={`signs-of-safety__group signs-of-safety__group--${group}`}>
          <h3>{headings(group)}</h3>
          {groupBlocks.length > 0 ? <Blocks blocks={groupBlocks} /> : <p className="muted">{empty}</p>}
        </div>
      ))}
    </>
  );
}

/**
 * Paragraphs and lists with their printed numbers, as in the reading view but without the
 * reading view's deep-link ids (two columns would repeat them) or its annotation tools: this
 * view is for reading the two versions against each other; notes are made in the reading view.
 */
function Blocks({ blocks }: Readonly<{ blocks: readonly IndexedBlock[] }>) {
  return (
    <>
      {toRuns(blocks).map((run) =>
        run.kind === 'paragraph' ? (
          <p key={run.index} className={run.block.number ? 'block block--numbered' : 'block'}>
            {run.block.number ? <BlockNumber number={run.block.number} /> : null}
            <span>
              <InlineText text={run.block.text} />
            </span>
          </p>
        ) : (
          <List key={run.items[0]!.index} ordered={run.ordered} items={run.items} />
        ),
      )}
    </>
  );
}

function List({ ordered, items }: Readonly<{ ordered: boolean; items: readonly ListNode[] }>) {
  const printed = items.some((node) => node.block.number);
  const className = printed ? 'block-list block-list--printed' : 'block-list';
  const children = items.map((node) => (
    <li key={node.index}>
      {node.block.number ? <BlockNumber number={node.block.number} /> : null}
      <InlineText text={node.block.text} />
      {node.children.length > 0 ? <List ordered={node.children[0]!.block.ordered} items={node.children} /> : null}
    </li>
  ));
  return ordered ? <ol className={className}>{children}</ol> : <ul className={className}>{children}</ul>;
}
