/**
 * An OutputSheet made ready to render: table header cells made unique and non-empty (Excel repairs a
 * table whose column names differ from its header cells, ECMA-376 §18.5.1.3), and every dropdown list
 * given a formula — a literal list when it fits Excel's 255-character limit, else a hidden column.
 */
import type { CellRange, OutputCell, OutputSheet, StreamedSheet } from '../../../sheets/output.js';
import { columnLetter, laidOut } from '../../../sheets/output.js';
import { stripIllegalXmlChars } from '../package/xmlText.js';

export interface PreparedSheet {
  sheet: Omit<OutputSheet, 'cells'>;
  /** Every row from A1 (a hole is a row with nothing), made afresh on each call for a streamed sheet. */
  rows(): Iterable<OutputCell[] | undefined>;
  /** The rows as one array, which charts are drawn from; null for a streamed sheet (which has no charts). */
  cells: OutputCell[][] | null;
  /** Table column names, equal to the (rewritten) header cells. */
  tableColumns: string[];
  validations: { range: CellRange; formula: string; errorStyle?: 'stop' | 'warning' | 'information'; errorMessage?: string }[];
  hiddenColumns: number[];
}

// Excel: a list validation's literal source is at most 255 characters.
const MAX_LIST_LITERAL = 255;

export function prepareSheet(given: OutputSheet | StreamedSheet): PreparedSheet {
  // Charts are drawn from the cells, and a long list goes into a hidden column: such a sheet is laid
  // out whole (none of the sheets that stream has either).
  const sheet = 'rows' in given && (given.charts?.length || given.validations?.length) ? laidOut(given) : given;
  return 'rows' in sheet ? prepareStreamed(sheet) : prepareCells(sheet);
}

/** A streamed sheet: its table's header row rewritten as its rows go by. */
function prepareStreamed(sheet: StreamedSheet): PreparedSheet {
  const table = sheet.table;
  if (table === undefined) return { sheet, rows: () => sheet.rows(), cells: null, tableColumns: [], validations: [], hiddenColumns: [] };
  const header: OutputCell[][] = [rowAt(sheet.rows(), table.range.top) ?? []];
  const tableColumns = uniqueHeaders(header, new Set(), { ...table.range, top: 0, bottom: 0 });
  const top = table.range.top;
  const rewritten = header[0] ?? [];
  function* rows(): Generator<OutputCell[]> {
    let r = 0;
    for (const row of sheet.rows()) yield r++ === top ? rewritten : row;
    for (; r <= top; r++) yield r === top ? rewritten : [];
  }
  return { sheet, rows, cells: null, tableColumns, validations: [], hiddenColumns: [] };
}

function rowAt(rows: Iterable<OutputCell[]>, index: number): OutputCell[] | undefined {
  let r = 0;
  for (const row of rows) if (r++ === index) return row;
  return undefined;
}

function prepareCells(sheet: OutputSheet): PreparedSheet {
  // Rows are copied only when a cell of theirs is rewritten (the table header, a hidden list column):
  // the layout's own rows stay untouched, and a 120,000-row sheet is not copied cell by cell.
  const cells = sheet.cells.slice();
  const copied = new Set<number>();
  const tableColumns = sheet.table ? uniqueHeaders(cells, copied, sheet.table.range) : [];
  const hiddenColumns: number[] = [];
  // A loop, not Math.max(...rows): spreading 200,000 row lengths as arguments overflows the stack.
  let spare = sheet.table ? sheet.table.range.right + 1 : 0;
  for (const row of cells) if (row.length > spare) spare = row.length;
  spare += 1;
  const validations = (sheet.validations ?? []).map((v) => {
    // A comma separates items in a literal list and cannot be escaped: use the full-width one.
    const items = v.values.map((x) => stripIllegalXmlChars(x).replace(/,/g, '，').replace(/"/g, '""'));
    const literal = `"${items.join(',')}"`;
    const alert = {
      ...(v.errorStyle === undefined ? {} : { errorStyle: v.errorStyle }),
      ...(v.errorMessage === undefined ? {} : { errorMessage: v.errorMessage }),
    };
    if (literal.length - 2 <= MAX_LIST_LITERAL) return { range: v.range, formula: literal, ...alert };
    const column = spare++;
    hiddenColumns.push(column);
    v.values.forEach((value, i) => setCell(cells, copied, i, column, value));
    const letter = columnLetter(column);
    return { range: v.range, formula: `$${letter}$1:$${letter}$${Math.max(1, v.values.length)}`, ...alert };
  });
  return { sheet, rows: () => cells, cells, tableColumns, validations, hiddenColumns };
}

/** Header texts for a table: trimmed, line breaks flattened, empties named 列N, duplicates numbered. */
function uniqueHeaders(cells: OutputCell[][], copied: Set<number>, range: CellRange): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const raw = cells[range.top]?.[c];
    let base = stripIllegalXmlChars(raw === null || raw === undefined ? '' : String(raw)).replace(/[\r\n]+/g, ' ').trim();
    if (base === '') base = `列${c - range.left + 1}`;
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
    seen.add(name.toLowerCase());
    names.push(name);
    setCell(cells, copied, range.top, c, name);
  }
  return names;
}

function setCell(cells: OutputCell[][], copied: Set<number>, row: number, column: number, value: OutputCell): void {
  while (cells.length <= row) cells.push([]);
  if (!copied.has(row)) {
    cells[row] = [...(cells[row] ?? [])];
    copied.add(row);
  }
  const line = cells[row]!;
  while (line.length < column) line.push(null);
  line[column] = value;
}
