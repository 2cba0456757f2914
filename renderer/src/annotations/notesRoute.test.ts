import { describe, expect, it } from 'vitest';
import { notesHref, parseRoute } from '../routing/route';

describe('My notes route', () => {
  it('opens My notes at #/notes and only there', () => {
    expect(notesHref()).toBe('#/notes');
    expect(parseRoute(notesHref())).toEqual({ name: 'notes' });
    expect(parseRoute('#/notes/')).toEqual({ name: 'notes' });
    expect(parseRoute('#/notes?x=1')).toEqual({ name: 'not_found' });
  });
});
