/**
 * The row and cell markup Excel writes for nearly every row and cell, `<row r="5" spans="1:8">` and
 * `<c r="B2" s="3" t="s"><v>12</v></c>`, read straight from the character codes: no tag string, no
 * attribute strings, no value string for a shared-string index or an integer. A 1,000,000-row
 * sign-in sheet has ~8,000,000 such cells, and reading each through the general tokenizer (tag,
 * attributes, text, entity decoding) was the biggest part of the CLI's time (docs/performance.md,
 * "The reader").
 *
 * Strict on purpose: anything but these exact shapes (a prefix, single quotes, another cell
 * attribute, a formula, an entity, a reference outside the sheet, markup not whole in the chunk at
 * hand) is declined, and the general tokenizer reads it as before — so every value, every issue and
 * every error stays what the tokenizer gives. An attempt looks at a bounded number of characters.
 */

/** What the cell holds, when `readPlainCell` read one. */
export const enum PlainValue {
  /** No `<v>` (an empty or self-closing cell): a blank, but the cell still takes its column. */
  None,
  /** `<v>` holds a number (`t="n"` or no `t`): `PlainCell.number`. */
  Number,
  /** `<v>` holds a shared-string index (`t="s"`): `PlainCell.number`. */
  SharedString,
}

/** The cell `readPlainCell` read; one instance is reused for every cell. */
export class PlainCell {
  /** 0-based column of `r`, or -1 when the cell has no `r` (it follows the previous cell). */
  column = -1;
  /** The `s` attribute (0 when absent). */
  style = 0;
  value = PlainValue.None;
  number = 0;
}

/** SPEC §11: A1:XFD1048576 is the whole sheet (a reference beyond it is left to the tokenizer, which refuses it). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Digits read into an integer exactly (below 2^53). */
const MAX_EXACT_DIGITS = 15;
/** A longer number text is declined (Excel writes at most 17 significant digits and an exponent). */
const MAX_NUMBER_CHARS = 32;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const EQUALS = 0x3d;
const SPACE = 0x20;
const LETTER_C = 0x63;
const LETTER_V = 0x76;
/** Longer attribute names and values of a row are declined. */
const MAX_ROW_ATTRIBUTE_CHARS = 64;

/** The row `readPlainRow` read; one instance is reused for every row. */
export class PlainRow {
  /** 1-based `r`, or -1 when the row has no `r` (it follows the previous row). */
  row = -1;
  /** `hidden="1"` or `hidden="true"`. */
  hidden = false;
}

/**
 * Reads the row start tag at `source[at]` (`<row`, attributes `name="value"` each after one space,
 * `>` or `/>`) into `out` when its `r`, if any, is a row of the sheet; returns the index after the
 * tag, or -1 to decline. Other attributes are passed over as the tokenizer passes them over.
 * @example readPlainRow('<row r="5" spans="1:8">', 0, out) // 23; out: row 5, not hidden
 */
