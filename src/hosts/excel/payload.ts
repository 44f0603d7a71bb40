/**
 * Office.js payload budgeting. Excel rejects a request or a response above 5 MB
 * (Excel on the web; "RequestPayloadSizeLimitExceeded"), so every sync we make is planned to stay
 * under PAYLOAD_BUDGET, with the rest of the 5 MB as headroom for the JSON envelope.
 */

/** Bytes we allow one sync's request or response to carry. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** UTF-8 length of a string without allocating (JSON escapes are ignored: they only add a little). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Approximate JSON bytes of one cell value as Office.js ships it (value plus separator). */
export function cellBytes(value: unknown): number {
  if (value === null || value === undefined) return 5;
  if (typeof value === 'string') return utf8Length(value) + 3;
  if (typeof value === 'number') return String(value).length + 1;
  if (typeof value === 'boolean') return 6;
  return 24;
}

/** Approximate JSON bytes of a 2-D array of cells. */
export function matrixBytes(rows: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of rows) {
    n += 2;
    for (const v of row) n += cellBytes(v);
  }
  return n;
}

/**
 * Request bytes Excel counts for one written cell, whatever its JSON: on Excel on the web a values
 * write of 2,000 × 10 cells of '0' (~100 KB of JSON) fails while under 500 rows (5,000 cells) goes
 * through (office-js-docs-reference #354; office-js #1012 fails at 500 rows) — between ~260 and
 * ~1,050 bytes a cell against the 5 MB request limit. Writes are planned at this much a cell.
 * https://github.com/OfficeDev/office-js-docs-reference/issues/354
 */
export const WRITE_BYTES_PER_CELL = 500;

/** Request bytes of writing a 2-D array to cells: its JSON, or WRITE_BYTES_PER_CELL a cell when more. */
export function writeBytes(rows: readonly (readonly unknown[])[]): number {
  let cells = 0;
  for (const row of rows) cells += row.length;
  return Math.max(matrixBytes(rows), cells * WRITE_BYTES_PER_CELL);
}

/**
 * Rows per chunk so that `columns` cells a row at `bytesPerCell` stay under `budget`.
 * @example chunkRows(10, 40) // 10 485 rows of 10 columns at 40 bytes a cell
 */
export function chunkRows(columns: number, bytesPerCell: number, budget: number = PAYLOAD_BUDGET): number {
  return Math.max(1, Math.floor(budget / Math.max(1, columns * bytesPerCell)));
}

const PAYLOAD_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

/** Office.js reports an oversized request or response with these error codes. */
export function isPayloadTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && PAYLOAD_ERRORS.has(String(error.code));
}
