/**
 * Test workbooks for the Excel host: the app's sample school, optionally repeated `times` over
 * with suffixed teachers (same groups, same sessions), to show that syncs do not grow with size.
 */
import { sampleSchoolSheets } from '../../../src/app/sample/sampleSchool.js';
import type { OutputCell, OutputSheet } from '../../../src/sheets/output.js';
import { FakeBook } from './fakeBook.js';

const PERSON_COLUMNS = new Set(['工号', '姓名', '听课人', '授课人']);

function repeatSheet(sheet: OutputSheet, times: number): OutputCell[][] {
  if (times === 1 || sheet.name === '考核规则') return sheet.cells;
  const headerAt = sheet.cells.findIndex((row) => row.some((c) => typeof c === 'string' && PERSON_COLUMNS.has(c)));
  const header = sheet.cells[headerAt] ?? [];
  const personColumns = header.flatMap((c, i) => (typeof c === 'string' && PERSON_COLUMNS.has(c) ? [i] : []));
  const head = sheet.cells.slice(0, headerAt + 1);
  const body = sheet.cells.slice(headerAt + 1);
  const copies: OutputCell[][] = [];
  for (let k = 0; k < times; k++) {
    for (const row of body) {
      copies.push(row.map((cell, i) => (k > 0 && personColumns.includes(i) && typeof cell === 'string' && cell !== '' ? `${cell}-${k}` : cell)));
    }
  }
  return [...head, ...copies];
}

/** A FakeBook holding the sample school's input sheets, `times` teachers over. */
export function sampleBook(times = 1): FakeBook {
  const book = new FakeBook();
  for (const sheet of sampleSchoolSheets()) {
    const sheetRows = repeatSheet(sheet, times);
    const added = book.addSheet(sheet.name, sheetRows);
    // Keep the sample's text cells (工号 like 001) text, as a school's typed sheet would.
    sheetRows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = added.cells[r]?.[c];
        if (cell && typeof v === 'string') cell.format = '@';
      }),
    );
  }
  book.activeSheet = book.sheets[0]?.name ?? null;
  return book;
}