export function readPlainRow(source: string, at: number, out: PlainRow): number {
  if (codeAt(source, at + 1) !== 0x72 /* r */ || codeAt(source, at + 2) !== 0x6f /* o */ || codeAt(source, at + 3) !== 0x77 /* w */) return -1;
  let i = at + 4;
  let row = -1;
  let hidden = -1;
  for (;;) {
    const c = codeAt(source, i);
    if (c === GT || (c === SLASH && codeAt(source, i + 1) === GT)) {
      out.row = row;
      out.hidden = hidden === 1;
      return c === GT ? i + 1 : i + 2;
    }
    if (c !== SPACE) return -1;
    const nameFrom = ++i;
    while (isNameChar(codeAt(source, i)) && i - nameFrom < MAX_ROW_ATTRIBUTE_CHARS) i++;
    const nameLength = i - nameFrom;
    if (nameLength === 0 || codeAt(source, i) !== EQUALS || codeAt(source, i + 1) !== QUOTE) return -1;
    i += 2;
    const valueFrom = i;
    for (let v = codeAt(source, i); v !== QUOTE && isPlainValueChar(v) && i - valueFrom < MAX_ROW_ATTRIBUTE_CHARS; v = codeAt(source, ++i));
    if (codeAt(source, i) !== QUOTE) return -1;
    const valueLength = i - valueFrom;
    i++;
    if (nameLength === 1 && codeAt(source, nameFrom) === 0x72 /* r */) {
      // A repeated name is left to the tokenizer (it takes the first).
      if (row !== -1) return -1;
      let n = 0;
      for (let k = valueFrom; k < valueFrom + valueLength; k++) {
        const d = codeAt(source, k);
        if (d < 0x30 || d > 0x39 || valueLength > 7) return -1;
        n = n * 10 + d - 0x30;
      }
      if (n < 1 || n > MAX_ROWS) return -1;
      row = n;
    } else if (nameLength === 6 && source.startsWith('hidden', nameFrom)) {
      if (hidden !== -1) return -1;
      hidden = (valueLength === 1 && codeAt(source, valueFrom) === 0x31) || (valueLength === 4 && source.startsWith('true', valueFrom)) ? 1 : 0;
    }
  }
}

/**
 * Reads the cell whose `<c` starts at `source[at]` into `out` if it has the plain shape and ends
 * within `source`; returns the index after its end tag (or after `/>`), or -1 to decline.
 * @example readPlainCell('<c r="B2" t="s"><v>12</v></c>', 0, out) // 29; out: column 1, SharedString 12
 */
