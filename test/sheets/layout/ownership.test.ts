import { describe, expect, it } from 'vitest';
import {
  freeSheetName,
  isLegalSheetName,
  isVariantOf,
  legalSheetName,
  ownershipConstant,
  parseOwnership,
  targetNames,
} from '../../../src/sheets/layout/ownership.js';

describe('ownership name (SPEC §7: only our sheets are replaced)', () => {
  it('round-trips sheet names through the string constant, in every form Excel and files report', () => {
    const constant = ownershipConstant(['考核结果', '分组"统计']);
    expect(constant).toBe('"考核结果|分组""统计"');
    expect(parseOwnership(`=${constant}`)).toEqual(['考核结果', '分组"统计']);
    expect(parseOwnership(constant)).toEqual(['考核结果', '分组"统计']);
    expect(parseOwnership('考核结果|图表')).toEqual(['考核结果', '图表']);
    expect(parseOwnership(42)).toEqual([]);
  });
});

describe('freeSheetName', () => {
  it.each([
    ['考核结果', [], '考核结果'],
    ['考核结果', ['考核结果'], '考核结果(1)'],
    ['考核结果', ['考核结果', '考核结果(1)'], '考核结果(2)'],
    ['Sheet', ['SHEET'], 'Sheet(1)'],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一', ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一'], '一二三四五六七八九十一二三四五六七八九十一二三四五六七八(1)'],
    ['x'.repeat(31), ['x'.repeat(31)], `${'x'.repeat(28)}(1)`],
  ])('%s among %j → %s', (wanted, taken, expected) => {
    expect(freeSheetName(wanted, taken)).toBe(expected);
  });
});

describe('legalSheetName: the names Excel rejects (support.microsoft.com, "Rename a worksheet")', () => {
  it.each([
    ['a/b:c', 'a_b_c'],
    ["'引号'", '引号'],
    ["'开头", '开头'],
    ['', '工作表'],
    ['   ', '工作表'],
    ['History', 'History_'],
    ['history', 'history_'],
    [`${'长'.repeat(30)}'x`, `${'长'.repeat(30)}`],
  ])('%j → %j', (wanted, expected) => {
    expect(legalSheetName(wanted)).toBe(expected);
    expect(isLegalSheetName(expected)).toBe(true);
  });
  it.each(['History', "'a", "a'", '', 'a[1]', 'x'.repeat(32)])('%j is not legal as it is', (name) => {
    expect(isLegalSheetName(name)).toBe(false);
  });
});

describe('isVariantOf', () => {
  it.each([
    ['考核结果', '考核结果', true],
    ['考核结果(3)', '考核结果', true],
    ['考核(1)', '考核结果', false],
    ['考核结果汇总', '考核结果', false],
    [`${'x'.repeat(28)}(1)`, 'x'.repeat(31), true],
  ])('%s of %s → %s', (name, output, expected) => {
    expect(isVariantOf(name, output)).toBe(expected);
  });
});

describe('targetNames', () => {
  it.each([
    ['free name', [], [], '考核结果'],
    ['our own sheet (written in place)', ['考核结果'], ['考核结果'], '考核结果'],
    ["a user's sheet", ['考核结果'], [], '考核结果(1)'],
    ["a user's sheet, ours at (1)", ['考核结果', '考核结果(1)'], ['考核结果(1)'], '考核结果(1)'],
    ['ours listed in another case', ['考核结果'], ['考核结果'.toUpperCase()], '考核结果'],
  ])('writes over %s', (_, existing, owned, expected) => {
    expect(targetNames(['考核结果'], existing, owned)['考核结果']).toBe(expected);
  });
  it('compares ignoring case', () => {
    expect(targetNames(['abc'], ['ABC'], [])).toEqual({ abc: 'abc(1)' });
  });
});
