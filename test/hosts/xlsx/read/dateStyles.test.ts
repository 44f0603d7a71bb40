import { describe, expect, it } from 'vitest';
import { isDateFormat, parseDateStyles, serialToDate } from '../../../../src/hosts/xlsx/read/dateStyles.js';

describe('isDateFormat', () => {
  it.each([
    ['yyyy"年"m"月"d"日"', true],
    ['yyyy/m/d;@', true],
    ['[$-F800]dddd, mmmm dd, yyyy', true],
    ['h:mm', true],
    ['[h]:mm:ss', true],
    ['m"月"d"日"', true],
    ['General', false],
    ['0.00', false],
    ['0.00E+00', false],
    ['#,##0.00 "元"', false],
    ['[Red]0.0;[Blue]-0.0', false],
    ['@', false],
    ['"第"0"名"', false],
  ])('%s → %s', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });
});

describe('parseDateStyles', () => {
  it('knows the built-in zh-CN date ids that carry no format code (31 = yyyy"年"m"月"d"日")', () => {
    const xml =
      '<styleSheet xmlns="m"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs></styleSheet>';
    expect(parseDateStyles(xml)).toEqual([false, true, true, true, false]);
  });
});

describe('serialToDate', () => {
  it.each([
    [45175, false, Date.UTC(2023, 8, 6)],
    [45175.5, false, Date.UTC(2023, 8, 6, 12)],
    [43713, true, Date.UTC(2023, 8, 6)],
  ])('serial %d (1904: %s)', (serial, date1904, expected) => {
    expect(serialToDate(serial, date1904).getTime()).toBe(expected);
  });
});
