/**
 * The layers of ARCHITECTURE.md are held by the linter: a probe file placed in each folder and importing
 * across a forbidden arrow must be refused by `eslint.config.js`, and the allowed arrows must pass.
 * The probes are linted from text (lintText with a file path), so nothing is written into src/.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function refusals(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const forbidden: [from: string, specifier: string][] = [
  ['src/engine/probe.ts', '../sheets/table.js'],
  ['src/engine/items/probe.ts', '../../sheets/read/readWorkbook.js'],
  ['src/engine/probe.ts', '../app/run.js'],
  ['src/engine/probe.ts', '../hosts/xlsx/xlsxHost.js'],
  ['src/engine/probe.ts', '../hosts/excel/excelHost.js'],
  ['src/engine/probe.ts', '../taskpane/services.js'],
  ['src/engine/probe.ts', '../cli/main.js'],
  ['src/engine/probe.ts', 'jszip'],
  ['src/sheets/probe.ts', '../app/types.js'],
  ['src/sheets/read/probe.ts', '../../app/run.js'],
  ['src/sheets/layout/probe.ts', '../../hosts/xlsx/xlsxHost.js'],
  ['src/sheets/probe.ts', '../hosts/excel/excelHost.js'],
  ['src/sheets/probe.ts', '../taskpane/services.js'],
  ['src/sheets/probe.ts', '../cli/main.js'],
  ['src/sheets/probe.ts', 'exceljs'],
  ['src/app/probe.ts', '../hosts/xlsx/xlsxHost.js'],
  ['src/app/probe.ts', '../hosts/excel/excelHost.js'],
  ['src/app/sample/probe.ts', '../../taskpane/services.js'],
  ['src/app/probe.ts', '../cli/main.js'],
  ['src/app/probe.ts', 'react'],
  ['src/hosts/xlsx/probe.ts', '../excel/excelHost.js'],
  ['src/hosts/xlsx/write/probe.ts', '../../excel/renderSheet.js'],
  ['src/hosts/xlsx/probe.ts', '../../taskpane/services.js'],
  ['src/hosts/xlsx/probe.ts', '../../cli/main.js'],
  ['src/hosts/excel/probe.ts', '../xlsx/xlsxHost.js'],
  ['src/hosts/excel/probe.ts', '../xlsx/package/opcPackage.js'],
  ['src/hosts/excel/probe.ts', '../../taskpane/services.js'],
  ['src/hosts/excel/probe.ts', '../../cli/main.js'],
  ['src/hosts/excel/probe.ts', 'jszip'],
  ['src/taskpane/probe.ts', 'jszip'],
  ['src/cli/probe.ts', 'exceljs'],
];

const allowed: [from: string, specifier: string][] = [
  ['src/engine/items/probe.ts', '../model.js'],
  ['src/sheets/read/probe.ts', '../../engine/model.js'],
  ['src/app/probe.ts', '../sheets/read/readWorkbook.js'],
  ['src/app/probe.ts', '../engine/score.js'],
  ['src/hosts/xlsx/probe.ts', '../../sheets/output.js'],
  ['src/hosts/excel/probe.ts', '../../app/host.js'],
  ['src/taskpane/probe.ts', '../app/run.js'],
  ['src/taskpane/probe.ts', '../hosts/excel/excelHost.js'],
  ['src/cli/probe.ts', '../hosts/xlsx/xlsxHost.js'],
];

describe('layers held by the linter (ARCHITECTURE.md)', () => {
  it.each(forbidden)('refuses %s importing %s', async (file, specifier) => {
    expect(await refusals(file, specifier)).not.toEqual([]);
  });

  it.each(allowed)('allows %s importing %s', async (file, specifier) => {
    expect(await refusals(file, specifier)).toEqual([]);
  });
});
