import 'i18next';
import type about from '../../locales/en/about.json';
import type annotations from '../../locales/en/annotations.json';
import type charts from '../../locales/en/charts.json';
import type common from '../../locales/en/common.json';
import type dates from '../../locales/en/dates.json';
import type errors from '../../locales/en/errors.json';
import type importing from '../../locales/en/import.json';
import type indicators from '../../locales/en/indicators.json';
import type library from '../../locales/en/library.json';
import type report from '../../locales/en/report.json';
import type questions from '../../locales/en/questions.json';
import type search from '../../locales/en/search.json';

// English is the source language, so its files define which keys exist and which interpolation
// values each needs; locales.test.ts checks that Welsh has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      about: typeof about;
      annotations: typeof annotations;
      charts: typeof charts;
      common: typeof common;
      dates: typeof dates;
      errors: typeof errors;
      import: typeof importing;
      indicators: typeof indicators;
      library: typeof library;
      report: typeof report;
      questions: typeof questions;
      search: typeof search;
    };
  }
}
