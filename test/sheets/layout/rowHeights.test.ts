import { describe, expect, it } from 'vitest';
import { charWidth, rowHeightFor, wrappedLines, wrappedRowHeights } from '../../../src/sheets/layout/rowHeights.js';
import type { OutputSheet } from '../../../src/sheets/output.js';

describe('row heights for wrapped text (SPEC §7 Print-ready)', () => {
  it.each([
    ['说', 2],
    ['，', 2],
    ['Ｔ', 2],
    ['、', 2],
    ['a', 1],
    ['0', 1],
    ['%', 1],
    [' ', 1],
    ['𠀀', 2],
  ])('counts %s as %i digit widths (CJK and full-width characters count double)', (ch, width) => {
    expect(charWidth(ch)).toBe(width);
  });

  it.each([
    // width 10 → 9 digit widths of room (one is the cell's margin)
    ['', 10, 1],
    ['一二三四', 10, 1],
    ['一二三四五', 10, 2],
    ['一二三四五六七八九', 10, 3],
    // Latin words break at spaces: 'abcd efgh' is 9 wide and fits; one more word goes to line 2
    ['abcd efgh', 10, 1],
    ['abcd efgh ij', 10, 2],
    // a word wider than the line is cut: 20 letters in 9 → 9, 9, 2
    ['abcdefghijklmnopqrst', 10, 3],
    // a written line break starts a line even when the text is short
    ['甲\n乙', 40, 2],
    ['甲\r\n\r\n乙', 40, 3],
    // 说明 column of 考核结果: 48 wide, 47 of room
    ['无故缺勤 5/19 次，超过 20%，考勤不计分，等次为不合格', 48, 2],
    ['听课 6 节，少于 10 节', 48, 1],
    // exactly the room fits; one digit more does not (the one-line test and the greedy filling agree)
    ['一二三四a', 10, 1],
    ['一二三四ab', 10, 2],
    // a character outside the BMP is one character of width 2, not two halves
    ['𠀀𠀀𠀀𠀀a', 10, 1],
    ['𠀀𠀀𠀀𠀀𠀀', 10, 2],
    ['a\rb', 40, 2],
  ])('wraps %j in a column %i wide onto %i line(s)', (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  it.each([
    [1, 19],
    [2, 35],
    [3, 51],
    [40, 409],
  ])('gives %i line(s) a row %i points high (Excel caps a row at 409)', (lines, height) => {
    expect(rowHeightFor(lines)).toBe(height);
  });

  it('measures only wrapped, non-empty, unmerged cells, each row by its tallest', () => {
    const sheet: OutputSheet = {
      name: '评分明细',
      cells: [
        ['标题跨两列的一整行文字很长很长很长'],
        ['短', '一二三四五六七八九十'],
        ['一二三四五六七八九十一二三四五六七八九十', '一'],
        ['一二三四五六七八九十一二三四五六七八九十', null],
        [null, ''],
      ],
      columnWidths: [10, 12],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      formats: [
        { range: { top: 0, left: 0, bottom: 4, right: 1 }, wrap: true },
        // column A of row 3 is not wrapped: it overflows instead, and needs no height
        { range: { top: 3, left: 0, bottom: 3, right: 0 }, wrap: false },
      ],
    };
    // row 1: 短 (1 line), 10 CJK = 20 in 11 of room → 2 lines; row 2: 40 in 9 → 5 lines
    expect(wrappedRowHeights(sheet)).toEqual([null, 35, 83, null, null]);
  });
});
