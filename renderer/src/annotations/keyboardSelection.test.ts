import { describe, expect, it } from 'vitest';
import { isAnnotateShortcut, selectionStep } from './keyboardSelection';

const key = (name: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}, code = '') => ({
  key: name,
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('the annotate shortcut', () => {
  it('is Alt+N by key position (Option+N types a letter on a Mac), the context-menu key, or Shift+F10', () => {
    expect(isAnnotateShortcut(key('n', { altKey: true }, 'KeyN'))).toBe(true);
    expect(isAnnotateShortcut(key('˜', { altKey: true }, 'KeyN'))).toBe(true);
    expect(isAnnotateShortcut(key('ContextMenu'))).toBe(true);
    expect(isAnnotateShortcut(key('F10', { shiftKey: true }))).toBe(true);
    expect(isAnnotateShortcut(key('n', {}, 'KeyN'))).toBe(false);
    expect(isAnnotateShortcut(key('n', { altKey: true, ctrlKey: true }, 'KeyN'))).toBe(false);
    expect(isAnnotateShortcut(key('F10'))).toBe(false);
  });
});

describe('selecting words with the keyboard', () => {
  it('moves by character, by word with Ctrl or Alt, by line, and to the line’s ends, as a text editor does', () => {
    expect(selectionStep(key('ArrowRight', { shiftKey: true }))).toEqual({ direction: 'forward', granularity: 'character' });
    expect(selectionStep(key('ArrowRight', { shiftKey: true, ctrlKey: true }))).toEqual({ direction: 'forward', granularity: 'word' });
    expect(selectionStep(key('ArrowLeft', { shiftKey: true, altKey: true }))).toEqual({ direction: 'backward', granularity: 'word' });
    expect(selectionStep(key('ArrowLeft', { shiftKey: true, metaKey: true }))).toEqual({ direction: 'backward', granularity: 'lineboundary' });
    expect(selectionStep(key('ArrowDown', { shiftKey: true }))).toEqual({ direction: 'forward', granularity: 'line' });
    expect(selectionStep(key('ArrowUp', { shiftKey: true }))).toEqual({ direction: 'backward', granularity: 'line' });
    expect(selectionStep(key('End', { shiftKey: true }))).toEqual({ direction: 'forward', granularity: 'lineboundary' });
    expect(selectionStep(key('Home', { shiftKey: true }))).toEqual({ direction: 'backward', granularity: 'lineboundary' });
  });

  it('leaves arrow keys without Shift (scrolling) and other keys alone', () => {
    expect(selectionStep(key('ArrowRight'))).toBeNull();
    expect(selectionStep(key('ArrowDown', { ctrlKey: true }))).toBeNull();
    expect(selectionStep(key('Tab', { shiftKey: true }))).toBeNull();
    expect(selectionStep(key('A', { shiftKey: true }))).toBeNull();
  });
});
