import type { ListNode } from './blocks';
import { BlockNumber } from './BlockNumber';
import { InlineText } from './InlineText';

/**
 * A real ul/ol. When the report printed its own numbers or letters ("a", "iii") they are shown
 * and the browser's markers are hidden, so councillors see and can cite the printed ones.
 */
export function BlockList({ ordered, items }: Readonly<{ ordered: boolean; items: readonly ListNode[] }>) {
  const printed = items.some((node) => node.block.number);
  const className = printed ? 'block-list block-list--printed' : 'block-list';
  const children = items.map((node, index) => (
    <li key={index}>
      {node.block.number ? <BlockNumber number={node.block.number} /> : null}
      <InlineText text={node.block.text} />
      {node.children.length > 0 ? <BlockList ordered={node.children[0]!.block.ordered} items={node.children} /> : null}
    </li>
  ));
  return ordered ? <ol className={className}>{children}</ol> : <ul className={className}>{children}</ul>;
}
