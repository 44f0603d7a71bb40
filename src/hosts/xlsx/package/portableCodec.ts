/**
 * The codec that runs in a browser as in Node (the page, its workers, the tests): the platform's
 * compression streams where it has them, fflate where it does not. Chosen by feature, never by
 * browser name: `DecompressionStream` / `CompressionStream` arrived in Chrome 80 but only in
 * Safari 16.4, and the page's floor is Safari 14.1 (build/browserFloor.json, "detected").
 */
import { Deflate, deflateSync, Inflate } from 'fflate';
import { crc32 } from './crc32.js';
import { gzipFrameOf, unwrapGzip } from './gzipFrame.js';
import { joinBytes } from './joinBytes.js';
import { DEFLATE_LEVEL, type DeclaredEntry, type PartCodec, type PartDeflater } from './partCodec.js';

/** Compressed bytes handed to fflate's inflater at a time: its output per call stays a few MB. */
const FFLATE_SLICE_BYTES = 64 * 1024;

/** Bytes of a part written ahead of `CompressionStream` at most (then the writer waits). */
const STREAM_AHEAD_BYTES = 1024 * 1024;
/**
 * Compressed bytes handed to a `DecompressionStream` at a time, the next only when the stream has taken
 * the last. Chromium inflates whatever one write gives it at once and queues all of it: a worksheet
 * written in one piece (39 MB at 20,000 teachers) sat as 330 MB of inflated chunks before the first
 * was read, and a zip bomb would have been inflated whole before its entry's budget (entryCheck.ts)
 * saw a byte. A slice inflates to at most ~66 MB (deflate's ratio is at most ~1,032:1), a worksheet's
 * typically to ~550 KB; 16 KB slices cost the page ~1 s more to open the 20,000-teacher workbook, 64 KB
 * none measurable (docs/performance.md, "The page's opening, profiled").
 */
export const INFLATE_FEED_BYTES = 64 * 1024;

/** fflate's inflater and deflater, in JavaScript: any browser of the floor. */
export const fflateCodec: PartCodec = {
  crc32,
  inflateRaw: (compressed, _declared, onChunk) =>
    new Promise((resolve, reject) => {
      try {
        const inflater = new Inflate((chunk) => {
          if (chunk.length > 0) onChunk(chunk);
        });
        for (let at = 0; at < compressed.length; at += FFLATE_SLICE_BYTES) {
          const end = Math.min(at + FFLATE_SLICE_BYTES, compressed.length);
          inflater.push(compressed.subarray(at, end), end === compressed.length);
        }
        if (compressed.length === 0) inflater.push(compressed, true);
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }),
  deflateRaw: (bytes) => Promise.resolve({ data: deflateSync(bytes, { level: DEFLATE_LEVEL }), crc32: crc32(bytes), size: bytes.length }),
  deflateRawStream: () => fflateDeflater(),
};

/** fflate's streaming deflater: synchronous, so a chunk is deflated before the next is made. */
function fflateDeflater(): PartDeflater {
  const out: Uint8Array[] = [];
  const deflater = new Deflate({ level: DEFLATE_LEVEL }, (chunk) => {
    if (chunk.length > 0) out.push(chunk);
  });
  let crc = 0;
  let size = 0;
  return {
    push(chunk) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      deflater.push(chunk);
      return undefined;
    },
    end: () =>
      new Promise((resolve, reject) => {
        try {
          deflater.push(new Uint8Array(0), true);
          resolve({ data: joinBytes(out), crc32: crc, size });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }),
    abort() {
      out.length = 0;
    },
  };
}

/**
 * The platform's own zlib through `DecompressionStream('gzip')` / `CompressionStream('gzip')`: each
 * entry's raw deflate data travels in a gzip frame (gzipFrame.ts).
 */
export const streamCodec: PartCodec = {
  crc32,
  // The gzip trailer carries the declared CRC-32 and size: the stream refuses a mismatch (issue 23).
  checksDeclared: true,
  // Decoded a MB at a time, not per 64 KB chunk of the stream (partCodec.ts).
  textBatchBytes: 1024 * 1024,
  inflateRaw: async (compressed, declared, onChunk) => {
    const reader = gzipInflation(compressed, declared);
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = (await reader.read()) as ReadableStreamReadResult<Uint8Array>;
      } catch (error) {
        // The trailer carries what the entry declares: the stream refuses a mismatch as it ends.
        throw new Error(`the deflate data do not inflate to the CRC-32 and size their entry declares (${messageOf(error)})`);
      }
      if (next.done) return;
      try {
        onChunk(next.value);
      } catch (error) {
        void reader.cancel().catch(() => undefined);
        throw error;
      }
    }
  },
  deflateRaw: async (bytes) => {
    const stream = new CompressionStream('gzip');
    feed(stream.writable, [bytes]);
    const member = await collect(stream.readable);
    return { ...unwrapGzip(member, bytes.length), size: bytes.length };
  },
  deflateRawStream: () => gzipStreamDeflater(),
};

