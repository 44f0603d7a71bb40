/**
 * Row heights for wrapped text (SPEC §7 "Print-ready"). Neither Excel nor LibreOffice re-measures a
 * row when it opens a file, and Office.js does not grow a row when it writes a value, so a 说明 that
 * wraps to three lines in a default-height row prints cut or over its neighbours. The layouts
 * measure each wrapped cell here, from its text and its column's width, and write the height.
 *
 * The measure is Excel's own unit: a column `w` characters wide holds `w` digits of the default
 * font; a CJK character (and any full-width form) is as wide as two. Lines break as a spreadsheet
 * breaks them: anywhere between CJK characters, at spaces between Latin words, and inside a word
 * only when the word alone is wider than the line.
 */
import type { OutputCell, OutputSheet } from '../output.js';

/** Points per line of 11-point text; CJK fonts (等线, Noto Sans CJK) need more than Calibri's 15. */
export const LINE_HEIGHT = 16;
/** Points above and below the text inside a cell. */
export const ROW_PADDING = 3;
/** Excel's default column width in characters, for a column the sheet does not size. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Excel's limit on a row's height, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * How wide one character is, in digit widths: 2 for CJK and full-width forms, 1 otherwise.
 * @example charWidth('说') // 2
 */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return isWide(code) ? 2 : 1;
}

/** East Asian Wide and Full-width ranges (Unicode UAX #11) that occur in school records. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0x303e) || // CJK radicals, Kangxi, CJK symbols and punctuation (、。「」)
    (code >= 0x3041 && code <= 0x33ff) || // kana, Bopomofo, CJK compatibility
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms (，：（）Ｔ０１)
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) // CJK extensions B and later
  );
}

/**
 * How many lines `text` takes in a wrapped cell of a column `width` characters wide.
 * @example wrappedLines('缺勤超过 20%，考核不合格', 10) // 3
 */
export function wrappedLines(text: string, width: number): number {
  // One digit of the width is the cell's inner margin: text never fills a column edge to edge.
  const room = Math.max(2, width - 1);
  if (fitsOneLine(text, room)) return 1;
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) lines += paragraphLines(paragraph, room);
  return Math.max(1, lines);
}

/**
 * Whether `text` is one paragraph no wider than `room`: then greedy filling never breaks it. Most
 * wrapped cells are (a 评分明细 说明 in its 70-wide column), and this test is a loop over character
 * codes with no token strings (issue 23: the tokenizer was the layout's largest cost).
 */
function fitsOneLine(text: string, room: number): boolean {
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return false;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    used += isWide(code) ? 2 : 1;
    if (used > room) return false;
  }
  return true;
}

/** Greedy line filling, as a spreadsheet does it. */
function paragraphLines(paragraph: string, room: number): number {
  let lines = 1;
  let used = 0;
  // A CJK character breaks on its own; a run of other non-space characters is one word; spaces stay single tokens.
  for (const token of paragraph.match(/\s|[^\s\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+|./gu) ?? []) {
    const w = [...token].reduce((sum, ch) => sum + charWidth(ch), 0);
    if (used + w <= room) {
      used += w;
      continue;
    }
    // A space at the end of a line is dropped, not carried.
    if (/^\s$/.test(token)) continue;
    if (w <= room) {
      lines++;
      used = w;
      continue;
    }
    // A word wider than the line is cut wherever it must be.
    for (const ch of token) {
      const cw = charWidth(ch);
      if (used + cw > room && used > 0) {
        lines++;
        used = 0;
      }
      used += cw;
    }
  }
  return lines;
}

/**
 * The height in points of a row whose tallest wrapped cell takes `lines` lines.
 * @example rowHeightFor(3) // 51
 */
export function rowHeightFor(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING);
}

/**
 * A height for every row of `sheet` that holds wrapped text (a non-empty cell under a `wrap: true`
 * format), from that text and its column's width; null for the other rows, which keep the default.
 * @example wrappedRowHeights({ name: 'x', cells: [['一二三四五六']], columnWidths: [6], formats: [{ range: { top: 0, left: 0, bottom: 0, right: 0 }, wrap: true }] }) // [35]
 */
export function wrappedRowHeights(sheet: OutputSheet): (number | null)[] {
  const widths = sheet.columnWidths ?? [];
  const merges = sheet.merges ?? [];
  // Only formats that say wrap or not matter, and a later one wins over an earlier one (as in Excel).
  const wrapFormats = (sheet.formats ?? []).filter((f) => f.wrap !== undefined);
  return sheet.cells.map((row, r) => {
    const covering = wrapFormats.filter((f) => f.range.top <= r && r <= f.range.bottom);
    if (!covering.some((f) => f.wrap === true)) return null;
    let height: number | null = null;
    row.forEach((value, c) => {
      let wrap = false;
      for (const f of covering) if (f.range.left <= c && c <= f.range.right) wrap = f.wrap === true;
      if (!wrap) return;
      const text = cellText(value);
      // A merged cell spans several columns: not measured against one of them.
      if (text === '' || merges.some((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right)) return;
      height = Math.max(height ?? 0, rowHeightFor(wrappedLines(text, widths[c] ?? DEFAULT_COLUMN_WIDTH)));
    });
    return height;
  });
}

function cellText(value: OutputCell | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value;
}
