/**
 * Node's native zlib for the parts of a package (the CLI): inflating, deflating and the CRC-32 run in
 * C, the same checks as everywhere (package/entryCheck.ts). The browser has the portable codec
 * (package/portableCodec.ts).
 */
import * as zlib from 'node:zlib';
import { crc32 as portableCrc32 } from './package/crc32.js';
import { DEFLATE_LEVEL, type DeflatedPart, type PartCodec, type PartDeflater } from './package/partCodec.js';

/**
 * Inflated pieces handed on at a time: large enough that per-piece work is noise, small enough that
 * a piece's text stays below V8's large-object size (decoding 128 KB pieces measured 8–10× slower
 * than 64 KB ones; docs/performance.md, "Inflating ahead of the reader").
 */
const CHUNK_BYTES = 64 * 1024;
/** Pieces inflated ahead of the reader at most (then zlib pauses), and the level it resumes at. */
const QUEUE_HIGH = 4;
const QUEUE_LOW = 2;
/**
 * A part's chunks are handed to zlib in batches of this many bytes, each one job on the thread pool
 * (its output fits DEFLATE_OUT_BYTES, so zlib needs no turn of this thread in the middle): the pool
 * deflates one batch while the writer makes the next. Chunk by chunk, each ~30 KB chunk needed a turn
 * of the writer's thread to start, and the two took turns instead (docs/performance.md, "The writer").
 */
const DEFLATE_BATCH_BYTES = 512 * 1024;
const DEFLATE_OUT_BYTES = 256 * 1024;

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
  deflateRawStream: () => streamingDeflater(),
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

/**
 * zlib's deflate stream, fed in batches: one batch is deflated on the thread pool while the writer
 * makes the next; the writer waits only when a second batch is ready before the first is done
 * (backpressure: at most two batches and the one being gathered are held).
 */
function streamingDeflater(): PartDeflater {
  const deflater = zlib.createDeflateRaw({ level: DEFLATE_LEVEL, chunkSize: DEFLATE_OUT_BYTES });
  const out: Buffer[] = [];
  let crc = 0;
  let size = 0;
  // The batches are copied into a few reused buffers, not joined anew: a new 512 KB buffer per batch
  // would outlive young-generation collections while zlib holds it, and wait for a full one.
  const spare: Buffer[] = [];
  let batch: Buffer | undefined;
  let batchBytes = 0;
  let queued = 0;
  let failure: Error | undefined;
  /** Writers waiting for the deflater: each returns true once it has gone on. */
  let waiting: (() => boolean)[] = [];
  const wake = (): void => {
    waiting = waiting.filter((check) => !check());
  };
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', (error) => {
      failure ??= error;
      wake();
      reject(error);
    });
  });
  // Awaited by end(); a deflater aborted or failed before then must not leave an unhandled rejection.
  ended.catch(() => undefined);
  const send = (): void => {
    if (batch === undefined || batchBytes === 0) return;
    const buffer = batch;
    const piece = batchBytes === buffer.length ? buffer : buffer.subarray(0, batchBytes);
    batch = undefined;
    batchBytes = 0;
    queued++;
    deflater.write(piece, (error) => {
      queued--;
      // zlib has taken every byte of it once the write is done: the buffer can be filled again.
      if (!error) spare.push(buffer);
      wake();
    });
  };
  return {
    push(chunk) {
      if (failure) return Promise.reject(failure);
      crc = crc32(chunk, crc);
      size += chunk.length;
      let sent = false;
      for (let at = 0; at < chunk.length; ) {
        batch ??= spare.pop() ?? Buffer.allocUnsafeSlow(DEFLATE_BATCH_BYTES);
        const taken = Math.min(chunk.length - at, DEFLATE_BATCH_BYTES - batchBytes);
        batch.set(chunk.subarray(at, at + taken), batchBytes);
        batchBytes += taken;
        at += taken;
        if (batchBytes === DEFLATE_BATCH_BYTES) {
          send();
          sent = true;
        }
      }
      if (!sent) return undefined;
      // A turn of the event loop lets zlib's callbacks run (the next batch starts on the pool); the
      // writer goes on once no more than the batch just sent is waiting.
      return new Promise<void>((resolve, reject) => {
        const check = (): boolean => {
          if (failure === undefined && queued > 1) return false;
          if (failure) reject(failure);
          else resolve();
          return true;
        };
        setImmediate(() => {
          if (!check()) waiting.push(check);
        });
      });
    },
    async end(): Promise<DeflatedPart> {
      if (failure) throw failure;
      send();
      deflater.end();
      await ended;
      return { data: Buffer.concat(out), crc32: crc, size };
    },
    abort() {
      waiting = [];
      batch = undefined;
      spare.length = 0;
      deflater.destroy();
      out.length = 0;
    },
  };
}