/**
 * The inflated bytes of one entry as a stream: its raw deflate data in a gzip frame carrying the CRC-32
 * and size `declared` (the stream's read rejects a mismatch), fed INFLATE_FEED_BYTES at a time as the
 * reader takes them. streamCodec reads it here; the page's inflating worker reads it too
 * (inflationService.ts), its copy of the data given in pieces, each let go once fed.
 * @example const reader = gzipInflation(entryBytes, declared); const first = await reader.read();
 */
export function gzipInflation(compressed: Uint8Array | Uint8Array[], declared: DeclaredEntry): ReadableStreamDefaultReader<Uint8Array> {
  const { header, trailer } = gzipFrameOf(declared.crc32, declared.uncompressedSize);
  const stream = new DecompressionStream('gzip');
  feedSliced(stream.writable, [header, ...(Array.isArray(compressed) ? compressed.splice(0) : [compressed]), trailer]);
  return stream.readable.getReader() as ReadableStreamDefaultReader<Uint8Array>;
}

/**
 * `CompressionStream('gzip')` fed chunk by chunk, its output read as it comes; the gzip frame is taken
 * off at the end (what it wraps is a few MB at most), its trailer giving the CRC-32.
 */
function gzipStreamDeflater(): PartDeflater {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const member = collect(stream.readable);
  // Awaited by end(); an aborted stream must not leave an unhandled rejection.
  member.catch(() => undefined);
  let size = 0;
  let unacknowledged = 0;
  return {
    push(chunk) {
      if (chunk.length === 0) return undefined;
      size += chunk.length;
      unacknowledged += chunk.length;
      const taken = writer.write(chunk as Uint8Array<ArrayBuffer>).then(() => {
        unacknowledged -= chunk.length;
      });
      // A failure shows on the readable side (end), and here when the writer is told to wait.
      taken.catch(() => undefined);
      // A browser's stream says it is behind by `desiredSize` (its queue holds one chunk); Node's
      // adapter queues thousands, so the bytes not yet taken are bounded here as well.
      if (unacknowledged > STREAM_AHEAD_BYTES) return taken;
      return writer.desiredSize !== null && writer.desiredSize <= 0 ? writer.ready : undefined;
    },
    async end() {
      await writer.close();
      return { ...unwrapGzip(await member, size), size };
    },
    abort() {
      writer.abort().catch(() => undefined);
    },
  };
}

/**
 * Writes the chunks INFLATE_FEED_BYTES at a time, each when the stream is ready for it (it is ready once
 * the reader has taken what the last one inflated to), and closes; a failure, or the reader cancelling,
 * shows on the readable side, where it is awaited. Each chunk is let go (taken off `chunks`) once written.
 */
function feedSliced(writable: WritableStream<BufferSource>, chunks: Uint8Array[]): void {
  const writer = writable.getWriter();
  const done = (async () => {
    for (let chunk = chunks.shift(); chunk !== undefined; chunk = chunks.shift()) {
      for (let at = 0; at < chunk.length; at += INFLATE_FEED_BYTES) {
        await writer.ready;
        writer.write(chunk.subarray(at, at + INFLATE_FEED_BYTES) as Uint8Array<ArrayBuffer>).catch(() => undefined);
      }
    }
    await writer.ready;
    await writer.close();
  })();
  done.catch(() => undefined);
}

/** Writes the chunks and closes; a failure shows on the readable side, where it is awaited. */
function feed(writable: WritableStream<BufferSource>, chunks: Uint8Array[]): void {
  const writer = writable.getWriter();
  const done = Promise.all([...chunks.map((chunk) => writer.write(chunk as Uint8Array<ArrayBuffer>)), writer.close()]);
  done.catch(() => undefined);
}

async function collect(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    chunks.push(next.value);
  }
  return joinBytes(chunks);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether this scope has both compression streams with the gzip format. */
function hasGzipStreams(): boolean {
  try {
    if (typeof DecompressionStream !== 'function' || typeof CompressionStream !== 'function') return false;
    // The format is checked when a stream is made: a browser that lacks 'gzip' throws here.
    new DecompressionStream('gzip');
    new CompressionStream('gzip');
    return true;
  } catch {
    return false;
  }
}

/** The codec for this scope: the streams where present, fflate otherwise. */
export const portableCodec: PartCodec = hasGzipStreams() ? streamCodec : fflateCodec;
