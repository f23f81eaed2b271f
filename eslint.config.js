// ESLint for the whole tree: typescript-eslint's recommended rules, plus the two rules that keep
// the house in order where the extension's code lives (lib/, components/, entrypoints/): no import
// cycles and no file over 400 lines. Layout is Prettier's job (.prettierrc.json), not ESLint's.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import noCycleWithTypes from './eslint/no-cycle-with-types.js';

/** The extension's own code: one job per file, no cycles. Not tests, scripts or JSON data. */
const APP = ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'];

export default defineConfig(
  {
    ignores: ['.output/', '.wxt/', 'node_modules/', 'public/', 'tests/fixtures/', 'docs/', 'web-ext-artifacts/'],
  },
  // A disable comment that no longer disables anything fails the lint too.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding kept for its position or its documentation.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Off: matching control characters is the point where it happens (cleaning page titles).
      'no-control-regex': 'off',
      // Off: classes of invisible characters (joiners, soft hyphen) are written out on purpose.
      'no-misleading-character-class': 'off',
      // Off: it flags a variable's first value where a try/catch or a branch always replaces it;
      // those first values say what the variable holds when nothing else does, and tsc's
      // definite-assignment check already catches a variable read before it is set.
      'no-useless-assignment': 'off',
    },
  },
  {
    files: APP,
    plugins: { 'import-x': importX, footnote: { rules: { 'no-cycle': noCycleWithTypes } } },
    settings: {
      // The files import-x reads to follow imports (JSON imports resolve, but import nothing).
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      // Resolves as tsc does (tsconfig.json): relative paths, directory index files, .tsx, JSON.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // import-x/no-cycle with type-only imports counted too (see eslint/no-cycle-with-types.js).
      // Packages are never part of a cycle; 10 files is far more than any path in this tree.
      'footnote/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: false }],
    },
  },
  {
    files: ['scripts/hostile-check/probes.js'],
    // Off: the file is one object expression, read as text and evaluated in the page.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    // Off in tests: they hand validators and sanitisers deliberately malformed values.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
