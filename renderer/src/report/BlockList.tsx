import { blockElementId, type ListNode } from './blocks';
import { AnnotatedText } from '../annotations/AnnotatedText';
import { ANNOTATE_KEYS } from '../annotations/keyboardSelection';
import { BlockNumber } from './BlockNumber';

/**
 * A real ul/ol. When the report printed its own numbers or letters ("a", "iii") they are shown
 * and the browser's markers are hidden, so councillors see and can cite the printed ones. Each
 * item carries its deep-link id (b-<sectionKey>-<blockIndex>).
 */
export function BlockList({ ordered, items, sectionKey }: Readonly<{ ordered: boolean; items: readonly ListNode[]; sectionKey: string }>) {
  const printed = items.some((node) => node.block.number);
  const className = printed ? 'block-list block-list--printed' : 'block-list';
  const children = items.map((node) => (
    // Focusable, so a keyboard user can reach an item to annotate it (annotations/keyboardSelection.ts).
    <li key={node.index} id={blockElementId(sectionKey, node.index)} tabIndex={0} aria-keyshortcuts={ANNOTATE_KEYS}>
      {node.block.number ? <BlockNumber number={node.block.number} /> : null}
      <AnnotatedText text={node.block.text} sectionKey={sectionKey} blockIndex={node.index} />
      {node.children.length > 0 ? <BlockList ordered={node.children[0]!.block.ordered} items={node.children} sectionKey={sectionKey} /> : null}
    </li>
  ));
  return ordered ? <ol className={className}>{children}</ol> : <ul className={className}>{children}</ul>;
}
