/**
 * How the bytes of a part are inflated and checksummed. The default runs anywhere (JSZip inflates,
 * the CRC is ours); the CLI hands in Node's native zlib (../nodeCodec.ts), which does both faster.
 */
import { crc32 } from './crc32.js';

export interface PartCodec {
  /** CRC-32 of `bytes` continuing from `previous` (0 to start). */
  crc32(bytes: Uint8Array, previous: number): number;
  /**
   * Inflates raw deflate data, handing each piece to `onChunk` in order; a throw from `onChunk`
   * stops it and rejects. Absent: JSZip's own inflater is used.
   */
  inflateRaw?: (compressed: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;
}

/** The codec that runs in a browser as in Node. */
export const portableCodec: PartCodec = { crc32 };
