import { describe, expect, it } from 'vitest';
import { freeSheetName, isVariantOf, legalSheetName } from '../../../../src/hosts/xlsx/write/sheetNames.js';

describe('freeSheetName', () => {
  it.each([
    ['考核结果', [], '考核结果'],
    ['考核结果', ['考核结果'], '考核结果(1)'],
    ['考核结果', ['考核结果', '考核结果(1)'], '考核结果(2)'],
    ['Sheet', ['SHEET'], 'Sheet(1)'],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一', ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一'], '一二三四五六七八九十一二三四五六七八九十一二三四五六七八(1)'],
  ])('%s among %j → %s', (wanted, taken, expected) => {
    expect(freeSheetName(wanted, taken)).toBe(expected);
  });
});

describe('legalSheetName', () => {
  it.each([
    ['a/b:c', 'a_b_c'],
    ["'引号'", '引号'],
    ['', '工作表'],
  ])('%s → %s', (wanted, expected) => {
    expect(legalSheetName(wanted)).toBe(expected);
  });
});

describe('isVariantOf', () => {
  it.each([
    ['考核结果', '考核结果', true],
    ['考核结果(3)', '考核结果', true],
    ['考核(1)', '考核结果', false],
    ['考核结果汇总', '考核结果', false],
  ])('%s of %s → %s', (name, output, expected) => {
    expect(isVariantOf(name, output)).toBe(expected);
  });
});
