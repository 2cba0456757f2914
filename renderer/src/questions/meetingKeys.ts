/**
 * Meeting mode's keys. Letters are single-key shortcuts (WCAG 2.1.4: they can be turned off,
 * for speech input and screen readers that send letters); arrows and Escape always work.
 */
export type MeetingAction = 'next' | 'previous' | 'asked' | 'answered' | 'evidence' | 'notes' | 'leave';

const LETTERS: Readonly<Record<string, MeetingAction>> = {
  n: 'next',
  p: 'previous',
  a: 'asked',
  s: 'answered',
  e: 'evidence',
  t: 'notes',
};

/** The letter shown for each action, in the order the keys are listed on screen. */
export const ACTION_LETTERS: readonly (readonly [Exclude<MeetingAction, 'leave'>, string])[] = [
  ['next', 'N'],
  ['previous', 'P'],
  ['asked', 'A'],
  ['answered', 'S'],
  ['evidence', 'E'],
  ['notes', 'T'],
];

export interface KeyPress {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  /** True when the key goes into a text field or a list box, where letters and arrows are its own. */
  readonly typing: boolean;
}

/** What a key press does in meeting mode, or null when it is not meeting mode's to handle. */
export function meetingAction(press: KeyPress, lettersOn: boolean): MeetingAction | 'stopTyping' | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'Escape') return press.typing ? 'stopTyping' : 'leave';
  if (press.typing) return null;
  if (press.key === 'ArrowRight') return 'next';
  if (press.key === 'ArrowLeft') return 'previous';
  if (!lettersOn || press.key.length !== 1) return null;
  return LETTERS[press.key.toLowerCase()] ?? null;
}

/** The question to open meeting mode at: the first not yet asked, else the first not finished, else the first. */
export function startIndex(statuses: readonly string[]): number {
  const waiting = statuses.findIndex((status) => status === 'draft' || status === 'ready');
  if (waiting >= 0) return waiting;
  const open = statuses.findIndex((status) => status === 'asked');
  return open >= 0 ? open : 0;
}
