/**
 * Text gathered as UTF-8 bytes a piece at a time, for parts too large to hold as one string. A
 * 120,000-row output sheet is ~70 MB of XML; built as a string it existed in several copies at once
 * (the row strings, their join, the zip library's encoding), which set the CLI's peak memory on a
 * 1,000,000-row workbook (docs/performance.md). Pieces are encoded every 64 K characters, so the
 * strings die young and only the bytes are kept.
 */

const FLUSH_CHARS = 1 << 16;

export class Utf8Chunks {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingChars = 0;

  /** Add a piece. A piece must not end inside a surrogate pair (whole cells and rows never do). */
  add(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= FLUSH_CHARS) this.flush();
  }

  /**
   * `before`, everything added, then `after`, as one array of bytes.
   * @example const rows = new Utf8Chunks(); rows.add('<row/>'); rows.bytes('<a>', '</a>') // the bytes of '<a><row/></a>'
   */
  bytes(before: string, after: string): Uint8Array {
    this.flush();
    const parts = [this.encoder.encode(before), ...this.chunks, this.encoder.encode(after)];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(this.encoder.encode(this.pending.join('')));
    this.pending = [];
    this.pendingChars = 0;
  }
}
