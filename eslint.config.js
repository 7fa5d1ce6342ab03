// Lint rules for the whole repository. The restricted-import blocks enforce DESIGN.md's
// dependency direction: core depends on nothing of ours and on no runtime (node:*, DOM).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'stream',
  'child_process',
  'worker_threads',
  'url',
  'util',
  'zlib',
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'bench/out/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    // vitest's asymmetric matchers (expect.stringContaining, …) are typed `any` by design.
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['packages/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeBuiltins,
              message: 'packages/core runs in browsers and workers too: no Node built-ins.',
            },
            { group: ['@klantstem/*', '**/apps/**'], message: 'packages/core depends on nothing of ours.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeBuiltins,
              message: 'packages/contracts is shared with the browser: no Node built-ins.',
            },
            { group: ['@klantstem/server', '**/apps/**'], message: 'contracts must not depend on apps.' },
          ],
        },
      ],
    },
  },
  {
    // The browser app and the widget talk to the server over HTTP only: they share contracts, never
    // server or core code.
    files: ['apps/web/src/**/*.{ts,tsx}', 'apps/widget/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeBuiltins,
              message: 'apps/web and apps/widget run in the browser: no Node built-ins.',
            },
            {
              group: [
                '@klantstem/server',
                '@klantstem/core',
                '@klantstem/web',
                '**/apps/server/**',
                '**/apps/web/**',
                '**/packages/core/**',
              ],
              message:
                'apps/web and apps/widget depend on @klantstem/contracts only (DESIGN.md dependency direction).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
