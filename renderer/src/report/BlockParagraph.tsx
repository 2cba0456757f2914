import type { Block } from '../../../shared/domain';
import { AnnotatedText } from '../annotations/AnnotatedText';
import { BlockNumber } from './BlockNumber';

/** One paragraph; `id` is its deep-link target (b-<sectionKey>-<blockIndex>). */
export function BlockParagraph({ block, id, sectionKey, blockIndex }: Readonly<{ block: Block; id: string; sectionKey: string; blockIndex: number }>) {
  return (
    // Focusable, so a keyboard user can reach a paragraph to annotate it (Alt+N).
    <p id={id} className={block.number ? 'block block--numbered' : 'block'} tabIndex={0}>
      {block.number ? <BlockNumber number={block.number} /> : null}
      <AnnotatedText text={block.text} sectionKey={sectionKey} blockIndex={blockIndex} />
    </p>
  );
}
