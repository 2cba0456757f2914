import type { Block } from '../../../shared/domain';
import { BlockList } from './BlockList';
import { BlockParagraph } from './BlockParagraph';
import { toRuns } from './blocks';

export function BlockSequence({ blocks }: Readonly<{ blocks: readonly Block[] }>) {
  return (
    <>
      {toRuns(blocks).map((run, index) =>
        run.kind === 'paragraph' ? (
          <BlockParagraph key={index} block={run.block} />
        ) : (
          <BlockList key={index} ordered={run.ordered} items={run.items} />
        ),
      )}
    </>
  );
}
