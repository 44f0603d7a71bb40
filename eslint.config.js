// Lint rules, including the layers of ARCHITECTURE.md as no-restricted-imports per folder (by package
// name and by path), so the layering is held by the linter rather than by memory. test/lint/layers.test.ts
// runs probe files for every forbidden arrow through this configuration.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The built-ins newer than the browser floor (build/browserFloor.json, docs/addin.md): code that runs in
 * the page, the pane or a worker must not call them; the message says since when and what to use.
 */
const floor = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('./build/browserFloor.json')), 'utf8'));
const floorMessage = (e) => `Newer than the browser floor (${floor.floor}; ${e.since}): use ${e.instead ?? 'something older'} (build/browserFloor.json).`;
const restrictedGlobals = [
  ...floor.globals,
  ...floor.shimmed.map((e) => ({ ...e, instead: `nothing: it is shimmed for Fluent UI only (${e.by.split(':')[0]})` })),
  ...floor.detected.map((e) => ({ ...e, instead: `${e.in}, which tests for it and falls back to ${e.fallback}` })),
];
/** The global rule for one file: a `detected` built-in is allowed where it is tested for (its `in`). */
const restrictGlobals = (file) => [
  'error',
  ...restrictedGlobals.filter((e) => e.in === undefined || e.in !== file).map((e) => ({ name: e.name, message: floorMessage(e) })),
];
const browserFloorRules = {
  'no-restricted-globals': restrictGlobals(undefined),
  'no-restricted-properties': ['error', ...floor.statics.map((e) => ({ object: e.object, property: e.property, message: floorMessage(e) }))],
  'no-restricted-syntax': [
    'error',
    ...floor.methods.map((e) => ({
      selector: `CallExpression > MemberExpression.callee[property.name='${e.name}']`,
      message: `.${e.name}() on ${e.on[0]}: ${floorMessage(e)}`,
    })),
  ],
};

const noIo = ['exceljs', 'jszip', 'fs', 'node:fs', 'node:path', 'path', 'react', 'react-dom', '@fluentui/react-components'];

/** Import patterns (relative paths) that reach into one of our layers. */
const layer = {
  sheets: ['**/sheets', '**/sheets/**'],
  app: ['**/app', '**/app/**'],
  hosts: ['**/hosts', '**/hosts/**'],
  excelHost: ['**/hosts/excel', '**/hosts/excel/**', '../excel', '../excel/**', '../../excel/**', '../../../excel/**'],
  xlsxHost: ['**/hosts/xlsx', '**/hosts/xlsx/**', '../xlsx', '../xlsx/**', '../../xlsx/**', '../../../xlsx/**'],
  ui: ['**/taskpane', '**/taskpane/**', '**/cli', '**/cli/**'],
};

/**
 * One no-restricted-imports rule for a folder: forbidden packages and forbidden layers, each with the
 * reason. (A later config object for the same files would replace, not merge, the rule, so each folder
 * gets exactly one.)
 */
function restrict({ packages = [], layers = [], message }) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: packages.map((name) => ({ name, message })),
        patterns: layers.length > 0 ? [{ group: layers.flatMap((l) => layer[l]), message }] : [],
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/.cache/**', 'test/fixtures/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**'],
    rules: restrict({
      packages: noIo,
      layers: ['sheets', 'app', 'hosts', 'ui'],
      message: 'src/engine is pure and imports nothing of ours outside it: no I/O, no DOM, no spreadsheet library (ARCHITECTURE.md).',
    }),
  },
  {
    files: ['src/sheets/**'],
    rules: restrict({
      packages: noIo,
      layers: ['app', 'hosts', 'ui'],
      message: 'src/sheets imports src/engine only; it knows no host library (ARCHITECTURE.md).',
    }),
  },
  {
    files: ['src/app/**'],
    rules: restrict({
      packages: noIo,
      layers: ['hosts', 'ui'],
      message: 'src/app imports src/sheets and src/engine only; hosts are handed to it (ARCHITECTURE.md).',
    }),
  },
  {
    files: ['src/hosts/xlsx/**'],
    rules: restrict({
      layers: ['excelHost', 'ui'],
      message: 'The file host never imports the Office.js host, the task pane or the CLI (ARCHITECTURE.md).',
    }),
  },
  {
    files: ['src/taskpane/**', 'src/cli/**'],
    rules: restrict({
      packages: ['exceljs', 'jszip'],
      message: 'Only src/hosts/xlsx knows the zip package; ExcelJS is a test and bench tool (ARCHITECTURE.md).',
    }),
  },
  {
    files: ['src/hosts/excel/**'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      ...restrict({
        packages: ['exceljs', 'jszip'],
        layers: ['xlsxHost', 'ui'],
        message: 'The Office.js host uses neither the file libraries nor the file host, the task pane or the CLI (ARCHITECTURE.md).',
      }),
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // Everything that can run in a browser; the CLI runs on Node only.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/cli/**'],
    rules: browserFloorRules,
  },
  ...floor.detected.map((e) => ({ files: [e.in], rules: { 'no-restricted-globals': restrictGlobals(e.in) } })),
  {
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
