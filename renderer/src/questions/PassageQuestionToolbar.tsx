import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { plainText } from '../../../shared/anchoring';
import type { ReportVersionView } from '../../../shared/domain';
import type { EvidenceInput } from '../../../shared/question-contract';
import { useText } from '../text/useText';
import { AddToQuestionsButton } from './AddToQuestionsButton';
import { blockOf } from '../annotations/domOffsets';
import { storedQuote } from './passageQuote';

interface Place {
  readonly sectionKey: string;
  readonly blockIndex: number;
  /** The selected words as stored; absent for a whole paragraph. */
  readonly quote?: string;
  /** What the dialog shows as the evidence: the words, else the paragraph. */
  readonly summary: string;
  /** Where the toolbar goes, in viewport coordinates (under the selection or paragraph). */
  readonly left: number;
  readonly bottom: number;
}

/**
 * The selected words of one block, as the store has them. Offsets count in the block's text as
 * shown (the printed paragraph number and the space after it left out, **bold** markers absent),
 * then map back to the stored text. Null when the page's text is not the stored text (it should
 * be), so the question links the paragraph by place and number alone rather than by wrong words.
 */
function selectedWords(range: Range, block: HTMLElement, stored: string): string | null {
  const plain = plainText(stored);
  const whole = document.createRange();
  whole.selectNodeContents(block);
  const fullText = whole.toString();
  const number = block.querySelector(':scope > .block-number')?.textContent ?? '';
  const lead = number ? fullText.indexOf(plain.slice(0, 20)) : 0;
  if (lead < 0 || fullText.slice(lead, lead + plain.length) !== plain) return null;
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const within = range.cloneRange();
  if (!block.contains(range.endContainer)) within.setEnd(block, block.childNodes.length);
  let start = Math.max(0, before.toString().length - lead);
  let end = Math.min(plain.length, Math.max(start, before.toString().length + within.toString().length - lead));
  while (start < end && /\s/.test(plain[start]!)) start++;
  while (end > start && /\s/.test(plain[end - 1]!)) end--;
  return start < end ? storedQuote(stored, start, end) : null;
}

/**
 * "Add this passage to my questions" beside words selected in the report's text, or under a
 * paragraph that has focus (where a deep link or a search result lands, so keyboard users reach
 * it too). The question is linked to the paragraph by section and place, with the selected words.
 * Pressing the button keeps the selection (mousedown is not let through), and the toolbar stays
 * while its dialog is open.
 */
export function PassageQuestionToolbar({ reportId, version }: Readonly<{ reportId: number; version: ReportVersionView }>) {
  const { t } = useText();
  const [place, setPlace] = useState<Place | null>(null);
  const [offset, setOffset] = useState<{ top: number; left: number } | null>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const frozen = useRef(false);

  useEffect(() => {
    function update(): void {
      if (frozen.current) return;
      if (toolbar.current?.contains(document.activeElement)) return;
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
        const range = selection.getRangeAt(0);
        const block = blockOf(range.startContainer);
        const stored = block ? version.sections.find((s) => s.key === block.sectionKey)?.blocks[block.blockIndex]?.text : undefined;
        if (!block || stored === undefined) {
          setPlace(null);
          return;
        }
        const quote = selectedWords(range, block.element, stored);
        const box = range.getBoundingClientRect();
        const summary = plainText(quote ?? stored).replace(/\*\*/g, '');
        setPlace({ sectionKey: block.sectionKey, blockIndex: block.blockIndex, ...(quote ? { quote } : {}), summary, left: box.left, bottom: box.bottom });
        return;
      }
      const focused = blockOf(document.activeElement);
      const text = focused ? version.sections.find((s) => s.key === focused.sectionKey)?.blocks[focused.blockIndex]?.text : undefined;
      if (focused && text !== undefined && document.activeElement === focused.element) {
        const box = focused.element.getBoundingClientRect();
        setPlace({ sectionKey: focused.sectionKey, blockIndex: focused.blockIndex, summary: plainText(text), left: box.left, bottom: box.bottom });
        return;
      }
      setPlace(null);
    }
    document.addEventListener('selectionchange', update);
    document.addEventListener('focusin', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('focusin', update);
    };
  }, [version]);

  // Placed against the toolbar's own containing block, wherever the page puts it.
  useLayoutEffect(() => {
    const element = toolbar.current;
    if (!element || !place) return;
    const parent = element.offsetParent?.getBoundingClientRect() ?? { top: -window.scrollY, left: -window.scrollX };
    setOffset({ top: place.bottom - parent.top + 6, left: Math.max(0, place.left - parent.left) });
  }, [place]);

  if (!place) return null;
  const evidence: EvidenceInput = {
    kind: 'passage',
    reportId,
    sectionKey: place.sectionKey,
    blockIndex: place.blockIndex,
    lang: version.lang,
    ...(place.quote ? { quote: place.quote } : {}),
  };
  return (
    <div
      ref={toolbar}
      className="passage-toolbar"
      style={offset ? { top: `${offset.top}px`, left: `${offset.left}px` } : { visibility: 'hidden' }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <AddToQuestionsButton
        key={`${place.sectionKey}-${place.blockIndex}-${place.quote ?? ''}`}
        evidence={evidence}
        summary={t('questions:evidence.quote', { quote: place.summary })}
        label={t('questions:add.passage')}
        onOpenChange={(open) => {
          frozen.current = open;
        }}
      />
    </div>
  );
}
