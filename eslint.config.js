import tseslint from 'typescript-eslint';

// Boundaries (shared/STYLE.md): lib/ is framework-free and imports nothing from the UI or
// the entrypoints; the content script stays tiny and pulls in no React, zod or query client.
export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.tmp/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/components/**', '**/entrypoints/**'], message: 'lib/ must not import UI or entrypoints.' },
            { group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'], message: 'lib/ is framework-free.' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/entrypoints/**'], message: 'components/ render props; entrypoints wire them.' }] },
      ],
    },
  },
  {
    files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**', 'lib/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*', '**/components/**'], message: 'The content script carries no React.' },
            { group: ['zod', 'zod/*', 'idb'], message: 'Keep the content script tiny: no zod or idb in the host page.' },
          ],
        },
      ],
    },
  },
);
