/**
 * The Office.js host on the Excel test double: the bench workbook's sheets are loaded into a FakeBook,
 * then `run(new ExcelHost())` scores it as the task pane would. The double counts every
 * `context.sync()` and the largest request and response of any one sync.
 */
import { run } from '../../src/app/run.js';
import { ExcelHost } from '../../src/hosts/excel/excelHost.js';
import { readTablesStreaming } from '../../src/hosts/xlsx/nodeFile.js';
import type { Table } from '../../src/sheets/table.js';
import { FakeBook, installFakeExcel } from '../../test/hosts/excel/fakeExcel.js';
import { newSheet, setCell } from '../../test/hosts/excel/fakeBook.js';
import type { OfficeMeasure } from '../measures.js';
import { StageClock } from '../timedHost.js';

export async function runOffice(file: string): Promise<OfficeMeasure & { runMs: number }> {
  const book = new FakeBook();
  for await (const table of readTablesStreaming(file)) addTable(book, table);
  const uninstall = installFakeExcel(book);
  try {
    const clock = new StageClock();
    let readSyncs = 0;
    let readResponseBytes = 0;
    let readRequestBytes = 0;
    const started = performance.now();
    await run(new ExcelHost(), {
      onProgress: (p) => {
        clock.mark(p.stage);
        if (p.stage === 'score') {
          readSyncs = book.syncs;
          readResponseBytes = book.totalResponseBytes;
          readRequestBytes = book.totalRequestBytes;
        }
      },
      now: new Date(Date.UTC(2024, 0, 31)),
    });
    return {
      syncs: book.syncs,
      readSyncs,
      writeSyncs: book.syncs - readSyncs,
      maxRequestBytes: book.maxRequestBytes,
      maxResponseBytes: book.maxResponseBytes,
      readResponseBytes,
      writeRequestBytes: book.totalRequestBytes - readRequestBytes,
      runMs: performance.now() - started,
    };
  } finally {
    uninstall();
  }
}

/** Put a Table into the fake workbook as Excel would hold it: dates as serial numbers with a date format. */
function addTable(book: FakeBook, table: Table): void {
  const sheet = newSheet(table.name);
  const top = (table.firstRow ?? 1) - 1;
  const left = (table.firstColumn ?? 1) - 1;
  table.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      if (value instanceof Date) setCell(sheet, top + r, left + c, { value: value.getTime() / 86_400_000 + 25_569, format: 'yyyy-mm-dd' });
      else setCell(sheet, top + r, left + c, { value, format: 'General' });
    }),
  );
  book.sheets.push(sheet);
}
