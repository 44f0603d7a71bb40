import { describe, it, expect } from 'vitest';
import { parseNumberCell } from '../../../src/sheets/normalize/number.js';

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

  it.each([['两学时'], ['abc'], ['2-3'], ['学时']])('rejects %s (never a silent 0)', (value) => {
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
