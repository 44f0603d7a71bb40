/**
 * The standard input sheets (SPEC §3) of a bench workbook: each sheet's rows are the generator's rows
 * (src/app/generator/rows.ts) of every school in turn, produced lazily so a million sign-in rows never
 * sit in memory at once. 考核规则 is written once.
 */
import type { Cell } from '../src/app/generator/profile.js';
import { schoolSheets } from '../src/app/generator/rows.js';
import { INPUT_SHEETS } from '../src/sheets/template/template.js';
import type { District } from './district.js';

export type BenchCell = Cell;
export type BenchRow = BenchCell[];

export interface BenchSheet {
  name: string;
  /** Title rows above the header (merged across the header's width), like the paper forms. */
  title?: string;
  header: readonly string[];
  columnWidths: number[];
  rows: () => Iterable<BenchRow>;
}

/** The standard sheets in the order a school keeps them. */
export function benchSheets(district: District): BenchSheet[] {
  const first = district.schools[0];
  if (first === undefined) return [];
  return schoolSheets(first).map((sheet, k) => ({
    name: sheet.name,
    ...(sheet.title === undefined ? {} : { title: sheet.title }),
    header: sheet.header,
    columnWidths: INPUT_SHEETS.find((d) => d.name === sheet.name)?.widths.slice() ?? [16, 16],
    rows: sheet.name === '考核规则' ? sheet.rows : () => schoolRows(district, k),
  }));
}

function* schoolRows(district: District, k: number): Iterable<BenchRow> {
  for (const school of district.schools) yield* schoolSheets(school)[k]?.rows() ?? [];
}
