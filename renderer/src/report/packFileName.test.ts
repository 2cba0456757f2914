import { describe, expect, it } from 'vitest';
import { packFileName } from './packFileName';

describe('the file name a report is exported as a pack under', () => {
  it('is the report title, with the characters file systems refuse replaced', () => {
    expect(packFileName('Performance Summary – Quarter 3 2017/18', 'cpac-q3')).toBe('Performance Summary – Quarter 3 2017-18.briffio');
    expect(packFileName('Plant sy’n Derbyn Gofal: Chwarter 2?', 'key')).toBe('Plant sy’n Derbyn Gofal- Chwarter 2-.briffio');
  });

  it('has no line breaks, leading dots or trailing spaces', () => {
    expect(packFileName('  ..Report\n  on\tplacements.  ', 'key')).toBe('Report on placements.briffio');
  });

  it('stays a reasonable length, without splitting a letter', () => {
    const name = packFileName('ŵ'.repeat(300), 'key');
    expect(name).toBe(`${'ŵ'.repeat(120)}.briffio`);
  });

  it('falls back to the report key when the title leaves nothing usable', () => {
    expect(packFileName('///', 'cpac-2017-18-q3')).toBe('cpac-2017-18-q3.briffio');
    expect(packFileName('CON', 'cpac-2017-18-q3')).toBe('cpac-2017-18-q3.briffio');
  });
});
