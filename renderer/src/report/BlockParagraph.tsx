import type { Block } from '../../../shared/domain';
import { BlockNumber } from './BlockNumber';
import { InlineText } from './InlineText';

export function BlockParagraph({ block }: Readonly<{ block: Block }>) {
  return (
    <p className={block.number ? 'block block--numbered' : 'block'}>
      {block.number ? <BlockNumber number={block.number} /> : null}
      <InlineText text={block.text} />
    </p>
  );
}
