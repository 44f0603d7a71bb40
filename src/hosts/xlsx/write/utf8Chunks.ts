/**
 * Text gathered as UTF-8 bytes a piece at a time, for parts too large to hold as one string. A
 * 120,000-row output sheet is ~70 MB of XML; built as a string it existed in several copies at once
 * (the row strings, their join, the zip library's encoding), which set the CLI's peak memory on a
 * 1,000,000-row workbook (docs/performance.md). Pieces are encoded every 16 K characters, so the
 * strings die young and only the bytes are kept.
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

export class Utf8Chunks {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private pending = '';
  private size = 0;

  /** Add a piece. A piece must not end inside a surrogate pair (whole cells and rows never do). */
  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= FLUSH_CHARS) this.flush();
  }

  /**
   * Everything added, as one array of bytes.
   * @example const xml = new Utf8Chunks(); xml.add('<a>'); xml.add('<row/></a>'); xml.bytes() // the bytes of '<a><row/></a>'
   */
  bytes(): Uint8Array {
    this.flush();
    if (this.chunks.length === 1) return this.chunks[0]!;
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private flush(): void {
    if (this.pending === '') return;
    const chunk = this.encoder.encode(this.pending);
    this.chunks.push(chunk);
    this.size += chunk.length;
    this.pending = '';
  }
}
