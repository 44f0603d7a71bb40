/**
 * The bench workbook writer (`npm run bench -- --teachers N`): a realistic school (≤ 300 teachers) or
 * consolidated district workbook with the standard sheets of SPEC §3 from the school generator
 * (src/app/generator, realistic profile; see district.ts), written once with ExcelJS's
 * streaming writer into bench/.cache/bench-<N>.xlsx (git-ignored) and reused afterwards.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { buildDistrict, type District } from './district.js';
import { benchSheets, type BenchSheet } from './sheetRows.js';

export const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '.cache');

/** Bump when the generated content changes, so stale cached files are regenerated (see the .json beside each file). */
export const GENERATOR_VERSION = 3;

export interface GenerateStats {
  file: string;
  teachers: number;
  /** Data rows per sheet (header and title rows excluded). */
  rows: Record<string, number>;
  bytes: number;
  ms: number;
}

export interface WriteOptions {
  /** Shared-string table vs inline strings (measured in docs/performance.md). @default true (what Excel and WPS write; also smaller and faster here, see docs/performance.md) */
  useSharedStrings?: boolean;
  /** Sheets appended after the standard ones (the formula baseline), given the row counts written. */
  extraSheets?: (workbook: ExcelJS.stream.xlsx.WorkbookWriter, rows: Record<string, number>) => Promise<void>;
}

/** bench/.cache/bench-<N>.xlsx */
export function benchWorkbookPath(teachers: number): string {
  return join(CACHE_DIR, `bench-${teachers}.xlsx`);
}

/**
 * The cached workbook for `teachers`, generated first when missing.
 * @example const { file } = await ensureBenchWorkbook(2000);
 */
export async function ensureBenchWorkbook(teachers: number): Promise<{ file: string; stats: GenerateStats; generated: boolean }> {
  const file = benchWorkbookPath(teachers);
  const sidecar = file.replace(/\.xlsx$/, '.json');
  if (existsSync(file) && existsSync(sidecar)) {
    const saved = JSON.parse(readFileSync(sidecar, 'utf8')) as GenerateStats & { version?: number };
    if (saved.version === GENERATOR_VERSION) return { file, stats: saved, generated: false };
  }
  const stats = await writeBenchWorkbook(buildDistrict(teachers), file);
  writeFileSync(sidecar, JSON.stringify({ ...stats, version: GENERATOR_VERSION }, null, 2));
  return { file, stats, generated: true };
}

/** Write the district's standard sheets (then any extra sheets) to `file`, atomically. */
export async function writeBenchWorkbook(district: District, file: string, options: WriteOptions = {}): Promise<GenerateStats> {
  const started = performance.now();
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: partial,
    useSharedStrings: options.useSharedStrings ?? true,
    // styles are needed for real date cells (a date is a number with a date format)
    useStyles: true,
  });
  workbook.creator = 'yanxiu bench generator';
  const rows: Record<string, number> = {};
  for (const sheet of benchSheets(district)) rows[sheet.name] = await writeSheet(workbook, sheet);
  if (options.extraSheets) await options.extraSheets(workbook, rows);
  await workbook.commit();
  renameSync(partial, file);
  return { file, teachers: district.teachers.length, rows, bytes: statSync(file).size, ms: performance.now() - started };
}

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: BenchSheet): Promise<number> {
  const worksheet = workbook.addWorksheet(sheet.name);
  worksheet.columns = sheet.columnWidths.map((width) => ({ width }));
  const dateColumns = sheet.header.flatMap((h, i) => (h === '日期' ? [i + 1] : []));
  for (const c of dateColumns) worksheet.getColumn(c).numFmt = 'yyyy-mm-dd';
  if (sheet.title) {
    const title = worksheet.addRow([sheet.title]);
    worksheet.mergeCells(1, 1, 1, sheet.header.length);
    title.commit();
  }
  worksheet.addRow(sheet.header).commit();
  let count = 0;
  for (const row of sheet.rows()) {
    const added = worksheet.addRow(row);
    for (const c of dateColumns) if (row[c - 1] instanceof Date) added.getCell(c).numFmt = 'yyyy-mm-dd';
    added.commit();
    count++;
    // let the zip stream drain now and then, or a million rows pile up in memory
    if (count % 20_000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  worksheet.commit();
  return count;
}
