import type { Block } from '../../../shared/domain';
import { AnnotatedText } from '../annotations/AnnotatedText';
import { ANNOTATE_KEYS } from '../annotations/keyboardSelection';
import { BlockNumber } from './BlockNumber';

/** One paragraph; `id` is its deep-link target (b-<sectionKey>-<blockIndex>). */
export function BlockParagraph({ block, id, sectionKey, blockIndex }: Readonly<{ block: Block; id: string; sectionKey: string; blockIndex: number }>) {
  return (
    // Focusable, so a keyboard user can reach a paragraph to annotate it (annotations/keyboardSelection.ts).
    <p id={id} className={block.number ? 'block block--numbered' : 'block'} tabIndex={0} aria-keyshortcuts={ANNOTATE_KEYS}>
      {block.number ? <BlockNumber number={block.number} /> : null}
      <AnnotatedText text={block.text} sectionKey={sectionKey} blockIndex={blockIndex} />
    </p>
  );
}
