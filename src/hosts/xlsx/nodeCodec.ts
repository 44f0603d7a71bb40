/**
 * Node's native zlib for the parts of a package (the CLI): inflating, deflating and the CRC-32 run in
 * C, the same checks as everywhere (package/entryCheck.ts). The browser has the portable codec
 * (package/portableCodec.ts).
 */
import * as zlib from 'node:zlib';
import { crc32 as portableCrc32 } from './package/crc32.js';
import { DEFLATE_LEVEL, type PartCodec } from './package/partCodec.js';

/**
 * Inflated pieces handed on at a time: large enough that per-piece work is noise, small enough that
 * a piece's text stays below V8's large-object size (decoding 128 KB pieces measured 8–10× slower
 * than 64 KB ones; docs/performance.md, "Inflating ahead of the reader").
 */
const CHUNK_BYTES = 64 * 1024;
/** Pieces inflated ahead of the reader at most (then zlib pauses), and the level it resumes at. */
const QUEUE_HIGH = 4;
const QUEUE_LOW = 2;

/** zlib.crc32 arrived in Node 20.15; an older Node 20 uses the portable one. */
const nativeCrc32: ((data: Uint8Array, value?: number) => number) | undefined = typeof zlib.crc32 === 'function' ? zlib.crc32 : undefined;

const crc32 = (bytes: Uint8Array, previous: number): number => (nativeCrc32 ? nativeCrc32(bytes, previous) : portableCrc32(bytes, previous));

export const nodeCodec: PartCodec = {
  crc32,
  // zlib's async deflate runs on libuv's thread pool: a sheet is deflated while the next is built.
  deflateRaw: (bytes) =>
    new Promise((resolve, reject) => {
      zlib.deflateRaw(bytes, { level: DEFLATE_LEVEL }, (error, data) => {
        if (error) reject(error);
        else resolve({ data, crc32: crc32(bytes, 0), size: bytes.length });
      });
    }),
  inflateRaw: (compressed, _declared, onChunk) =>
    new Promise((resolve, reject) => {
      const inflater = zlib.createInflateRaw({ chunkSize: CHUNK_BYTES });
      // Pieces are handed on from a queue, not inside zlib's 'data' event: the thread pool inflates
      // the next piece while this thread reads the last one (inflating and reading overlap).
      const queue: Buffer[] = [];
      let ended = false;
      let settled = false;
      let draining = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        inflater.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const drain = () => {
        draining = false;
        if (settled) return;
        const chunk = queue.shift();
        if (chunk !== undefined) {
          try {
            onChunk(chunk);
          } catch (error) {
            fail(error);
            return;
          }
          if (queue.length < QUEUE_LOW && inflater.isPaused()) inflater.resume();
        }
        if (queue.length > 0) schedule();
        else if (ended) {
          settled = true;
          resolve();
        }
      };
      const schedule = () => {
        if (draining) return;
        draining = true;
        setImmediate(drain);
      };
      inflater.on('data', (chunk: Buffer) => {
        if (settled) return;
        queue.push(chunk);
        if (queue.length >= QUEUE_HIGH) inflater.pause();
        schedule();
      });
      inflater.on('error', fail);
      inflater.on('end', () => {
        ended = true;
        schedule();
      });
      inflater.end(compressed);
    }),
};
