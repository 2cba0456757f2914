import { describe, expect, it } from 'vitest';
import { matchItems, meaningfulWords, SAME_ITEM_THRESHOLD, textSimilarity, withoutRepeats } from './indicators-text';

describe('textSimilarity', () => {
  it('matches a worry restated with a new figure', () => {
    const before = '56 children were still waiting for adoption 12 months after a Placement Order, and 31 of them have not yet been placed.';
    const after = '51 children were waiting for adoption 12 months after a Placement Order, and 31 of them are not yet placed.';
    expect(textSimilarity(before, after)).toBeGreaterThanOrEqual(SAME_ITEM_THRESHOLD);
  });

  it('matches a reworded worry', () => {
    expect(
      textSimilarity(
        'We need better ways of helping children and young people step down from being looked after.',
        'We need to develop better ways of stepping children down from being looked after.',
      ),
    ).toBeGreaterThanOrEqual(SAME_ITEM_THRESHOLD);
  });

  it('keeps different worries apart, even when they share a few words', () => {
    expect(
      textSimilarity(
        'Social worker vacancies in Children’s Services stood at 31.6% in Quarter 1.',
        'The Independent Reviewing Officer Service is under strain.',
      ),
    ).toBeLessThan(SAME_ITEM_THRESHOLD);
    expect(
      textSimilarity('Few children and young people take up advocacy.', 'Many children looked after are living in placements with their parents.'),
    ).toBeLessThan(SAME_ITEM_THRESHOLD);
  });

  it('ignores bold markup, case, accents, curly apostrophes and numbers', () => {
    expect(textSimilarity('**Right type of services** for children’s needs', "right type of services for childrens needs 2019")).toBe(1);
    expect([...meaningfulWords('Mae’r gwasanaeth ŵyr yn y ddinas')]).toContain('wyr');
  });

  it('compares Welsh text without English stop words getting in the way', () => {
    expect(
      textSimilarity(
        'Mae 51 o blant yn aros i gael eu mabwysiadu 12 mis ar ôl Gorchymyn Lleoliad.',
        'Roedd 56 o blant yn dal i aros i gael eu mabwysiadu 12 mis ar ôl Gorchymyn Lleoliad.',
        'cy',
      ),
    ).toBeGreaterThanOrEqual(SAME_ITEM_THRESHOLD);
  });

  it('treats mutated Welsh words as the same word', () => {
    const radical = meaningfulWords('plant derbyn gofal mabwysiadu', 'cy');
    const mutated = meaningfulWords('blant dderbyn ofal fabwysiadu', 'cy');
    expect([...mutated].sort()).toEqual([...radical].sort());
  });
});

describe('matchItems', () => {
  it('pairs items one to one and reports what is new and what has gone', () => {
    const before = ['Dental registration fell to 35%.', 'Kinship carer numbers remain low.', 'The IRO service is under strain.'];
    const after = ['The IRO service is struggling under strain.', 'Adoption Orders are delayed.', 'Dental registration fell to 30%.'];
    const result = matchItems(after, before, (text) => text);
    expect(result.added).toEqual(['Adoption Orders are delayed.']);
    expect(result.removed).toEqual(['Kinship carer numbers remain low.']);
    expect(result.kept).toHaveLength(2);
  });

  it('does not pair one earlier item with two later ones', () => {
    const result = matchItems(['Placements are scarce.', 'Placements are scarce again.'], ['Placements are scarce.'], (text) => text);
    expect(result.kept).toHaveLength(1);
    expect(result.added).toEqual(['Placements are scarce again.']);
  });
});

describe('withoutRepeats', () => {
  it('keeps the first of items that say the same thing', () => {
    expect(withoutRepeats(['Adoption waits are long (51).', 'Planning is weak.', 'Adoption waits are long (51).'], (t) => t)).toEqual([
      'Adoption waits are long (51).',
      'Planning is weak.',
    ]);
  });
});
