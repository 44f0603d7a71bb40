/**
 * An independent reading of a sheet with ExcelJS's whole-workbook loader, for contract tests: our
 * streaming reader must hand over the same Table for the same content.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Table } from '../../../src/sheets/table.js';

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return plain(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  return null;
}

export async function excelJsTables(bytes: Uint8Array): Promise<Table[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: { r: number; c: number; v: CellValue }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // A merged area's value belongs to its top-left cell only (as Office.js gives it).
        if (cell.isMerged && cell.master !== cell) return;
        const v = plain(cell.value);
        if (v !== null) cells.push({ r, c, v });
      }),
    );
    const table: Table = { name: ws.name, rows: [], firstRow: 1, firstColumn: 1, hidden: ws.state !== 'visible' };
    if (cells.length === 0) return table;
    const top = Math.min(...cells.map((x) => x.r));
    const left = Math.min(...cells.map((x) => x.c));
    const bottom = Math.max(...cells.map((x) => x.r));
    // The Table contract (src/sheets/table.ts): a row without a value is a hole; a row ends at its last value.
    const rows: CellValue[][] = [];
    rows.length = bottom - top + 1;
    for (const x of cells) {
      const row = (rows[x.r - top] ??= []);
      while (row.length < x.c - left) row.push(null);
      row[x.c - left] = x.v;
    }
    return { ...table, rows, firstRow: top, firstColumn: left };
  });
}
