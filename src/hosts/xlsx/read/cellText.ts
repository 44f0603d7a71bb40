/**
 * Text of a string item (`<si>` in sharedStrings, `<is>` in an inline-string cell): the `<t>` runs
 * joined, without phonetic guides (`<rPh>`), with Excel's `_xHHHH_` escapes decoded — the same
 * text Excel shows, and what Office.js hands the add-in. Read from the XmlStream's events, so the
 * sharedStrings part is streamed like a worksheet and never held as one string.
 */
import { decodeXml } from '../package/xmlText.js';
import { XmlStream, type XmlStreamHandler } from './xmlStream.js';

/**
 * Excel holds at most 32,767 characters in a cell; its XML, with entities, a few times that. Text
 * beyond this is no workbook Excel wrote, and keeping it would let one string hold the budget.
 */
export const MAX_TEXT_CHARS = 1 << 20;

/** `_x000D_` → carriage return (ECMA-376 §22.4.2.4 ST_Xstring escaping); `_x005F_` escapes a literal `_`. */
export function unescapeExcel(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Collects the text of one string item from the events inside it. */
export class StringItem {
  private phonetic = 0;
  private inText = false;
  private pieces: string[] = [];
  private length = 0;

  get wantsText(): boolean {
    return this.inText;
  }

  open(local: string): void {
    if (local === 'rPh') this.phonetic++;
    else if (local === 't' && this.phonetic === 0) this.inText = true;
  }

  close(local: string): void {
    if (local === 'rPh') this.phonetic = Math.max(0, this.phonetic - 1);
    else if (local === 't') this.inText = false;
  }

  text(raw: string): void {
    this.length += raw.length;
    if (this.length > MAX_TEXT_CHARS) throw new Error(`a string item is longer than ${MAX_TEXT_CHARS} characters`);
    this.pieces.push(raw);
  }

  /** The item's text; the collector is ready for the next item. */
  finish(): string {
    const raw = this.pieces.length === 1 ? (this.pieces[0] ?? '') : this.pieces.join('');
    this.pieces = [];
    this.length = 0;
    this.phonetic = 0;
    this.inText = false;
    return unescapeExcel(decodeXml(raw));
  }
}

/**
 * The sharedStrings part, fed chunk by chunk: every `<si>`, in order — or, given `keep`, only the
 * items it names (the others are holes, their text never built: see sheetReader.ts).
 */
export class SharedStringsReader implements XmlStreamHandler {
  readonly strings: string[] = [];
  private readonly stream = new XmlStream(this);
  private readonly item = new StringItem();
  private inItem = false;
  private keeping = true;
  private count = 0;

  constructor(private readonly keep?: (index: number) => boolean) {}

  get wantsText(): boolean {
    return this.inItem && this.keeping && this.item.wantsText;
  }

  push(chunk: string): void {
    this.stream.push(chunk);
  }

  finish(): string[] {
    this.stream.end();
    this.strings.length = this.count;
    return this.strings;
  }

  open(local: string): void {
    if (local === 'si') {
      this.inItem = true;
      this.keeping = this.keep?.(this.count) ?? true;
      this.item.finish();
    } else if (this.inItem) {
      this.item.open(local);
    }
  }

  close(local: string): void {
    if (local === 'si') {
      if (this.inItem) {
        if (this.keeping) this.strings[this.count] = this.item.finish();
        this.count++;
      }
      this.inItem = false;
    } else if (this.inItem) {
      this.item.close(local);
    }
  }

  text(raw: string): void {
    this.item.text(raw);
  }
}

/** Every `<si>` of a sharedStrings part given whole, in order. */
export function parseSharedStrings(xml: string): string[] {
  const reader = new SharedStringsReader();
  reader.push(xml);
  return reader.finish();
}
