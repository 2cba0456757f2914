import 'i18next';
import type common from '../../locales/en/common.json';
import type dates from '../../locales/en/dates.json';
import type errors from '../../locales/en/errors.json';
import type library from '../../locales/en/library.json';
import type report from '../../locales/en/report.json';

// English is the source language, so its files define which keys exist and which interpolation
// values each needs; locales.test.ts checks that Welsh has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      dates: typeof dates;
      errors: typeof errors;
      library: typeof library;
      report: typeof report;
    };
  }
}
