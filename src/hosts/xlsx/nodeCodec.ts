/**
 * Node's native zlib for the parts of a package (the CLI): inflating and the CRC-32 run in C, the
 * same checks as everywhere (package/entryCheck.ts). The browser keeps the portable codec.
 */
import * as zlib from 'node:zlib';
import { crc32 as portableCrc32 } from './package/crc32.js';
import type { PartCodec } from './package/partCodec.js';

/** Inflated pieces handed on at a time: large enough that per-chunk work is noise. */
const CHUNK_BYTES = 256 * 1024;

/** zlib.crc32 arrived in Node 20.15; an older Node 20 uses the portable one. */
const nativeCrc32: ((data: Uint8Array, value?: number) => number) | undefined = typeof zlib.crc32 === 'function' ? zlib.crc32 : undefined;

export const nodeCodec: PartCodec = {
  crc32: (bytes, previous) => (nativeCrc32 ? nativeCrc32(bytes, previous) : portableCrc32(bytes, previous)),
  inflateRaw: (compressed, onChunk) =>
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
