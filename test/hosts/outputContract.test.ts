/**
 * Contract between the two hosts (issue 15): the same workbook, scored through the .xlsx host and
 * through the Office.js host (on the Excel double), gives the same output sheets under the same
 * names — every cell — on a first run, on a re-run, and when a school sheet already has an output's
 * name. Both take their names and ownership from src/sheets/layout/ownership.ts.
 */
import { describe, expect, it } from 'vitest';
import { insertSample } from '../../src/app/insertSample.js';
import { run } from '../../src/app/run.js';
import type { Host } from '../../src/app/host.js';
import type { CellValue } from '../../src/sheets/table.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { FakeBook } from './excel/fakeBook.js';
import { excelHosts } from './excel/excelHosts.js';

const NOW = new Date('2024-01-31T08:00:00Z');
const excelHostOn = excelHosts();

/** Every sheet the run wrote, as the host reads it back, keyed by the sheet's name in the workbook. */
async function scoredOutputs(host: Host): Promise<Record<string, CellValue[][]>> {
  const report = await run(host, { now: NOW });
  expect(report.score).not.toBeNull();
  const out: Record<string, CellValue[][]> = {};
  for (const name of Object.values(report.written).sort()) out[name] = dense((await host.readSheet(name)).rows);
  return out;
}

/** Tables may be sparse (src/sheets/table.ts): holes and short rows are blank cells. */
function dense(rows: CellValue[][]): CellValue[][] {
  const out = Array.from(rows, (row: CellValue[] | undefined) => trimRow(Array.from(row ?? [], (c) => c ?? null)));
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

/** Trailing blanks are not content (a file keeps no empty cells; Excel's used range ends at the last value). */
function trimRow(row: CellValue[]): CellValue[] {
  const cells = row.map((c) => (c === '' ? null : c));
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

/** The sample school in both hosts, plus optionally a school sheet of its own. */
async function bothHosts(schoolSheet?: string): Promise<[Host, Host]> {
  const file = await XlsxHost.create();
  await insertSample(file);
  const book = new FakeBook();
  const excel = excelHostOn(book);
  await insertSample(excel);
  if (schoolSheet) {
    await file.insertSheets([{ name: schoolSheet, cells: [['学校自己的表']] }]);
    book.addSheet(schoolSheet, [['学校自己的表']]);
  }
  return [file, excel];
}

describe('the .xlsx host and the Office.js host write the same outputs', () => {
  it('on a first run and a re-run, cell for cell', async () => {
    const [file, excel] = await bothHosts();
    const fromFile = await scoredOutputs(file);
    expect(Object.keys(fromFile)).toHaveLength(7);
    expect(await scoredOutputs(excel)).toEqual(fromFile);
    expect(await scoredOutputs(excel)).toEqual(await scoredOutputs(file));
  });

  it("beside a school sheet named 考核结果: both write 考核结果(1) and leave the school's alone", async () => {
    const [file, excel] = await bothHosts('考核结果');
    const fromFile = await scoredOutputs(file);
    expect(Object.keys(fromFile)).toContain('考核结果(1)');
    expect(await scoredOutputs(excel)).toEqual(fromFile);
    for (const host of [file, excel]) expect((await host.readSheet('考核结果')).rows).toEqual([['学校自己的表']]);
  });

  it("accounts for the school's 考核结果 the same way on the first run and the re-run, in both hosts", async () => {
    const [file, excel] = await bothHosts('考核结果');
    const said = (outputs: Record<string, CellValue[][]>): string[] =>
      (outputs['数据问题'] ?? []).flat().filter((c): c is string => typeof c === 'string' && c.includes('与本工具的结果表同名'));
    const first = await scoredOutputs(file);
    expect(said(first)).toEqual([expect.stringContaining('工作表“考核结果”')]);
    expect(said(await scoredOutputs(file))).toEqual(said(first));
    expect(said(await scoredOutputs(excel))).toEqual(said(first));
  });
});
