import { describe, it, expect } from 'vitest';
import { creditsSheet } from '../../../../src/sheets/layout/district/creditsSheet.js';
import { chartRight, districtChartsSheet } from '../../../../src/sheets/layout/district/districtChartsSheet.js';
import { districtIssuesSheet } from '../../../../src/sheets/layout/district/districtIssuesSheet.js';
import { districtLogSheet } from '../../../../src/sheets/layout/district/districtLogSheet.js';
import { DISTRICT_SHEET_NAMES, layoutDistrict } from '../../../../src/sheets/layout/district/layoutDistrict.js';
import { ruleDifferences, ruleDifferencesText } from '../../../../src/sheets/layout/district/ruleDifferences.js';
import { mostCommon, rulesCompareSheet } from '../../../../src/sheets/layout/district/rulesCompareSheet.js';
import { SCHOOLS_HEADER, schoolsSheet } from '../../../../src/sheets/layout/district/schoolsSheet.js';
import { TEACHERS_HEADER, teachersSheet } from '../../../../src/sheets/layout/district/teachersSheet.js';
import { defaultRules } from '../../../../src/engine/rules.js';
import { sampleDistrict } from './fixture.js';

const col = (header: readonly string[], name: string): number => header.indexOf(name);

describe('layoutDistrict', () => {
  it('lays out the seven district sheets of SPEC §10 in tab order', () => {
    expect(layoutDistrict(sampleDistrict()).map((s) => s.name)).toEqual(DISTRICT_SHEET_NAMES);
    expect(DISTRICT_SHEET_NAMES).toEqual(['学校汇总', '全区教师', '上报学时', '规则对照', '数据问题', '图表', '计算记录']);
  });
});

describe('学校汇总', () => {
  const sheet = schoolsSheet(sampleDistrict());
  const row = (i: number) => sheet.cells[2 + i] ?? [];

  it.each([
    // 一中: 3 teachers, 2 groups, 1 优秀 (1/3), 0 良好, 1 合格, 1 不合格, mean (91.75+40+100)/3 = 77.25, 24 h
    [0, { 学校: '一中', 文件: '一中.xlsx', 教师数: 3, 教研组数: 2, 优秀: 1, 优秀占比: 1 / 3, 合格: 1, 不合格: 1, 平均分: 77.25, 上报学时合计: 24, 警告: 1 }],
    // 二中: 张三 alone
    [1, { 学校: '二中', 教师数: 1, 教研组数: 1, 优秀: 1, 优秀占比: 1, 平均分: 91.75, 上报学时合计: 12, 错误: 0, 警告: 0 }],
    // 全区合计: 4 teachers, 2 优秀 = 50%, mean (231.75 + 91.75)/4 = 80.875 → 80.88, 36 h
    [4, { 学校: '全区合计', 教师数: 4, 教研组数: 3, 优秀: 2, 优秀占比: 0.5, 不合格: 1, 平均分: 80.88, 上报学时合计: 36 }],
  ])('row %i has the hand-computed counts', (i, expected) => {
    for (const [name, value] of Object.entries(expected)) expect([name, row(i)[col(SCHOOLS_HEADER, name)]]).toEqual([name, value]);
  });

  it('lists a failed school and a duplicate with the reason, counts empty', () => {
    expect(row(2)[col(SCHOOLS_HEADER, '说明')]).toBe('未计算：文件已损坏');
    expect(row(2)[col(SCHOOLS_HEADER, '教师数')]).toBeNull();
    expect(row(3)[col(SCHOOLS_HEADER, '说明')]).toBe('与“一中.xlsx”内容相同，未重复计入');
  });

  it('names the rules that differ from the defaults, never the term dates nor the school name', () => {
    expect(row(0)[col(SCHOOLS_HEADER, '与默认规则不同')]).toBe('优秀比例 25%');
    expect(row(1)[col(SCHOOLS_HEADER, '与默认规则不同')]).toBe('');
  });
});

describe('ruleDifferences', () => {
  it.each([
    [{}, []],
    [{ ratioExcellent: 0.25 }, [{ key: '优秀比例', value: '25%' }]],
    [{ tiePolicy: 'strict' as const, periodTo: '2024-01-31' }, [{ key: '同分处理', value: '严格' }]],
    [{ ratioExcellentByGroup: { 体育组: 0.5 } }, [{ key: '优秀比例:体育组', value: '50%' }]],
  ])('%j → %j', (over, expected) => {
    expect(ruleDifferences({ ...defaultRules(), ...over })).toEqual(expected);
  });

  it('reads as one line', () => {
    expect(ruleDifferencesText({ ...defaultRules(), ratioExcellent: 0.25, absenceLimit: 0.1 })).toBe('优秀比例 25%；缺勤上限 10%');
  });
});

