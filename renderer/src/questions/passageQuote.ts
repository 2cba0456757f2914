/**
 * The words a councillor selected in a paragraph, as the store's text has them. The screen
 * shows report text with its **bold** markers removed, so a DOM selection counts characters of
 * that plain text; the store finds a passage by its stored text, markers included. This maps a
 * plain-text range back to the stored text (a range starting or ending inside a bold phrase keeps
 * the markers between, which is still a piece of the stored text).
 */
export function storedQuote(stored: string, plainStart: number, plainEnd: number): string {
  const positions: number[] = [];
  const bold = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (let match = bold.exec(stored); match !== null; match = bold.exec(stored)) {
    for (let i = last; i < match.index; i++) positions.push(i);
    for (let i = match.index + 2; i < match.index + 2 + match[1]!.length; i++) positions.push(i);
    last = match.index + match[0].length;
  }
  for (let i = last; i < stored.length; i++) positions.push(i);
  const start = Math.max(0, Math.min(plainStart, positions.length));
  const end = Math.max(start, Math.min(plainEnd, positions.length));
  if (start === end) return '';
  return stored.slice(positions[start]!, positions[end - 1]! + 1);
}

/** A block's element id (b-<sectionKey>-<blockIndex>, renderer/src/report/blocks.ts) read back. */
export function parseBlockElementId(id: string): { readonly sectionKey: string; readonly blockIndex: number } | null {
  const match = /^b-(.+)-(0|[1-9]\d{0,5})$/.exec(id);
  return match ? { sectionKey: match[1]!, blockIndex: Number(match[2]) } : null;
}
