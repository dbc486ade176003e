// ESLint: TypeScript and Astro files, recommended rules. Formatting is Prettier's (npm run lint runs both), imports are
// checked by dependency-cruiser (.dependency-cruiser.cjs).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-subpath/',
      'dist-redeploy/',
      'dist-long/',
      // A sharded build's work folder (scripts/build-site.ts): each shard's built site until the merge.
      'dist-shards/',
      'generated/',
      '.astro/',
      'node_modules/',
      'tests/golden/fixtures/',
      'tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off', // the decoder and the chrome recogniser test for control characters on purpose
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true },
      ],
    },
  },
);
