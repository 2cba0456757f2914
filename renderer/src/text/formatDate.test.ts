import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocaleTree } from './localeKeys';
import { formatDate } from './formatDate';
import { formatPeriod } from './formatPeriod';
import { formatValueWithUnit } from './formatMeasurement';
import type { Translate } from './useText';

// Under Node, Intl has full Welsh data, so these tests would pass even if the code used Intl; they
// check the words come from our own files. The e2e run in Chromium checks the real thing.
const modules = import.meta.glob<{ default: LocaleTree }>('../../../locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, LocaleTree>> = {};
for (const [path, module] of Object.entries(modules)) {
  const [, language, namespace] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (language && namespace) (resources[language] ??= {})[namespace] = module.default;
}

const instance = i18next.createInstance();
let english: Translate;
let welsh: Translate;

beforeAll(async () => {
  await instance.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    ns: ['common', 'library', 'report', 'dates', 'errors'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  english = instance.getFixedT('en', ['common', 'library', 'report', 'dates', 'errors']) as unknown as Translate;
  welsh = instance.getFixedT('cy', ['common', 'library', 'report', 'dates', 'errors']) as unknown as Translate;
});

describe('formatDate', () => {
  it('writes dates with English month names', () => {
    expect(formatDate('2018-01-16', english)).toBe('16 January 2018');
    expect(formatDate('2019-09-01', english)).toBe('1 September 2019');
  });

  it('writes dates with Welsh month names from the locale files', () => {
    expect(formatDate('2018-01-16', welsh)).toBe('16 Ionawr 2018');
    expect(formatDate('2019-02-03', welsh)).toBe('3 Chwefror 2019');
    expect(formatDate('2019-12-31', welsh)).toBe('31 Rhagfyr 2019');
  });

  it('shows an unreadable date as written', () => {
    expect(formatDate('soon', english)).toBe('soon');
  });
});

describe('formatPeriod', () => {
  it('names a quarter of a financial year', () => {
    expect(formatPeriod('2017-18.Q2', english)).toBe('Quarter 2 2017/18');
    expect(formatPeriod('2017-18.Q2', welsh)).toBe('Chwarter 2 2017/18');
  });

  it('names a whole financial year', () => {
    expect(formatPeriod('2018-19.FY', english)).toBe('Year 2018/19');
    expect(formatPeriod('2018-19.FY', welsh)).toBe('Blwyddyn 2018/19');
  });

  it('shows an unknown period key as stored', () => {
    expect(formatPeriod('sometime', english)).toBe('sometime');
  });
});

describe('Welsh plurals', () => {
  it('mutates the noun after two: 2 ddangosydd, 2 ddiwrnod', () => {
    expect(welsh('report:indicators.count', { count: 2 })).toBe('2 ddangosydd');
    expect(formatValueWithUnit(2, 'days', welsh)).toBe('2 ddiwrnod');
  });

  it('uses each of the six forms for reports', () => {
    const forms = [0, 1, 2, 3, 6, 7].map((count) => welsh('library:meeting.reportCount', { count }));
    expect(forms).toEqual(['Dim adroddiadau', '1 adroddiad', '2 adroddiad', '3 adroddiad', '6 adroddiad', '7 adroddiad']);
  });

  it('uses singular and plural in English', () => {
    expect(english('library:meeting.reportCount', { count: 1 })).toBe('1 report');
    expect(english('library:meeting.reportCount', { count: 2 })).toBe('2 reports');
    expect(formatValueWithUnit(23.5, 'days', english)).toBe('23.5 days');
    expect(formatValueWithUnit(63.5, 'rate_per_1000', welsh)).toBe('63.5 fesul 1,000');
  });
});
