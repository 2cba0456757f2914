import { BlockList } from './BlockList';
import { BlockParagraph } from './BlockParagraph';
import { blockElementId, toRuns, type IndexedBlock } from './blocks';

export function BlockSequence({ blocks, sectionKey }: Readonly<{ blocks: readonly IndexedBlock[]; sectionKey: string }>) {
  return (
    <>
      {toRuns(blocks).map((run) =>
        run.kind === 'paragraph' ? (
          <BlockParagraph key={run.index} block={run.block} id={blockElementId(sectionKey, run.index)} sectionKey={sectionKey} blockIndex={run.index} />
        ) : (
          <BlockList key={run.items[0]!.index} ordered={run.ordered} items={run.items} sectionKey={sectionKey} />
        ),
      )}
    </>
  );
}

