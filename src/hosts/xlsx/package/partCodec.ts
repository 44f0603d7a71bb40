/**
 * How the bytes of a part are inflated, deflated and checksummed: the seam between the package
 * (opcPackage.ts) and a deflate implementation. The page and the tests use the portable codec
 * (portableCodec.ts: the browser's compression streams, fflate where they are missing); the CLI hands
 * in Node's native zlib (../nodeCodec.ts). Every codec is held to the same checks (entryCheck.ts).
 */

/** What a zip entry declares about its part (central directory). */
export interface DeclaredEntry {
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
}

/** A part deflated for the zip: raw deflate data, and the CRC-32 and size of what went in. */
export interface DeflatedPart {
  data: Uint8Array;
  crc32: number;
  size: number;
}

/**
 * zlib's level for the parts we write. Measured end to end on the 8,000-teacher bench workbook
 * (docs/performance.md, "The package codec"): level 6 is zlib's default and what Excel's own files are
 * close to; lower levels saved little time against a larger file.
 */
export const DEFLATE_LEVEL = 6;

/**
 * A part deflated as it is handed over, chunk by chunk (OpcPackage.setPartChunks): the CRC-32 and size
 * are counted on the way and only the deflated bytes are kept, so a 73 MB worksheet never exists whole.
 * @example const deflater = codec.deflateRawStream(); for (const c of chunks) await deflater.push(c); const part = await deflater.end();
 */
export interface PartDeflater {
  /**
   * Takes the next chunk (not to be changed afterwards). Returns a promise when the deflater is
   * behind: the caller awaits it before the next push, so chunks cannot pile up (backpressure).
   */
  push(chunk: Uint8Array): Promise<void> | undefined;
  /** No more chunks: the deflated part. */
  end(): Promise<DeflatedPart>;
  /** Gives up (the chunks failed): frees the deflater; nothing of it rejects afterwards. */
  abort(): void;
}

export interface PartCodec {
  /** CRC-32 of `bytes` continuing from `previous` (0 to start). */
  crc32(bytes: Uint8Array, previous: number): number;
  /**
   * Inflates raw deflate data, handing each piece to `onChunk` in order (a piece is not changed once
   * handed on: readers keep pieces to join them); a throw from `onChunk` stops it and rejects.
   * `declared` is what the entry claims: a codec may have it checked natively
   * (a gzip trailer), the package checks it anyway (entryCheck.ts).
   */
  inflateRaw(compressed: Uint8Array, declared: DeclaredEntry, onChunk: (chunk: Uint8Array) => void): Promise<void>;
  /**
   * True when inflateRaw itself rejects data that do not inflate to `declared`'s CRC-32 and size (the
   * browser's gzip stream checks the trailer the data are framed with): the package then does not
   * compute the CRC-32 a second time, in JavaScript. Sizes, budget and ratio it counts in any case.
   */
  readonly checksDeclared?: boolean;
  /**
   * Inflated bytes OpcPackage.streamText gathers before decoding them to text; unset, each piece is
   * decoded as it comes. The browser's codec sets ~1 MB: Chromium's reader scanned the 64 KB strings
   * its TextDecoder made of each piece 20–35% slower than 1 MB ones, while in Node batches only raised
   * the peak (docs/performance.md, "The XML reader in Chromium").
   */
  readonly textBatchBytes?: number;
  /** Deflates a part we wrote (raw deflate, DEFLATE_LEVEL or the platform's default). */
  deflateRaw(bytes: Uint8Array): Promise<DeflatedPart>;
  /** Deflates a part given in chunks (raw deflate, as `deflateRaw`): the same bytes inflate back. */
  deflateRawStream(): PartDeflater;
}
