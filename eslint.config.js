import tseslint from 'typescript-eslint';

// Boundaries by where code runs (shared/STYLE.md; darkreader checks its own the same way):
// - pure lib/ folders run anywhere (panel, background, popup, tests, benchmarks): no browser
//   API, no storage, no browser-bound folder;
// - browser-bound lib/ folders (background, browser, store, messages, content) may use them;
// - lib/ imports nothing from the UI or the entrypoints, and no React;
// - components/ render props: no entrypoints, no storage of their own;
// - pages (components/, entrypoints/ but the background) import no CRM connector;
// - the content script stays tiny: no React, zod, idb or query client in the host page.
// test/unit/lint-boundaries.test.ts plants a violation in each zone and expects it to fail.

const PURE = ['lib/pages', 'lib/metrics', 'lib/crm', 'lib/i18n', 'lib/time', 'lib/settings'];

const noUiInLib = [
  { group: ['**/components/**', '**/entrypoints/**'], message: 'lib/ must not import UI or entrypoints.' },
  { group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'], message: 'lib/ is framework-free.' },
];
const noBrowserInPure = [
  {
    // A regex, not a glob: the glob matcher reads '#imports' as a comment.
    regex: '^(?:wxt/browser(?:/.*)?|wxt/utils/storage|@wxt-dev/(?:browser|storage)|#imports|idb|webextension-polyfill)$',
    message:
      'Pure code (lib/pages, metrics, crm, i18n, time, settings) gets browser APIs and storage handed in by the background; it never imports them.',
  },
  {
    regex: '^(?:(?:\\.\\./)+|[@~]/lib/|.*/lib/)(?:background|browser|store|messages|content)(?:/|$)',
    message: 'Pure code must not import a browser-bound folder (lib/background, browser, store, messages, content).',
  },
];
const noEntrypointsInComponents = [{ group: ['**/entrypoints/**'], message: 'components/ render props; entrypoints wire them.' }];
const noStorageInComponents = [
  { group: ['idb'], message: 'components/ render props: storage is reached through the api handed in.' },
  {
    regex: '(?:^|/)lib/store/(?!note-schema(?:\\.ts)?$)',
    message: 'components/ render props: storage is reached through the api handed in (types and lib/store/note-schema are fine).',
    allowTypeImports: true,
  },
];
// The background alone talks to the CRM; a page that imported a connector would load every API
// client (about 80 KB) for a name or an error sentence: lib/crm/profiles.ts has those.
const noConnectorsInPages = [
  {
    regex: '(?:^|/)lib/crm/(?:registry|[^/]+/connector)(?:\\.ts)?$',
    message: 'Pages reach the CRM through the background: take its name and words from lib/crm/profiles (profileOf).',
    allowTypeImports: true,
  },
];
const noHeavyInContent = [
  { group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*', '**/components/**'], message: 'The content script carries no React.' },
  { group: ['zod', 'zod/*', 'idb'], message: 'Keep the content script tiny: no zod or idb in the host page.' },
];

const restrict = (...patterns) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.flat() }],
});

const browserGlobals = ['browser', 'chrome'].map((name) => ({
  name,
  message: 'Pure code uses no browser API: the background hands in what it needs (see lib/crm/connector.ts ConnectorContext).',
}));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.tmp/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Each file gets one list of restricted imports (a later config replaces the rule, it does not
  // add to it), so every zone below spells out all of its own.
  { files: ['lib/**/*.ts'], rules: restrict(noUiInLib) },
  {
    files: PURE.map((folder) => `${folder}/**/*.ts`),
    rules: { ...restrict(noUiInLib, noBrowserInPure), 'no-restricted-globals': ['error', ...browserGlobals] },
  },
  { files: ['components/**/*.{ts,tsx}'], rules: restrict(noEntrypointsInComponents, noStorageInComponents, noConnectorsInPages) },
  { files: ['entrypoints/**/*.{ts,tsx}'], ignores: ['entrypoints/background.ts'], rules: restrict(noConnectorsInPages) },
  { files: ['lib/content/**'], rules: restrict(noUiInLib, noHeavyInContent) },
  { files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**'], rules: restrict(noHeavyInContent, noConnectorsInPages) },
  // A message router that forgets a message type fails lint, not a user. Type-aware, so only
  // for the files that need it, with a program of just those (tsconfig.lint.json): the whole
  // project type-checked by lint is too slow on two cores. Keep both file lists in step.
  {
    files: ['lib/background/**/*.ts', 'entrypoints/background.ts', 'lib/metrics/checklist.ts', 'lib/crm/**/errors.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }] },
  },
);
