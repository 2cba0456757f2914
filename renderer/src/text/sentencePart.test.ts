import { describe, expect, it } from 'vitest';
import { pseudoLocalise } from './pseudoLocale';
import { PART_MARKER, splitAtPart } from './sentencePart';

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
