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
