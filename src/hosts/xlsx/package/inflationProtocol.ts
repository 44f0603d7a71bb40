/**
 * The messages between a codec that has its large parts inflated elsewhere (portInflater.ts, in the
 * page's file worker) and the inflating side (inflationService.ts, in a worker of its own), over a
 * MessagePort. Chromium's DecompressionStream inflates on the thread that reads it: ~2.2 s of the file
 * worker's 11.5 s opening of the 20,000-teacher workbook (docs/performance.md, "Inflating in a second
 * worker (the page)"). Structured-clone data only; the bytes move by transfer.
 */
import type { DeclaredEntry } from './partCodec.js';

/**
 * Parts whose deflated data are at least this long are inflated by the service; smaller ones by the
 * codec itself. At 20,000 teachers this sends the two largest worksheets (39 and 8 MB deflated, 400 of
 * the 415 MB inflated) and keeps the rest (three sheets of 0.4–0.9 MB, 16 MB inflated: ~0.1 s).
 */
export const HELPED_FROM_BYTES = 1024 * 1024;
/**
 * Inflated bytes the service gathers into one piece before posting it: one message per ~1 MB, not per
 * 64 KB chunk of the stream (5,000 messages for the largest sheet).
 */
export const PIECE_BYTES = 1024 * 1024;
/**
 * Pieces the service posts ahead of the codec's acknowledgements: with 4, at most ~4 MB (plus the piece
 * being gathered and the stream's own queue, one slice's output) of a part waits for the reader, however
 * slowly it reads; the prototype without it ran hundreds of MB ahead.
 */
export const CREDIT_PIECES = 4;

/**
 * The part's deflate data cross in pieces of this many bytes, so the service lets go of each once fed
 * and its copy of a 39 MB sheet is gone by the time the reader's tables are largest.
 */
export const INPUT_PIECE_BYTES = 1024 * 1024;

/** What the codec asks: inflate a part (its data in INPUT_PIECE_BYTES pieces), a piece was taken (one more may come), stop. */
export type InflationRequest =
  | { kind: 'inflate'; job: number; compressed: Uint8Array[]; declared: DeclaredEntry }
  | { kind: 'ack'; job: number }
  | { kind: 'cancel'; job: number };

/** What the service answers: it is serving; a piece of a job, in order; the job is done or failed. */
export type InflationReply =
  | { kind: 'ready' }
  | { kind: 'piece'; job: number; piece: Uint8Array }
  | { kind: 'done'; job: number }
  | { kind: 'failed'; job: number; message: string };

/**
 * One end of a MessagePort as both sides use it (a browser's or Node's MessagePort, or a test's), for
 * inflating here and for deflating (portDeflater.ts).
 */
export interface WorkerPort<Incoming, Outgoing> {
  postMessage(message: Outgoing, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Incoming>) => void): void;
  /** A MessagePort delivers to addEventListener's listeners only once started. */
  start?(): void;
}
