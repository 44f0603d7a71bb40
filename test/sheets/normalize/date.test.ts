import { describe, it, expect } from 'vitest';
import { parseDateCell, parseDatePrefix, schoolYearOf } from '../../../src/sheets/normalize/date.js';

describe('parseDateCell (SPEC §3 "Dates")', () => {
  it.each([
    ['an Excel date (UTC midnight, as ExcelJS gives)', new Date(Date.UTC(2023, 8, 6)), '2023-09-06'],
    ['an Excel serial number (Office.js gives numbers)', 45175, '2023-09-06'],
    ['a serial number with a time fraction', 45175.75, '2023-09-06'],
    ['a serial number written as text', '45175', '2023-09-06'],
    ['2023-09-06', '2023-09-06', '2023-09-06'],
    ['2023/9/6', '2023/9/6', '2023-09-06'],
    ['2023.9.6', '2023.9.6', '2023-09-06'],
    ['2023年9月6日', '2023年9月6日', '2023-09-06'],
    ['full-width digits', '２０２３年９月６日', '2023-09-06'],
    ['a datetime', '2023-09-06 08:01:33', '2023-09-06'],
    ['an ISO datetime', '2023-09-06T08:01:33', '2023-09-06'],
    ['a date with its weekday', '2023年9月6日（星期三）', '2023-09-06'],
    ['a compact 20230906', '20230906', '2023-09-06'],
    ['the number 20230906', 20230906, '2023-09-06'],
  ])('reads %s', (_label, value, iso) => {
    expect(parseDateCell(value)).toEqual({ kind: 'full', iso });
  });

  it.each([
    ['9月6日', '9月6日', 9, 6],
    ['9.6', '9.6', 9, 6],
    ['the number 9.6', 9.6, 9, 6],
    ['9/6', '9/6', 9, 6],
    ['12月25号', '12月25号', 12, 25],
    ['9.10 as text keeps its 10', '9.10', 9, 10],
    ['2月29日 (checked once the year is known)', '2月29日', 2, 29],
  ])('reads year-less %s as a partial date', (_label, value, month, day) => {
    expect(parseDateCell(value)).toEqual({ kind: 'partial', month, day });
  });

  it.each([
    ['an impossible date', '2023/13/40'],
    ['30 February', '2023-02-30'],
    ['text', '下周三'],
    ['a year alone', '2023'],
    ['a bare integer', 9],
    ['a boolean', true],
    ['an invalid Date', new Date(Number.NaN)],
    ['a month 13 without year', '13月1日'],
    ['digits running on', '2023.9.612'],
  ])('rejects %s', (_label, value) => {
    expect(parseDateCell(value)).toEqual({ kind: 'bad' });
  });

  it('treats blank cells as no date', () => {
    expect(parseDateCell(null)).toBeNull();
    expect(parseDateCell('  ')).toBeNull();
  });
});

describe('parseDatePrefix', () => {
  it('splits a matrix header into date and activity', () => {
    expect(parseDatePrefix('9月6日 集体备课')).toEqual({ date: { kind: 'partial', month: 9, day: 6 }, rest: ' 集体备课' });
  });
  it('finds no date in a title row', () => {
    expect(parseDatePrefix('2023学年第一学期校本研修签到表')).toBeNull();
    expect(parseDatePrefix('2023-2024学年')).toBeNull();
  });
});

describe('schoolYearOf (Aug–Jul)', () => {
  it.each([
    ['2023-08-01', 2023],
    ['2023-12-31', 2023],
    ['2024-01-15', 2023],
    ['2024-07-31', 2023],
  ])('%s is in school year %i', (iso, year) => {
    expect(schoolYearOf(iso)).toBe(year);
  });
});
