/**
 * Big tables cross between the page and a worker in pieces. `postMessage` clones its message on the
 * sending thread and the receiver rebuilds it in one task: at 20,000 teachers the input tables are
 * ~190 MB and the output sheets ~57 MB of objects, seconds of either in a single task on the page's UI
 * thread. Cut into pieces of ROWS_PER_PIECE rows, each clone and each rebuild is its own short task,
 * and the sender yields between pieces so the page can draw (the pane's 200 ms budget, issue 15).
 */
import type { OutputSheet } from '../sheets/output.js';
import type { Table } from '../sheets/table.js';

/**
 * Rows per message. A sign-in row is ~10 cells, so a piece is ~100,000 values — a few MB, tens of ms to
 * clone; much smaller pieces only add messages.
 */
export const ROWS_PER_PIECE = 10_000;

export type Piece =
  /** A table's name and flags; its `length` rows follow. */
  | { piece: 'table'; head: Omit<Table, 'rows'>; length: number }
  /** An output sheet without its cells; its `length` rows of cells follow. */
  | { piece: 'sheet'; head: Omit<OutputSheet, 'cells'>; length: number }
  /** Rows `start…` of the table or sheet last announced. */
  | { piece: 'rows'; start: number; rows: unknown[][] };

function* rowPieces(rows: readonly unknown[][], size: number): Generator<Piece> {
  for (let start = 0; start < rows.length; start += size) yield { piece: 'rows', start, rows: rows.slice(start, start + size) };
}

/** The tables as pieces, in order. */
export function* tablePieces(tables: readonly Table[], size = ROWS_PER_PIECE): Generator<Piece> {
  for (const { rows, ...head } of tables) {
    yield { piece: 'table', head, length: rows.length };
    yield* rowPieces(rows, size);
  }
}

/** The output sheets as pieces, in order. */
export function* sheetPieces(sheets: readonly OutputSheet[], size = ROWS_PER_PIECE): Generator<Piece> {
  for (const { cells, ...head } of sheets) {
    yield { piece: 'sheet', head, length: cells.length };
    yield* rowPieces(cells, size);
  }
}

/** Puts pieces back together: tables and sheets in the order announced, rows in place (holes stay holes). */
export class Assembler {
  readonly tables: Table[] = [];
  readonly sheets: OutputSheet[] = [];
  private target: unknown[][] | null = null;

  add(piece: Piece): void {
    if (piece.piece === 'table') {
      const rows = new Array<Table['rows'][number]>(piece.length);
      this.tables.push({ ...piece.head, rows });
      this.target = rows;
    } else if (piece.piece === 'sheet') {
      const cells = new Array<OutputSheet['cells'][number]>(piece.length);
      this.sheets.push({ ...piece.head, cells });
      this.target = cells;
    } else {
      const target = this.target;
      if (target === null) throw new Error('pieces: rows before any table or sheet');
      const { rows, start } = piece;
      // A loop, not push(...rows): a piece can be longer than the call stack allows, and sparse
      // tables (src/sheets/table.ts) keep their holes.
      for (let i = 0; i < rows.length; i++) if (i in rows) target[start + i] = rows[i]!;
    }
  }
}

/** Let the page draw between two pieces (a macrotask, so rendering and input get their turn). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
