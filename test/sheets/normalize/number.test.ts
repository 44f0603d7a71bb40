import { describe, it, expect } from 'vitest';
import { parseHoursCell, parseNumberCell } from '../../../src/sheets/normalize/number.js';

describe('parseNumberCell (SPEC §3: numbers may be text)', () => {
  it.each([
    ['a number', 2, 2],
    ['"2"', '2', 2],
    ['full-width "２"', '２', 2],
    ['"2学时"', '2学时', 2],
    ['"1.5h"', '1.5h', 1.5],
    ['"1.5 小时"', '1.5 小时', 1.5],
    ['"3课时"', '3课时', 3],
    ['"-2"', '-2', -2],
    ['" 4 "', ' 4 ', 4],
  ])('reads %s', (_label, value, expected) => {
    expect(parseNumberCell(value)).toEqual({ kind: 'number', value: expected });
  });

  // issue 19 item 5: formula results arrive at full binary precision; Excel shows 15 digits.
  it.each([
    ['=1-30%-30% cached', 0.39999999999999997, 0.4],
    ['=1-0.7 cached', 0.30000000000000004, 0.3],
    ['=0.1+0.2 cached', 0.1 + 0.2, 0.3],
    ['the same 17 digits typed as text', '0.39999999999999997', 0.4],
    ['a number with 15 digits kept', 123456789.012345, 123456789.012345],
    ['a large count', 123456789012345, 123456789012345],
  ])('reads %s at 15 significant digits', (_label, value, expected) => {
    expect(parseNumberCell(value)).toEqual({ kind: 'number', value: expected });
  });

  it.each([['两学时'], ['abc'], ['2-3'], ['学时'], ['1'.repeat(400)]])('rejects %s (never a silent 0)', (value) => {
    expect(parseNumberCell(value)).toEqual({ kind: 'bad' });
  });

  it('rejects booleans, dates and non-finite numbers', () => {
    expect(parseNumberCell(true)).toEqual({ kind: 'bad' });
    expect(parseNumberCell(new Date(0))).toEqual({ kind: 'bad' });
    expect(parseNumberCell(Number.NaN)).toEqual({ kind: 'bad' });
  });

  it('gives null for blank', () => {
    expect(parseNumberCell(null)).toBeNull();
    expect(parseNumberCell('')).toBeNull();
  });
});

describe('parseHoursCell (SPEC §3: hours in days, only 学时/小时/h)', () => {
  it.each([
    [2, 6, 2], ['2', 6, 2], ['2学时', 6, 2], ['1.5小时', 6, 1.5], ['3h', 6, 3], ['3 H', 6, 3], ['２学时', 6, 2],
    ['半天', 6, 3], ['半日', 6, 3], ['一天', 6, 6], ['全天', 6, 6], ['1天', 6, 6], ['1.5天', 6, 9], ['两天', 6, 12], ['2 天', 6, 12],
    ['半天', 8, 4], ['1.5天', 7, 10.5], ['一天半', 6, 9], [0.30000000000000004, 6, 0.3], ['2 课时', 6, 2],
  ] as const)('reads %s with 每天学时 %s as %s', (value, perDay, hours) => {
    expect(parseHoursCell(value, perDay)).toEqual({ kind: 'number', value: hours });
  });

  it.each([['2节'], ['1次'], ['3分'], ['两小时'], ['若干'], ['1.5天天'], [true]])('reads no hours out of %s', (value) => {
    expect(parseHoursCell(value, 6)).toEqual({ kind: 'bad' });
  });

  it.each([[-20, -20], ['-2学时', -2], ['-1天', -6]])('marks %s negative (the reader reports it)', (value, hours) => {
    expect(parseHoursCell(value, 6)).toEqual({ kind: 'negative', value: hours });
  });

  it('gives null for blank', () => {
    expect(parseHoursCell(null, 6)).toBeNull();
    expect(parseHoursCell(' ', 6)).toBeNull();
  });
});

describe('parseNumberCell never reads days as a count', () => {
  it('refuses 1.5天', () => {
    expect(parseNumberCell('1.5天')).toEqual({ kind: 'bad' });
  });
});
