import { describe, expect, it } from 'vitest';
import { aboutHref, parseRoute } from '../routing/route';

describe('the About route', () => {
  it('opens About from its link, with or without a trailing slash', () => {
    expect(parseRoute(aboutHref())).toEqual({ name: 'about' });
    expect(parseRoute('#/about/')).toEqual({ name: 'about' });
  });

  it('treats anything under it, or a query on it, as not found', () => {
    expect(parseRoute('#/about/more')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/about?x=1')).toEqual({ name: 'not_found' });
  });
});
