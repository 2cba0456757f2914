import { describe, expect, it } from 'vitest';
import { meetingAction, startIndex, type KeyPress } from './meetingKeys';

function press(key: string, extra: Partial<KeyPress> = {}): KeyPress {
  return { key, altKey: false, ctrlKey: false, metaKey: false, typing: false, ...extra };
}

describe('meeting mode keys', () => {
  it('moves with N/P and the arrows, marks with A and S, shows evidence with E, writes notes with T', () => {
    expect(['n', 'N', 'ArrowRight', 'p', 'ArrowLeft', 'a', 's', 'e', 't'].map((key) => meetingAction(press(key), true))).toEqual([
      'next',
      'next',
      'next',
      'previous',
      'previous',
      'asked',
      'answered',
      'evidence',
      'notes',
    ]);
  });

  it('leaves with Escape, or only leaves the notes when typing in them', () => {
    expect(meetingAction(press('Escape'), true)).toBe('leave');
    expect(meetingAction(press('Escape', { typing: true }), true)).toBe('stopTyping');
  });

  it('leaves letters and arrows to a field being typed in, and to browser shortcuts', () => {
    expect(meetingAction(press('a', { typing: true }), true)).toBeNull();
    expect(meetingAction(press('ArrowRight', { typing: true }), true)).toBeNull();
    expect(meetingAction(press('s', { ctrlKey: true }), true)).toBeNull();
    expect(meetingAction(press('n', { altKey: true }), true)).toBeNull();
  });

  it('turns the letters off on request but keeps the arrows and Escape', () => {
    expect(meetingAction(press('a'), false)).toBeNull();
    expect(meetingAction(press('ArrowRight'), false)).toBe('next');
    expect(meetingAction(press('Escape'), false)).toBe('leave');
  });

  it('opens at the first question not yet asked', () => {
    expect(startIndex(['answered', 'asked', 'ready', 'draft'])).toBe(2);
    expect(startIndex(['answered', 'asked'])).toBe(1);
    expect(startIndex(['answered', 'withdrawn'])).toBe(0);
    expect(startIndex([])).toBe(0);
  });
});
