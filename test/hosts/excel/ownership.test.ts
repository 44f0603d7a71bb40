import { describe, expect, it } from 'vitest';
import { ownershipFormula, parseOwnership, targetNames } from '../../../src/hosts/excel/ownership.js';

describe('ownership name (SPEC §7: only our sheets are replaced)', () => {
  it('round-trips sheet names through the string constant, in both forms Excel reports', () => {
    const formula = ownershipFormula(['考核结果', '分组"统计']);
    expect(formula).toBe('="考核结果|分组""统计"');
    expect([...parseOwnership(formula)]).toEqual(['考核结果', '分组"统计']);
    expect([...parseOwnership('考核结果|图表')]).toEqual(['考核结果', '图表']);
    expect(parseOwnership(42).size).toBe(0);
  });

  it.each([
    ['free name', [], [], '考核结果'],
    ['our own sheet', ['考核结果'], ['考核结果'], '考核结果'],
    ["a user's sheet", ['考核结果'], [], '考核结果(1)'],
    ["a user's sheet, ours at (1)", ['考核结果', '考核结果(1)'], ['考核结果(1)'], '考核结果(1)'],
    ['case-insensitive', ['ABC'], [], 'abc(1)'],
  ])('writes over %s', (_, existing, owned, expected) => {
    const name = expected.startsWith('abc') ? 'abc' : '考核结果';
    expect(targetNames([name], existing, new Set(owned))[name]).toBe(expected);
  });

  it('keeps suffixed names within 31 characters', () => {
    const long = 'x'.repeat(31);
    expect(targetNames([long], [long], new Set())[long]).toBe(`${'x'.repeat(28)}(1)`);
  });
});
