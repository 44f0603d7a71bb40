/**
 * A description of one sheet the product writes (SPEC §7). Hosts render it; nothing here does I/O.
 * Coordinates are 0-based (row 0 = sheet row 1, column 0 = column A); ranges are inclusive.
 */
import { columnLetter } from './columnLetter.js';

// Hosts take the letters from here with the other output types; the converter itself lives in columnLetter.ts.
export { columnLetter };

/** Strings are always written as text (never a formula); null leaves the cell empty. */
export type OutputCell = string | number | null;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a cell looks like; a RangeFormat gives it to a range, and a cell's look merges those that cover it. */
export interface CellLook {
  /** Excel number format, e.g. '0.00', '0', '@'. */
  numberFormat?: string;
  /** Fill colour, 6 hex digits without '#', e.g. 'C6EFCE'. */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  /** Thin borders around every cell of the range. */
  border?: boolean;
}

export interface RangeFormat extends CellLook {
  range: CellRange;
}

/** `percentStackedColumn`: each category's series as shares of 100% (district 图表, issue 13). */
export type ChartKind = 'stackedColumn' | 'column' | 'clusteredBar' | 'percentStackedColumn';

export interface ChartSeries {
  /** Series name as shown in the legend; `nameCell` is the cell that holds it (0-based). */
  name: string;
  nameCell?: { row: number; column: number };
  /** The values: one column (or row) of the same sheet. */
  values: CellRange;
  /** Fill colour, 6 hex digits. */
  color?: string;
}

/** A native chart drawn from cells of the same sheet. */
export interface ChartSpec {
  /** Stable id, used to replace the chart on re-runs. */
  id: string;
  kind: ChartKind;
  title: string;
  categories: CellRange;
  series: ChartSeries[];
  /** Where the chart sits: from the top-left cell to the bottom-right cell (0-based). */
  anchor: CellRange;
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  dataLabels?: boolean;
  legend?: 'right' | 'bottom' | 'none';
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Repeat these rows (0-based, inclusive) at the top of every page. */
  titleRows?: [number, number];
  /** Fit all columns on one page wide. */
  fitToWidth?: boolean;
  paper?: 'A4';
  /** Start a new printed page at each of these rows (0-based), e.g. one chart per page on 图表. */
  pageBreaks?: number[];
}

/** A data-validation dropdown (templates). */
export interface ListValidation {
  range: CellRange;
  values: string[];
  /**
   * What a value outside the list does: `stop` refuses it (Excel's default); `warning` and
   * `information` explain and let the clerk keep it (the readers accept synonyms: 出勤 ← 到, √).
   * @default 'stop'
   */
  errorStyle?: 'stop' | 'warning' | 'information';
  /** The alert's text when a value is outside the list (zh-CN). */
  errorMessage?: string;
}

export interface OutputSheet {
  name: string;
  /** Row-major values from A1. Rows may be ragged. */
  cells: OutputCell[][];
  /** Column widths in characters, by column index. */
  columnWidths?: number[];
  /**
   * Row heights in points, by row index; null (or past the end) keeps the default height. Written for
   * rows that hold wrapped text, since no spreadsheet re-measures rows when it opens a file (SPEC §7).
   */
  rowHeights?: (number | null)[];
  formats?: RangeFormat[];
  merges?: CellRange[];
  /** An Excel table (ListObject) over `range`, header in its first row. */
  table?: { name: string; range: CellRange; style: string };
  freeze?: { rows: number; columns: number };
  charts?: ChartSpec[];
  print?: PrintSetup;
  validations?: ListValidation[];
  /** Tab colour, 6 hex digits. */
  tabColor?: string;
}

/**
 * A sheet whose rows are made while it is written, never all at once: everything of an OutputSheet
 * but its cells, and `rows()` instead. The district's 全区教师 and 上报学时 are a row per teacher of
 * the district (30,000 at 300 schools); written this way they cost one school's rows, not 30,000
 * (docs/performance.md, "District memory: the view as bytes, the sheets streamed").
 */
export interface StreamedSheet extends Omit<OutputSheet, 'cells'> {
  /** Every row from A1, front to back, made afresh on each call: a writer may go over them twice. */
  rows(): Iterable<OutputCell[]>;
}

/**
 * A sheet laid out only when a writer comes to it: a writer that takes sheets one at a time then never
 * holds two of them at once.
 */
export interface DeferredSheet {
  name: string;
  layout(): OutputSheet | StreamedSheet;
}

/** What a writer is given: a sheet, or one laid out (and maybe streamed) when it is written. */
export type SheetToWrite = OutputSheet | DeferredSheet;

/** The sheet with all its cells: a deferred one laid out now, a streamed one's rows collected. */
export function laidOut(sheet: SheetToWrite | StreamedSheet): OutputSheet {
  const made = 'layout' in sheet ? sheet.layout() : sheet;
  if (!('rows' in made)) return made;
  const { rows, ...rest } = made;
  return { ...rest, cells: [...rows()] };
}

/** A range as A1 notation, e.g. `A1:F20`. */
export function a1(range: CellRange): string {
  return `${columnLetter(range.left)}${range.top + 1}:${columnLetter(range.right)}${range.bottom + 1}`;
}
