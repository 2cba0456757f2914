import { describe, expect, it } from 'vitest';
import { languageOverride } from './languageOverride';

describe('languageOverride', () => {
  it('reads English or Welsh from the address', () => {
    expect(languageOverride('?lang=cy')).toBe('cy');
    expect(languageOverride('?token=abc&lang=en')).toBe('en');
  });

  it('is absent when the address does not name a language Briffio speaks', () => {
    for (const search of ['', '?token=abc', '?lang=fr', '?lang=CY', '?lang=']) expect(languageOverride(search)).toBeNull();
  });
});
