/**
 * A streaming XML tokenizer for the big parts (worksheets, sharedStrings): text arrives in chunks as
 * it is inflated and each character is looked at a bounded number of times, however the chunks fall
 * and however long a token is (issue 11: an unclosed cell or `<si>` once made the reader rescan the
 * whole buffer on every chunk). Comments, processing instructions and CDATA are what XML says they
 * are: a `<!-- <row>…</row> -->` is no data, and CDATA is literal text. A DOCTYPE is refused, as in
 * every package part (xmlTree.ts), and a part that ends inside markup is damaged.
 *
 * Tolerant where the old regex scanner was (no check that end tags match), strict where a wrong
 * reading would change the data.
 */

export interface XmlStreamHandler {
  /**
   * A start tag: `source.slice(from, to)` is the whole tag, `<` to `>`; `local` is its name without
   * prefix. A self-closing tag is followed by `close(local)`.
   */
  open(local: string, source: string, from: number, to: number): void;
  close(local: string): void;
  /** Whether character data is wanted now: text is only sliced out when it is. */
  readonly wantsText: boolean;
  /** Character data as written (entities not decoded; CDATA arrives with `&` and `<` escaped). */
  text(raw: string): void;
  /**
   * May read a whole element at once: `source[at]` is the `<` of a start tag outside any markup.
   * Returns the index after the element, or -1 to leave it to the tokenizer (see plainMarkup.ts).
   */
  shortcut?(source: string, at: number): number;
}

const enum State {
  Text,
  Tag,
  Comment,
  Instruction,
  Cdata,
}

/** The longest markup opening that decides what follows `<` (`<![CDATA[`). */
const LONGEST_OPENING = 9;

export class XmlStream {
  private state = State.Text;
  /** A few characters carried to the next chunk: an undecided `<!…` or a possibly split terminator. */
  private carry = '';
  /** The pieces of a start or end tag that spans chunks. */
  private tagPieces: string[] = [];
  /** Inside a tag: the quote that is open (0 when none). */
  private quote = 0;

  constructor(private readonly handler: XmlStreamHandler) {}

  push(chunk: string): void {
    const s = this.carry.length > 0 ? this.carry + chunk : chunk;
    this.carry = '';
    let i = 0;
    while (i < s.length) {
      switch (this.state) {
        case State.Text:
          i = this.text(s, i);
          break;
        case State.Tag:
          i = this.tag(s, i);
          break;
        case State.Comment:
          i = this.skipTo(s, i, '-->');
          break;
        case State.Instruction:
          i = this.skipTo(s, i, '?>');
          break;
        case State.Cdata:
          i = this.cdata(s, i);
          break;
      }
    }
  }

  /** The part ended: anything but text means it was cut off. */
  end(): void {
    if (this.state !== State.Text || this.carry !== '') throw new Error('XML part ends inside markup');
  }

  private text(s: string, i: number): number {
    const lt = s.indexOf('<', i);
    const end = lt === -1 ? s.length : lt;
    if (end > i && this.handler.wantsText) this.handler.text(s.slice(i, end));
    if (lt === -1) return s.length;
    const next = s.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      this.state = State.Instruction;
      return lt + 2;
    }
    if (next === 0x21 /* ! */) {
      if (s.startsWith('<!--', lt)) {
        this.state = State.Comment;
        return lt + 4;
      }
      if (s.startsWith('<![CDATA[', lt)) {
        this.state = State.Cdata;
        return lt + LONGEST_OPENING;
      }
      const rest = s.slice(lt, lt + LONGEST_OPENING);
      if (rest.length < LONGEST_OPENING && ('<!--'.startsWith(rest) || '<![CDATA['.startsWith(rest))) {
        this.carry = rest;
        return s.length;
      }
      throw new Error('XML with a DOCTYPE or declaration is not accepted in a package part');
    }
    if (lt + 1 >= s.length) {
      this.carry = '<';
      return s.length;
    }
    if (next !== 0x2f /* / */ && this.handler.shortcut !== undefined) {
      const after = this.handler.shortcut(s, lt);
      if (after !== -1) return after;
    }
    this.state = State.Tag;
    this.quote = 0;
    this.tagPieces = [];
    return this.tag(s, lt, true);
  }

  /** Collects a tag up to its `>` outside quotes; `s[i]` is `<` when `fresh`. */
  private tag(s: string, i: number, fresh = false): number {
    const from = i;
    let j = fresh ? i + 1 : i;
    let quote = this.quote;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) {
        quote = c;
      } else if (c === 0x3e /* > */) {
        break;
      }
    }
    this.quote = quote;
    if (j >= s.length) {
      this.tagPieces.push(s.slice(from));
      return s.length;
    }
    this.state = State.Text;
    if (this.tagPieces.length === 0) {
      this.emitTag(s, from, j + 1);
    } else {
      this.tagPieces.push(s.slice(from, j + 1));
      const whole = this.tagPieces.join('');
      this.tagPieces = [];
      this.emitTag(whole, 0, whole.length);
    }
    return j + 1;
  }

  private emitTag(s: string, from: number, to: number): void {
    const closing = s.charCodeAt(from + 1) === 0x2f; /* / */
    let k = from + (closing ? 2 : 1);
    const nameStart = k;
    let colon = -1;
    for (; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c === 0x3a /* : */) colon = k;
      else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e) break;
    }
    const local = s.slice(colon === -1 ? nameStart : colon + 1, k);
    if (closing) {
      this.handler.close(local);
      return;
    }
    this.handler.open(local, s, from, to);
    if (s.charCodeAt(to - 2) === 0x2f /* / */) this.handler.close(local);
  }

  /** Skips to after `terminator`; keeps its possible start at a chunk's end for the next chunk. */
  private skipTo(s: string, i: number, terminator: string): number {
    const at = s.indexOf(terminator, i);
    if (at === -1) {
      this.carry = s.slice(Math.max(i, s.length - (terminator.length - 1)));
      return s.length;
    }
    this.state = State.Text;
    return at + terminator.length;
  }

  private cdata(s: string, i: number): number {
    const at = s.indexOf(']]>', i);
    const end = at === -1 ? Math.max(i, s.length - 2) : at;
    if (end > i && this.handler.wantsText) this.handler.text(escapeCdata(s.slice(i, end)));
    if (at === -1) {
      this.carry = s.slice(end);
      return s.length;
    }
    this.state = State.Text;
    return at + 3;
  }
}

/** CDATA is literal: escaped so that it decodes back to itself with the rest of the text. */
function escapeCdata(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
