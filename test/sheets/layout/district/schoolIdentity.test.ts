/**
 * Which school a file is (SPEC §10, issue 19 item 1): the grouping key, the cut name, the 计算记录
 * time of a scored workbook, and a district workbook told from a school's.
 */
import { describe, expect, it } from 'vitest';
import { cutSchoolName, isDistrictWorkbook, runLogSheetOf, schoolKey, scoredAt } from '../../../../src/sheets/layout/district/schoolIdentity.js';

describe('schoolKey', () => {
  it.each([
    ['第一中学', '第一中学'],
    ['第 一 中学', '第一中学'],
    ['第一\u200B中学', '第一中学'],
    ['\uFEFF第一中学\u00A0', '第一中学'],
    ['第１中学', '第1中学'],
    ['ＡＢＣ School', 'abcschool'],
    ['城关\u3000二中', '城关二中'],
  ])('%j → %j', (name, key) => {
    expect(schoolKey(name)).toBe(key);
  });

  it('keeps different schools apart', () => {
    expect(schoolKey('第一中学')).not.toBe(schoolKey('第二中学'));
  });
});

describe('cutSchoolName', () => {
  it.each([
    ['一中', { name: '一中', cut: false }],
    ['长'.repeat(100), { name: '长'.repeat(100), cut: false }],
    ['长'.repeat(101), { name: `${'长'.repeat(100)}…`, cut: true }],
    // A character outside the BMP counts once and is never split.
    ['𠀀'.repeat(101), { name: `${'𠀀'.repeat(100)}…`, cut: true }],
  ])('%s', (name, expected) => {
    expect(cutSchoolName(name)).toEqual(expected);
  });
});

describe('scoredAt', () => {
  it.each([
    [[['本次计算'], ['计算时间', '2024-01-20 09:05']], new Date(2024, 0, 20, 9, 5)],
    [[['计算时间', new Date(2024, 0, 20, 9, 5)]], new Date(2024, 0, 20, 9, 5)],
    [[['本次计算'], ['计算时间', '2024-02-30 09:05']], null],
    [[['本次计算'], ['计算时间', '昨天']], null],
    [[['本次计算'], ['程序版本', '0.1.0']], null],
  ])('%j → %s', (rows, expected) => {
    expect(scoredAt({ name: '计算记录', rows })).toEqual(expected);
  });
});

describe('isDistrictWorkbook and runLogSheetOf', () => {
  it.each([
    [['学校汇总', '全区教师', '上报学时', '规则对照', '数据问题', '图表', '计算记录'], true],
    [['考核结果', '分组统计', '评分明细', '数据问题', '上报学时', '图表', '计算记录'], false],
    [['学校汇总'], false],
    [[], false],
  ])('%j → %s', (outputs, district) => {
    expect(isDistrictWorkbook(outputs)).toBe(district);
  });

  it('finds the school’s own 计算记录, also under a free name', () => {
    expect(runLogSheetOf(['考核结果', '计算记录'])).toBe('计算记录');
    expect(runLogSheetOf(['考核结果', '计算记录 (2)'])).toBe('计算记录 (2)');
    expect(runLogSheetOf(['考核结果'])).toBeNull();
  });
});
