/**
 * Text turned into UTF-8 a run of pieces at a time, for parts too large to hold as one string. A
 * 120,000-row output sheet is ~70 MB of XML; built as a string it existed in several copies at once
 * (the row strings, their join, the zip library's encoding), which set the CLI's peak memory on a
 * 1,000,000-row workbook (docs/performance.md). Pieces are encoded every 16 K characters, so the
 * strings die young and only the bytes are kept — or handed on as they come, to a deflater that
 * takes a part in chunks (docs/performance.md, "The writer").
 *
 * Measured on Node 20 with rows like 评分明细's (issue 23, docs/performance.md "The writer"):
 * - 16 K, not 64 K: text with a CJK character is two bytes a character, and a 64 K-character string
 *   (128 KB) is past V8's largest ordinary heap object, so each flush allocated in the large-object
 *   space; encoding 31 MB of rows took ~1,000 ms in 64 K pieces and ~100–200 ms in 8–32 K pieces.
 * - Pieces are joined by `+=` (V8 keeps a rope and flattens it once, when it is encoded).
 * - `TextEncoder.encode`, not `encodeInto` a reused buffer: `encodeInto` was 1.5–4× slower for text
 *   with CJK characters.
 */

const FLUSH_CHARS = 1 << 14;

/**
 * Pieces of text in, UTF-8 chunks of about 16 K characters out (a longer piece is one chunk). A
 * piece must not end inside a surrogate pair (whole cells and rows never do).
 * @example const utf8 = new Utf8Chunker(); utf8.add('<a>张三</a>') // undefined (kept); utf8.end() // its bytes
 */
export class Utf8Chunker {
  private readonly encoder = new TextEncoder();
  private pending = '';

  /** Adds a piece; returns a chunk when enough text has gathered, else undefined. */
  add(piece: string): Uint8Array | undefined {
    this.pending += piece;
    return this.pending.length >= FLUSH_CHARS ? this.end() : undefined;
  }

  /** The text still gathered, as a chunk (undefined when there is none). */
  end(): Uint8Array | undefined {
    if (this.pending === '') return undefined;
    const chunk = this.encoder.encode(this.pending);
    this.pending = '';
    return chunk;
  }
}
