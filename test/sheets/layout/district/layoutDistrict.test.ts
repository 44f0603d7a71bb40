import { describe, it, expect } from 'vitest';
import { creditsSheet } from '../../../../src/sheets/layout/district/creditsSheet.js';
import { chartRight, districtChartsSheet } from '../../../../src/sheets/layout/district/districtChartsSheet.js';
import { districtIssuesSheet } from '../../../../src/sheets/layout/district/districtIssuesSheet.js';
import { districtLogSheet } from '../../../../src/sheets/layout/district/districtLogSheet.js';
import { DISTRICT_SHEET_NAMES, layoutDistrict } from '../../../../src/sheets/layout/district/layoutDistrict.js';
import { ruleDifferences, ruleDifferencesText } from '../../../../src/sheets/layout/district/ruleDifferences.js';
import { mostCommon, rulesCompareSheet } from '../../../../src/sheets/layout/district/rulesCompareSheet.js';
import { SCHOOLS_HEADER, schoolsHeader, schoolsSheet } from '../../../../src/sheets/layout/district/schoolsSheet.js';
import { TEACHERS_HEADER, teachersSheet } from '../../../../src/sheets/layout/district/teachersSheet.js';
import { defaultRules } from '../../../../src/engine/rules.js';
import type { CreditStatus, TeacherCredits } from '../../../../src/engine/model.js';
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
    // 二中: 张三 alone; its 警告 is the district's same-工号 warning about it
    [1, { 学校: '二中', 教师数: 1, 教研组数: 1, 优秀: 1, 优秀占比: 1, 平均分: 91.75, 上报学时合计: 12, 错误: 0, 警告: 1 }],
    // 坏: not scored; the district's error about it
    [2, { 学校: '坏', 教师数: null, 错误: 1, 警告: 0 }],
    // 一中副本: the duplicate warning
    [3, { 学校: '一中副本', 错误: 0, 警告: 1 }],
    // 全区合计: 4 teachers, 2 优秀 = 50%, mean (231.75 + 91.75)/4 = 80.875 → 80.88, 36 h
    // 全区合计 counts the district's own issues too: 1 error, 1 + 1 + 1 warnings
    [4, { 学校: '全区合计', 教师数: 4, 教研组数: 3, 优秀: 2, 优秀占比: 0.5, 不合格: 1, 平均分: 80.88, 上报学时合计: 36, 错误: 1, 警告: 3 }],
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

/**
 * The district of sampleDistrict with 梯队 and a credit cycle in 一中 (张三 骨干 已完成, 李四 青年 按进度,
 * 王五 骨干 落后) and 二中's 张三 青年 without a cycle, and 一中's older version superseded.
 */
function echelonDistrict() {
  const view = sampleDistrict();
  const credits = (status: CreditStatus, total: number, school: number): TeacherCredits => ({
    earlierSchool: 0, earlierOther: 0, termSchool: school, termOther: total - school, total, school, owed: 0, schoolOwed: 0, pace: 24, status,
  });
  const [one, two] = view.schools;
  const t = one?.result?.teachers ?? [];
  Object.assign(t[0] ?? {}, { echelon: '骨干教师', credits: credits('done', 120, 50) });
  Object.assign(t[1] ?? {}, { echelon: '青年教师', credits: credits('onPace', 30.5, 12.25) });
  Object.assign(t[2] ?? {}, { echelon: '骨干教师', credits: credits('behind', 10, 4) });
  Object.assign(two?.result?.teachers[0] ?? {}, { echelon: '青年教师' });
  view.schools.push({
    name: '一中', file: 'old/一中.xlsx', sha256: 'd'.repeat(64), size: 900, outcome: 'superseded', result: null, rules: null,
    error: '同校较新的“in/一中.xlsx”已计入', duplicateOf: null, supersededBy: 'in/一中.xlsx', issues: [],
  });
  return view;
}

