/**
 * A worksheet of the package as a Table (SPEC §3 readers get plain values): the cells that hold a
 * value, formulas as their cached results, rich text as plain text, dates as Date, errors as their
 * text ('#N/A'). A merged area's value sits in its top-left cell only, as Office.js `range.values`
 * gives it, so both hosts hand over the same Table. Sized by the cells present (issue 10 item 6):
 * rows without a value are holes and each row ends at its last value, so one stray cell at
 * XFD1048576 costs one row of one cell, never the rectangle of the used range.
 */
import { eachCell, type CellValue, type Table } from '../../../sheets/table.js';
import { SharedStringsReader } from './cellText.js';
import { SharedStringRefs } from './sharedStringRefs.js';
import { parseDateStyles } from './dateStyles.js';
import { isRelType } from '../package/ooxmlNames.js';
import type { OpcPackage } from '../package/opcPackage.js';
import { resolveTarget, type Relationship } from '../package/relationships.js';
import type { SheetEntry } from '../package/workbookPart.js';
import { WorksheetScanner, type ScanContext, type ScannedSheet } from './worksheetScanner.js';

/**
 * A sharedStrings part up to this size is kept whole (Excel's own stay far below it: 20,000
 * teachers' records hold ~10 MB); a larger one keeps only the strings some cell uses, found by a
 * first pass over the sheets — so its cost is tied to the cells present, and 1.8 GB of strings no
 * cell uses are scanned, never held (SPEC §11, issue 19 item 6).
 */
export const SHARED_STRINGS_WHOLE_BYTES = 32 * 1024 ** 2;

/** Shared strings and date styles: read once per workbook, used for every sheet. */
export async function loadScanContext(pkg: OpcPackage, workbookPath: string, rels: readonly Relationship[], date1904: boolean): Promise<ScanContext> {
  const partOf = (kind: string) => {
    const rel = rels.find((r) => isRelType(r.type, kind));
    return rel ? resolveTarget(workbookPath, rel.target) : undefined;
  };
  const stringsPath = partOf('sharedStrings');
  const stylesPath = partOf('styles');
  let sharedStrings: string[] = [];
  if (stringsPath !== undefined && pkg.has(stringsPath)) {
    let keep: ((index: number) => boolean) | undefined;
    if ((pkg.declaredSize(stringsPath) ?? 0) > SHARED_STRINGS_WHOLE_BYTES) {
      const used = new Set<number>();
      for (const rel of rels) {
        const path = resolveTarget(workbookPath, rel.target);
        if (!isRelType(rel.type, 'worksheet') || rel.external || !pkg.has(path)) continue;
        const refs = new SharedStringRefs(used);
        await pkg.streamText(path, (chunk) => refs.push(chunk));
        refs.finish();
      }
      keep = (index) => used.has(index);
    }
    // Streamed like a worksheet: a sharedStrings part is often the biggest part of a workbook.
    const reader = new SharedStringsReader(keep);
    await pkg.streamText(stringsPath, (chunk) => reader.push(chunk));
    sharedStrings = reader.finish();
  }
  const styles = stylesPath === undefined ? undefined : await pkg.textIfPresent(stylesPath);
  return { sharedStrings, dateStyles: parseDateStyles(styles), date1904 };
}

/** Reads one sheet, streaming its part through the scanner. */
export async function readSheetPart(pkg: OpcPackage, sheetPath: string, entry: SheetEntry, ctx: ScanContext): Promise<Table> {
  const scanner = new WorksheetScanner(ctx);
  await pkg.streamText(sheetPath, (chunk) => scanner.push(chunk));
  return toTable(entry, scanner.finish());
}

/**
 * The Table of a scanned sheet: `rows[0]` is the first row with a value and `rows[i][0]` the
 * leftmost column with one; a row without a value is a hole, and each row ends at its last value
 * (a row of far-apart cells stays holey, see worksheetScanner.ts).
 */
export function toTable(entry: SheetEntry, scanned: ScannedSheet): Table {
  let top = Infinity;
  let bottom = -1;
  // forEach visits only the rows present, however far apart they are.
  scanned.rows.forEach((_, r) => {
    top = Math.min(top, r);
    bottom = r;
  });
  const table: Table = { name: entry.name, rows: [], firstRow: 1, firstColumn: 1, hidden: entry.state !== 'visible', protected: scanned.protected };
  if (bottom < 0) return table;
  const left = scanned.left;
  // Hidden rows that hold a value, as 1-based sheet rows (Table.hiddenRows).
  const hiddenRows = scanned.hiddenRows.filter((r) => scanned.rows[r]?.some((v) => v !== null) === true).map((r) => r + 1);
  const rows: CellValue[][] = [];
  rows.length = bottom - top + 1;
  scanned.rows.forEach((source, r) => {
    if (!source) return;
    // The scanner's rows are exact-size arrays: kept as they are unless the sheet starts right of A.
    rows[r - top] = left === 0 ? source : shifted(source, left);
  });
  scanned.rows.length = 0;
  return { ...table, rows, firstRow: top + 1, firstColumn: left + 1, ...(hiddenRows.length > 0 ? { hiddenRows } : {}) };
}

/** A row without its first `left` columns (all blank), holey rows walked by their cells. */
function shifted(row: CellValue[], left: number): CellValue[] {
  const out: CellValue[] = [];
  eachCell(row, (value, c) => {
    out[c - left] = value;
  });
  return out;
}
