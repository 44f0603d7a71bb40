/**
 * Random hostile workbooks (fast-check) through readWorkbook → score → layoutOutputs, and a few all the
 * way into an .xlsx: nothing throws, the input tables are not touched, and the invariants hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/sheets/read/readWorkbook.js';
import { score } from '../../src/engine/score.js';
import { layoutOutputs } from '../../src/sheets/layout/layoutOutputs.js';
import type { OutputSheet } from '../../src/sheets/output.js';
import type { Table } from '../../src/sheets/table.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { VERSION } from '../../src/app/version.js';
import { formulaElements, resultsSheetViolations, resultViolations } from './invariants.js';
import { PackageParts } from './packageParts.js';
import { workbook } from './randomWorkbook.js';

const NOW = new Date(Date.UTC(2024, 0, 20));

function scoreTables(tables: Table[]): { sheets: OutputSheet[]; violations: string[] } | null {
  const read = readWorkbook(tables);
  if (!read.canScore) return null;
  const run = score(read.dataset, read.rules);
  const issues = [...read.issues, ...run.result.issues];
  run.result.issues = issues;
  const sheets = layoutOutputs({ run, read: read.report, rules: read.rules, issues, now: NOW, version: VERSION });
  const results = sheets.find((s) => s.name === '考核结果');
  const violations = [
    ...resultViolations(run.result),
    ...resultsSheetViolations(results?.cells ?? [], run.result),
    ...(run.result.teachers.length === read.report.teacherCount ? [] : ['teacher count differs from the roster']),
  ];
  return { sheets, violations };
}

describe('random hostile workbooks', () => {
  it('are read, scored and laid out without a throw; the tables are untouched; the invariants hold', () => {
    fc.assert(
      fc.property(workbook, (tables) => {
        const before = structuredClone(tables);
        const out = scoreTables(tables);
        expect(tables).toEqual(before);
        if (out) expect(out.violations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('score the same twice (deterministic outputs)', () => {
    fc.assert(
      fc.property(workbook, (tables) => {
        expect(scoreTables(structuredClone(tables))?.sheets).toEqual(scoreTables(structuredClone(tables))?.sheets);
      }),
      { numRuns: 50 },
    );
  });

  it('written to an .xlsx, hold no formula — whatever text the cells held', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (tables) => {
        const out = scoreTables(tables);
        if (!out) return;
        const host = await XlsxHost.create({ charts: null });
        const { written } = await host.writeOutputs(out.sheets);
        const parts = await PackageParts.load(await host.save());
        for (const name of Object.values(written)) expect(formulaElements(await parts.sheetXml(name)), name).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