describe('学校汇总 and 全区教师 with 梯队 and a credit cycle (issue 21 item 4)', () => {
  const view = echelonDistrict();
  const sheet = schoolsSheet(view);
  const header = schoolsHeader(view);
  const row = (i: number) => sheet.cells[2 + i] ?? [];

  it('puts a count and a share per 梯队 after the 等次, and the credit shares after 上报学时', () => {
    expect(header.slice(12, 18)).toEqual(['骨干教师', '骨干教师占比', '青年教师', '青年教师占比', '平均分', '上报学时合计']);
    expect(header.slice(18, 21)).toEqual(['学分已完成占比', '学分按进度占比', '学分落后人数']);
    expect(header).toHaveLength(SCHOOLS_HEADER.length + 4 + 3);
  });

  it('gives the header row the height of its longest wrapped label, so no label is cut on screen or paper', () => {
    // '骨干教师占比' is 12 digits wide in a column 8 wide: two lines of 16 pt and 3 pt of padding.
    expect(sheet.rowHeights?.[1]).toBe(35);
    // The title is merged across the sheet (not measured); 一中's note on its rules fits one line.
    expect(sheet.rowHeights?.[0]).toBeNull();
    expect(sheet.rowHeights?.[2]).toBe(19);
  });

  it.each([
    // 一中: 骨干 2 of 3, 青年 1 of 3; credits: 1 已完成, 1 按进度, 1 落后 of 3
    [0, { 骨干教师: 2, 骨干教师占比: 2 / 3, 青年教师: 1, 青年教师占比: 1 / 3, 学分已完成占比: 1 / 3, 学分按进度占比: 1 / 3, 学分落后人数: 1, 上报学时合计: 24 }],
    // 二中: 青年 1 of 1; no cycle → blank credit cells
    [1, { 骨干教师: 0, 骨干教师占比: 0, 青年教师: 1, 青年教师占比: 1, 学分已完成占比: null, 学分按进度占比: null, 学分落后人数: null }],
    // the superseded version: listed with the file counted instead, nothing counted
    [4, { 学校: '一中', 文件: '一中.xlsx', 教师数: null, 骨干教师: null, 说明: '旧版本：同校较新的“一中.xlsx”已计入，本文件未计入' }],
    // 全区合计: 骨干 2 of 4, 青年 2 of 4; credits over the 3 teachers that have a status; 上报学时 unchanged (36)
    [5, { 教师数: 4, 骨干教师: 2, 骨干教师占比: 0.5, 青年教师: 2, 青年教师占比: 0.5, 学分已完成占比: 1 / 3, 学分按进度占比: 1 / 3, 学分落后人数: 1, 上报学时合计: 36 }],
  ])('row %i has the hand-computed 梯队 and credit cells', (i, expected) => {
    for (const [name, value] of Object.entries(expected)) expect([name, row(i)[col(header, name)]]).toEqual([name, value]);
  });

  it('全区教师 shows each teacher’s 梯队, and 周期累计, 其中校本, 状态 (blank without a cycle)', () => {
    const teachers = teachersSheet(view);
    const head = teachers.cells[0] ?? [];
    expect(head.slice(-3)).toEqual(['周期累计', '其中校本', '状态']);
    const pick = (r: readonly unknown[]) => [r[0], r[2], r[col(TEACHERS_HEADER, '梯队')], ...r.slice(-3)];
    expect(teachers.cells.slice(1).map(pick)).toEqual([
      ['一中', '张三', '骨干教师', 120, 50, '已完成'],
      ['一中', '李四', '青年教师', 30.5, 12.25, '按进度'],
      ['一中', '王五', '骨干教师', 10, 4, '落后'],
      ['二中', '张三', '青年教师', null, null, ''],
    ]);
  });

  it('without 梯队 or a cycle the sheets keep their plain columns', () => {
    expect(schoolsHeader(sampleDistrict())).toEqual(SCHOOLS_HEADER);
    expect(teachersSheet(sampleDistrict()).cells[0]).toEqual(TEACHERS_HEADER);
  });

  it('计算记录 lists the older version and every path passed over with why', () => {
    const log = districtLogSheet({ ...view, skipped: [{ file: 'in/说明.docx', reason: '不是 .xlsx/.xlsm 工作簿' }] });
    expect(log.cells.find((r) => r[0] === 'old/一中.xlsx')?.[5]).toBe('旧版本');
    expect(log.cells.slice(-3)).toEqual([['跳过的文件'], ['路径', '原因'], ['in/说明.docx', '不是 .xlsx/.xlsm 工作簿']]);
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
