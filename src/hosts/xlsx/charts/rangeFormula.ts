/**
 * Cell references as chart series formulas (`<c:f>`), e.g. `'图表'!$A$2:$A$8`.
 * Absolute references, because a chart formula is never relative to anything.
 */
import { columnLetter, type CellRange } from '../../../sheets/output.js';

export interface CellAddress {
  row: number;
  column: number;
}

/**
 * The sheet name as it must appear before `!`. Always quoted: Excel accepts quotes around any
 * name and requires them for CJK, spaces and punctuation; a `'` inside is doubled.
 * @example quoteSheetName("O'Neil") // "'O''Neil'"
 */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/**
 * An absolute range (or single cell) on a sheet.
 * @example rangeFormula('图表', { top: 1, left: 0, bottom: 7, right: 0 }) // "'图表'!$A$2:$A$8"
 */
export function rangeFormula(sheetName: string, range: CellRange): string {
  const first = `$${columnLetter(range.left)}$${range.top + 1}`;
  const last = `$${columnLetter(range.right)}$${range.bottom + 1}`;
  const ref = first === last ? first : `${first}:${last}`;
  return `${quoteSheetName(sheetName)}!${ref}`;
}

/** The cells of a range in reading order (row by row), i.e. the order of the chart's points. */
export function rangeCells(range: CellRange): CellAddress[] {
  const out: CellAddress[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) {
      out.push({ row, column });
    }
  }
  return out;
}
