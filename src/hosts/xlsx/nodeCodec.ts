/**
 * Node's native zlib for the parts of a package (the CLI): inflating, deflating and the CRC-32 run in
 * C, the same checks as everywhere (package/entryCheck.ts). The browser has the portable codec
 * (package/portableCodec.ts).
 */
import * as zlib from 'node:zlib';
import { crc32 as portableCrc32 } from './package/crc32.js';
import { DEFLATE_LEVEL, type PartCodec } from './package/partCodec.js';

/** Inflated pieces handed on at a time: large enough that per-chunk work is noise. */
const CHUNK_BYTES = 256 * 1024;

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
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        inflater.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      inflater.on('data', (chunk: Buffer) => {
        if (settled) return;
        try {
          onChunk(chunk);
        } catch (error) {
          fail(error);
        }
      });
      inflater.on('error', fail);
      inflater.on('end', () => {
        if (settled) return;
        settled = true;
        resolve();
      });
      inflater.end(compressed);
    }),
};