describe('全区教师 and 上报学时', () => {
  it('has one row per scored teacher, school in front, and the 总分 of each', () => {
    const sheet = teachersSheet(sampleDistrict());
    expect(sheet.cells).toHaveLength(1 + 4);
    expect(sheet.cells.slice(1).map((r) => [r[0], r[1], r[2], r[col(TEACHERS_HEADER, '总分')], r[col(TEACHERS_HEADER, '等次')]])).toEqual([
      ['一中', 'T001', '张三', 91.75, '优秀'],
      ['一中', '=T002', '李四', 40, '不合格'],
      ['一中', '', '王五', 100, '合格'],
      ['二中', 'T001', '张三', 91.75, '优秀'],
    ]);
    expect(sheet.table?.range).toEqual({ top: 0, left: 0, bottom: 4, right: TEACHERS_HEADER.length - 1 });
  });

  it('reports each teacher’s hours and totals that add up per school and for the district', () => {
    const sheet = creditsSheet(sampleDistrict());
    expect(sheet.cells.slice(1, 5).map((r) => r[4])).toEqual([12, 0, 12, 12]);
    expect(sheet.cells.slice(-3)).toEqual([['一中', '', 3, '', 24], ['二中', '', 1, '', 12], ['全区合计', '', 4, '', 36]]);
    expect(sheet.table?.range.bottom).toBe(4);
  });
});

describe('规则对照', () => {
  const sheet = rulesCompareSheet(sampleDistrict());
  const line = (key: string) => sheet.cells.find((r) => r[0] === key) ?? [];

  it('has the schools with rules across (not the failed file nor the duplicate)', () => {
    expect(sheet.cells[0]).toEqual(['参数', '默认值', '不同学校数', '一中', '二中']);
  });

  it('counts and marks the schools that differ from the default', () => {
    expect(line('优秀比例')).toEqual(['优秀比例', '30%', 1, '25%', '30%']);
    expect(line('良好比例')).toEqual(['良好比例', '40%', 0, '40%', '40%']);
    expect(sheet.formats?.some((f) => f.range.top === sheet.cells.indexOf(line('优秀比例')) && f.range.left === 3 && f.fill !== undefined)).toBe(true);
    expect(sheet.formats?.some((f) => f.range.top === sheet.cells.indexOf(line('良好比例')) && f.range.left >= 3 && f.fill !== undefined)).toBe(false);
  });

  it('compares the term dates with what most schools wrote (first of equals)', () => {
    expect(line('考核开始日期')).toEqual(['考核开始日期', '2023-09-01（多数学校）', 1, '2023-09-01', '2023-09-04']);
    expect(mostCommon(['a', 'b', 'b', null])).toBe('b');
    expect(mostCommon([])).toBeNull();
  });
});

describe('数据问题 of the district', () => {
  it('puts the district’s own issues first, then each school’s errors and warnings (no info) with 学校 and 文件', () => {
    const sheet = districtIssuesSheet(sampleDistrict());
    expect(sheet.cells.slice(1).map((r) => [r[0], r[1], r[2], r[8]])).toEqual([
      ['坏', '坏.xlsx', '错误', 'district-school-failed'],
      ['一中副本', '一中副本.xlsx', '警告', 'district-duplicate-file'],
      ['二中', '二中.xlsx', '警告', 'district-duplicate-id'],
      ['一中', '一中.xlsx', '警告', 'unknown-status'],
    ]);
  });
});

describe('图表 of the district', () => {
  it('draws tier shares as 100% stacked columns from the counts and the mean per school', () => {
    const sheet = districtChartsSheet(sampleDistrict());
    expect(sheet.charts?.map((c) => c.kind)).toEqual(['percentStackedColumn', 'column']);
    expect(sheet.cells.slice(2, 4)).toEqual([['一中', 1, 0, 1, 1], ['二中', 1, 0, 0, 0]]);
    const [shares, means] = sheet.charts ?? [];
    expect(shares?.categories).toEqual({ top: 2, left: 0, bottom: 3, right: 0 });
    expect(shares?.series.map((s) => s.name)).toEqual(['优秀', '良好', '合格', '不合格']);
    const meanTop = means?.categories.top ?? -1;
    expect(sheet.cells.slice(meanTop, meanTop + 2)).toEqual([['一中', 77.25], ['二中', 91.75]]);
  });

  it.each([[2, 16], [30, 23], [300, 68]])('a chart for %i schools ends at column %i', (n, right) => {
    expect(chartRight(n)).toBe(right);
  });
});

describe('计算记录 of the district', () => {
  it('lists every file read with its SHA-256, size, teachers and outcome', () => {
    const sheet = districtLogSheet(sampleDistrict());
    expect(sheet.cells[1]).toEqual(['汇总时间', '2024-01-20 09:05']);
    expect(sheet.cells.slice(3, 6)).toEqual([['读取文件', 4], ['已计算学校', 2], ['教师总数', 4]]);
    expect(sheet.cells.slice(-4).map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      ['in/一中.xlsx', 'a'.repeat(64), 1000, 3, '已计算'],
      ['in/二中.xlsx', 'b'.repeat(64), 2000, 1, '已计算'],
      ['in/坏.xlsx', 'c'.repeat(64), 30, null, '未计算'],
      ['in/一中副本.xlsx', 'a'.repeat(64), 1000, null, '重复文件'],
    ]);
  });
});
