/**
 * Node's native zlib for the parts of a package (the CLI): inflating, deflating and the CRC-32 run in
 * C, the same checks as everywhere (package/entryCheck.ts). The browser has the portable codec
 * (package/portableCodec.ts).
 */
import type { TransformOptions } from 'node:stream';
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
 * Bytes of a part the writer may run ahead of the streaming deflater (then it waits for 'drain'):
 * enough that the writer builds rows while the thread pool deflates the last ones, few enough that a
 * slow deflater holds back a 73 MB sheet at 1 MB (docs/performance.md, "The writer").
 */
const DEFLATE_AHEAD_BYTES = 1024 * 1024;

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

/** zlib's deflate stream: each chunk is deflated on the thread pool while the writer makes the next. */
function streamingDeflater(): PartDeflater {
  // zlib's streams hand their options on to stream.Transform (Node's zlib.js), which @types/node omits.
  const options: zlib.ZlibOptions & TransformOptions = { level: DEFLATE_LEVEL, writableHighWaterMark: DEFLATE_AHEAD_BYTES };
  const deflater = zlib.createDeflateRaw(options);
  const out: Buffer[] = [];
  let crc = 0;
  let size = 0;
  let failure: Error | undefined;
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', (error) => {
      failure ??= error;
      reject(error);
    });
  });
  // Awaited by end(); a deflater aborted or failed before then must not leave an unhandled rejection.
  ended.catch(() => undefined);
  return {
    push(chunk) {
      if (failure) return Promise.reject(failure);
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (deflater.write(chunk)) return undefined;
      return new Promise<void>((resolve, reject) => {
        const onDrain = () => {
          deflater.off('error', onError);
          resolve();
        };
        const onError = (error: Error) => {
          deflater.off('drain', onDrain);
          reject(error);
        };
        deflater.once('drain', onDrain);
        deflater.once('error', onError);
      });
    },
    async end(): Promise<DeflatedPart> {
      deflater.end();
      await ended;
      return { data: Buffer.concat(out), crc32: crc, size };
    },
    abort() {
      deflater.destroy();
      out.length = 0;
    },
  };
}