export function readPlainCell(source: string, at: number, out: PlainCell): number {
  if (codeAt(source, at + 1) !== LETTER_C) return -1;
  let i = at + 2;
  let column = -1;
  let style = -1;
  let shared = -1;
  for (;;) {
    const c = codeAt(source, i);
    if (c === GT) {
      i++;
      break;
    }
    if (c === SLASH) {
      if (codeAt(source, i + 1) !== GT) return -1;
      return done(out, column, style, PlainValue.None, 0, i + 2);
    }
    // One space, a one-letter name, `="`: any other spelling is the tokenizer's.
    if (c !== SPACE || codeAt(source, i + 2) !== EQUALS || codeAt(source, i + 3) !== QUOTE) return -1;
    const name = codeAt(source, i + 1);
    i += 4;
    if (name === 0x72 /* r */ && column === -1) {
      let n = 0;
      let letters = 0;
      for (let code = codeAt(source, i); letters < 3; code = codeAt(source, ++i), letters++) {
        if (code >= 0x41 && code <= 0x5a) n = n * 26 + code - 0x40;
        else if (code >= 0x61 && code <= 0x7a) n = n * 26 + code - 0x60;
        else break;
      }
      const digitsFrom = i;
      let row = 0;
      for (let code = codeAt(source, i); code >= 0x30 && code <= 0x39 && i - digitsFrom < 8; code = codeAt(source, ++i)) row = row * 10 + code - 0x30;
      if (letters === 0 || i === digitsFrom || n > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return -1;
      column = n - 1;
    } else if (name === 0x73 /* s */ && style === -1) {
      const digitsFrom = i;
      let n = 0;
      for (let code = codeAt(source, i); code >= 0x30 && code <= 0x39 && i - digitsFrom < 9; code = codeAt(source, ++i)) n = n * 10 + code - 0x30;
      if (i === digitsFrom) return -1;
      style = n;
    } else if (name === 0x74 /* t */ && shared === -1) {
      const type = codeAt(source, i);
      if (type === 0x73 /* s */) shared = 1;
      else if (type === 0x6e /* n */) shared = 0;
      else return -1;
      i++;
    } else {
      return -1;
    }
    if (codeAt(source, i) !== QUOTE) return -1;
    i++;
  }
  // `></c>`: no value.
  if (codeAt(source, i) === LT && codeAt(source, i + 1) === SLASH) {
    return isEndTag(source, i, LETTER_C) ? done(out, column, style, PlainValue.None, 0, i + 4) : -1;
  }
  if (codeAt(source, i) !== LT || codeAt(source, i + 1) !== LETTER_V || codeAt(source, i + 2) !== GT) return -1;
  i += 3;
  const from = i;
  let number = 0;
  let exact = true;
  for (let code = codeAt(source, i); code >= 0x30 && code <= 0x39 && i - from <= MAX_EXACT_DIGITS; code = codeAt(source, ++i)) number = number * 10 + code - 0x30;
  if (i === from || i - from > MAX_EXACT_DIGITS) exact = false;
  if (shared === 1) {
    if (!exact || codeAt(source, i) !== LT) return -1;
  } else if (codeAt(source, i) !== LT || !exact) {
    i = numberEnd(source, from);
    if (i === -1) return -1;
    number = Number(source.slice(from, i));
    if (!Number.isFinite(number)) return -1;
  }
  if (!isEndTag(source, i, LETTER_V) || !isEndTag(source, i + 4, LETTER_C)) return -1;
  return done(out, column, style, shared === 1 ? PlainValue.SharedString : PlainValue.Number, number, i + 8);
}

function done(out: PlainCell, column: number, style: number, value: PlainValue, number: number, end: number): number {
  out.column = column;
  out.style = style === -1 ? 0 : style;
  out.value = value;
  out.number = number;
  return end;
}

/** `</x>` at `source[i]`, for a one-letter name `x`. */
function isEndTag(source: string, i: number, name: number): boolean {
  return codeAt(source, i) === LT && codeAt(source, i + 1) === SLASH && codeAt(source, i + 2) === name && codeAt(source, i + 3) === GT;
}

/**
 * The end of a number written `-?d+(.d+)?([eE][+-]?d+)?` from `from`, when `<` follows it and it
 * is short; else -1. For such text `Number()` is what the tokenizer's reading gives.
 */
function numberEnd(source: string, from: number): number {
  let i = from;
  if (codeAt(source, i) === 0x2d /* - */) i++;
  i = digitsEnd(source, i);
  if (i === -1) return -1;
  if (codeAt(source, i) === 0x2e /* . */) {
    i = digitsEnd(source, i + 1);
    if (i === -1) return -1;
  }
  const e = codeAt(source, i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = codeAt(source, i);
    if (sign === 0x2b || sign === 0x2d) i++;
    i = digitsEnd(source, i);
    if (i === -1) return -1;
  }
  return codeAt(source, i) === LT && i - from <= MAX_NUMBER_CHARS ? i : -1;
}

/** The end of a run of at least one digit (at most MAX_NUMBER_CHARS), or -1. */
function digitsEnd(source: string, from: number): number {
  let i = from;
  while (i - from <= MAX_NUMBER_CHARS) {
    const code = codeAt(source, i);
    if (code < 0x30 || code > 0x39) break;
    i++;
  }
  return i === from || i - from > MAX_NUMBER_CHARS ? -1 : i;
}

/** `[\w:.-]`: the characters startTag.ts reads as an attribute name. */
function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2e || c === 0x2d;
}

/** Any character but markup, quotes, an entity and the end of the text (0). */
function isPlainValueChar(c: number): boolean {
  return c !== 0 && c !== LT && c !== GT && c !== 0x26 /* & */ && c !== 0x27 /* ' */;
}

/**
 * The character code at `i`, 0 past the end. A cell cut by the chunk's end makes the reader look
 * past it; `charCodeAt` there returns NaN, but optimised code deoptimises at every such read (once
 * per chunk, over and over) and the reader ran at a third of its speed.
 */
function codeAt(source: string, i: number): number {
  return i < source.length ? source.charCodeAt(i) : 0;
}
