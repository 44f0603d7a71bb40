// Lint rules, including the seams of ARCHITECTURE.md as no-restricted-imports per folder,
// so the layering is held by the linter rather than by memory.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const noIo = ['exceljs', 'jszip', 'fs', 'node:fs', 'node:path', 'path', 'react', 'react-dom', '@fluentui/react-components'];
const restrict = (names, message) => ({
  'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/.cache/**', 'test/fixtures/**'] },
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
    rules: restrict(noIo, 'src/engine is pure: no I/O, no DOM, no spreadsheet library (ARCHITECTURE.md).'),
  },
  {
    files: ['src/sheets/**', 'src/app/**'],
    rules: restrict(noIo, 'src/sheets and src/app know no host library; only src/hosts does I/O (ARCHITECTURE.md).'),
  },
  {
    files: ['src/taskpane/**', 'src/cli/**'],
    rules: restrict(['exceljs', 'jszip'], 'Only src/hosts/xlsx knows ExcelJS and the zip package (ARCHITECTURE.md).'),
  },
  {
    files: ['src/hosts/excel/**'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      ...restrict(['exceljs', 'jszip'], 'The Office.js host does not use the file libraries.'),
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
