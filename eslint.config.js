// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layering (DESIGN.md): renderer -> shared <- preload; main|cli|browser -> core -> shared.
 * fiction/ (the fictional-centre generator) is for the CLI's demo, tests and bench only: cli|test -> fiction -> shared.
 * Nothing imports renderer; core never imports electron or electron/main; shared imports nothing of ours.
 * Do not relax these zones: they are what keeps the core testable under plain Node and the renderer untrusted.
 */
const zones = [
  { target: './shared', from: ['./electron', './renderer', './test', './fiction'], message: 'shared/ is pure: it imports nothing of ours.' },
  { target: './electron/core', from: ['./electron/main', './electron/preload', './electron/cli', './electron/browser', './renderer', './test', './fiction'], message: 'core is plain Node: no hosts, no renderer, no fictional data.' },
  { target: './electron/preload', from: ['./electron/core', './electron/main', './electron/cli', './electron/browser', './renderer', './fiction'], message: 'preload sees only shared/.' },
  { target: './electron/main', from: ['./renderer', './electron/cli', './electron/browser', './electron/preload', './fiction'], message: 'main talks to the core and shared/ only.' },
  { target: './electron/cli', from: ['./renderer', './electron/main', './electron/preload', './electron/browser'], message: 'cli is a host of the core.' },
  { target: './electron/browser', from: ['./renderer', './electron/main', './electron/preload', './electron/cli'], message: 'browser host talks to the core and shared/ only.' },
  { target: './renderer', from: ['./electron', './test', './fiction'], message: 'the renderer reaches the core only through window.haven.' },
  { target: './electron/hostkit', from: ['./electron/main', './electron/preload', './electron/cli', './electron/browser', './electron/core', './renderer', './fiction'], message: 'hostkit is plain Node shared by the two hosts.' },
  // The fictional-centre generator: the CLI's demo, the tests and the bench use it; the app itself never does.
  { target: './fiction', from: ['./electron', './renderer', './test'], message: 'fiction/ builds fictional data from shared/ types only.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'test/bench/out/**', 'test/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['electron/core/**', 'electron/cli/**', 'electron/browser/**', 'electron/hostkit/**', 'shared/**', 'renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." }] }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'electron', 'better-sqlite3*'], message: 'The renderer is a web page: no Node or electron imports.' }] }],
    },
  },
  {
    files: ['test/**', 'electron/cli/**'],
    rules: { 'no-console': 'off' },
  },
);
