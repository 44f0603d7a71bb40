import { describe, expect, it } from 'vitest';
import { isDateFormat, toCellValue } from '../../../src/hosts/excel/cellValue.js';
import { chunkRows, utf8Length } from '../../../src/hosts/excel/payload.js';

describe('dates from number formats', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['m/d/yyyy', true],
    ['yyyy"年"m"月"d"日"', true],
    ['[$-F800]dddd, mmmm dd, yyyy', true],
    ['h:mm', true],
    ['General', false],
    ['@', false],
    ['0.00', false],
    ['#,##0', false],
    ['[$¥-804]#,##0.00', false],
    ['"学时"0', false],
  ])('%s is a date format: %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it('turns serials into UTC dates and empty strings into null', () => {
    expect(toCellValue(45175, 'yyyy/m/d')).toEqual(new Date(Date.UTC(2023, 8, 6)));
    expect(toCellValue(45175, 'General')).toBe(45175);
    expect(toCellValue('', 'General')).toBeNull();
    expect(toCellValue(true, 'General')).toBe(true);
  });

  it.each([
    // Microsoft, "Date systems in Excel": serial 0 is 1904-01-01 in the 1904 system, 1,462 days after 1899-12-31 + 1.
    [0, Date.UTC(1904, 0, 1)],
    [1, Date.UTC(1904, 0, 2)],
    [43713, Date.UTC(2023, 8, 6)],
    [43713.5, Date.UTC(2023, 8, 6, 12)],
  ])('reads serial %d of a 1904 workbook as the day Excel shows', (serial, utc) => {
    expect(toCellValue(serial, 'yyyy-mm-dd', true)).toEqual(new Date(utc));
    expect(toCellValue(serial, 'General', true)).toBe(serial);
  });
});

describe('payload budget', () => {
  it('counts UTF-8 bytes (Chinese 3, ASCII 1)', () => {
    expect(utf8Length('张三a')).toBe(7);
  });
  it('sizes chunks to the budget', () => {
    expect(chunkRows(10, 40, 4000)).toBe(10);
    expect(chunkRows(10_000, 1000, 4000)).toBe(1);
  });
});
