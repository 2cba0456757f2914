// Lint, including the import boundaries of ARCHITECTURE.md: renderer → shared ← electron, never
// renderer ↔ electron; shared imports nothing from Electron, Node, React or the DOM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'net', 'child_process', 'crypto', 'url', 'stream', 'util', 'zlib'];

function forbid(patterns) {
  return ['error', { patterns: patterns.map((p) => (typeof p === 'string' ? { group: [p], message: 'Crosses an architecture boundary (see ARCHITECTURE.md).' } : p)) }];
}

const noOpenExternal = [
  { selector: "CallExpression[callee.property.name='openExternal']", message: 'No shell.openExternal: the app opens nothing outside itself.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', '.bench/**', 'dist/**', 'build/**', 'release/**', '.tools/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...noOpenExternal],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': forbid(['electron', 'react', 'react-dom', 'react/*', ...nodeBuiltins, '**/electron/**', '**/renderer/**', 'better-sqlite3', 'i18next']),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(['electron', ...nodeBuiltins, '**/electron/**', 'better-sqlite3']),
      // Every user-visible string goes through i18next (issue: a Welsh user must never meet an
      // English string). Words written straight into JSX, or into the attributes people hear
      // and read, are refused; punctuation and symbols are allowed.
      'no-restricted-syntax': [
        'error',
        ...noOpenExternal,
        {
          selector: 'JSXText[value=/[A-Za-z\\u00C0-\\u017F]{2,}/]',
          message: 'Hard-coded interface text: use t() with a key in locales/en and locales/cy.',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder)$/] > Literal[value=/[A-Za-z]{2,}/]',
          message: 'Hard-coded accessible text: use t() with a key in locales/en and locales/cy.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(['**/renderer/**', 'react', 'react-dom']),
    },
  },
  {
    // Everything outside electron/main may be imported by unit tests under plain Node, where
    // `require('electron')` throws (the binary cannot be downloaded); only type imports allowed.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**'],
    rules: {
      'no-restricted-imports': forbid(['**/renderer/**', 'react', 'react-dom', { group: ['electron'], allowTypeImports: true, message: 'Only electron/main may import electron at run time.' }]),
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs', '*.mts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
