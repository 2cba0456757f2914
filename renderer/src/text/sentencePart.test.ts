import { describe, expect, it } from 'vitest';
import { pseudoLocalise } from './pseudoLocale';
import { PART_MARKER, partMarker, splitAtPart, splitAtParts } from './sentencePart';

describe('a sentence with one value in another language', () => {
  it('splits the translated sentence where the value goes', () => {
    expect(splitAtPart(`In section: ${PART_MARKER}`)).toEqual({ before: 'In section: ', after: '' });
    expect(splitAtPart(`Yn yr adran “${PART_MARKER}”.`)).toEqual({ before: 'Yn yr adran “', after: '”.' });
  });

  it('says so when the translation has no place for the value', () => {
    expect(splitAtPart('No value here')).toBeNull();
  });

  it('survives the pseudo-locale used for layout testing', () => {
    expect(splitAtPart(pseudoLocalise(`Section: ${PART_MARKER}`))?.before).toMatch(/^\[Šéçţíöñ: $/);
  });
});

describe('a sentence with several report values', () => {
  it('marks only the values in the other language, wherever the translation puts them', () => {
    const { part, marked } = partMarker('cy');
    const section = part('Detailed commentary', 'en');
    const paragraph = part('Paragraff 25', 'cy');
    const quote = part('mostly on time', 'en');
    // The translation may put the values in any order.
    const sentence = marked(`“${quote}” (${paragraph}, ${section})`);
    expect(splitAtParts(sentence)).toEqual([
      '“',
      { text: 'mostly on time', lang: 'en' },
      '” (Paragraff 25, ',
      { text: 'Detailed commentary', lang: 'en' },
      ')',
    ]);
  });

  it('leaves a sentence with nothing in the other language whole', () => {
    const { part, marked } = partMarker('en');
    expect(splitAtParts(marked(`In section: ${part('Commentary', 'en')}`))).toEqual(['In section: Commentary']);
  });

  it('survives the pseudo-locale used for layout testing', () => {
    const { part, marked } = partMarker('en');
    const pieces = splitAtParts(marked(pseudoLocalise(`Section: ${part('Sylwebaeth', 'cy')}`)));
    expect(pieces).toContainEqual({ text: 'Sylwebaeth', lang: 'cy' });
  });
});
