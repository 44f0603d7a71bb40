import { describe, it, expect } from 'vitest';
import { resultsSheet, RESULTS_HEADER } from '../../../src/sheets/layout/resultsSheet.js';
import { TIER_COLORS } from '../../../src/sheets/layout/labels.js';
import { sampleContext } from './fixture.js';

describe('考核结果 (SPEC §7)', () => {
  const sheet = resultsSheet(sampleContext());

  it('has a title row, a legend row, then the header with the six items by their Chinese names', () => {
    expect(sheet.cells[0]?.[0]).toBe('教师校本研修考核结果（2023-09-01 至 2024-01-31）');
    expect(sheet.cells[2]).toEqual([
      '教研组', '组内排名', '工号', '姓名', '外出学习', '考勤', '学习笔记', '活动参与', '读书活动', '教学类加分',
      '总分', '等次', '师德计分', '听课节数', '公开课', '说明',
    ]);
  });

  it('puts 学校名称 in front of the title when the rules name the school (issue 13)', () => {
    const ctx = sampleContext();
    ctx.rules.schoolName = '实验小学';
    expect(resultsSheet(ctx).cells[0]?.[0]).toBe('实验小学教师校本研修考核结果（2023-09-01 至 2024-01-31）');
  });

  it('cuts a 学校名称 over 100 characters in the title, keeping the 考核期 (issue 19 item 9)', () => {
    const ctx = sampleContext();
    ctx.rules.schoolName = '长'.repeat(40_000);
    expect(resultsSheet(ctx).cells[0]?.[0]).toBe(`${'长'.repeat(100)}…教师校本研修考核结果（2023-09-01 至 2024-01-31）`);
  });

  it.each([
    ['the school is not named', null, { from: '2023-09-01', to: '2024-01-31' }, '教师校本研修考核结果（2023-09-01 至 2024-01-31）', '标题缺学校名称：在考核规则中填写“学校名称”后重新计算。'],
    ['no 考核期 is set', '实验小学', null, '实验小学教师校本研修考核结果（未设定考核期，计入全部记录）', ''],
    ['both are known', '实验小学', { from: '2024-02-20', to: '2024-07-05' }, '实验小学教师校本研修考核结果（2024-02-20 至 2024-07-05）', ''],
  ])('titles the posted sheet with school and 考核期, and says what is missing when %s (SPEC §7 Print-ready)', (_, school, period, title, hint) => {
    const ctx = sampleContext();
    ctx.rules.schoolName = school;
    ctx.run.result.period = period;
    const s = resultsSheet(ctx);
    expect(s.cells[0]?.[0]).toBe(title);
    expect(s.cells[1]?.[0]).toBe(hint);
  });

  it('explains the tier colours in a legend above the header (SPEC §7 Print-ready)', () => {
    const legend = sheet.cells[1] ?? [];
    expect(legend.slice(9)).toEqual(['等次颜色：', null, '优秀', '良好', '合格', '不合格']);
    for (const [column, tier] of [[11, '优秀'], [12, '良好'], [13, '合格'], [14, '不合格']] as const) {
      const fill = sheet.formats?.find((f) => f.range.top === 1 && f.range.left === column && f.fill !== undefined);
      expect(fill?.fill).toBe(TIER_COLORS[tier]);
    }
    expect(sheet.merges).toContainEqual({ top: 1, left: 9, bottom: 1, right: 10 });
  });

  it.each([
    [12, '师德计分'],
    [13, '听课节数'],
    [14, '公开课'],
  ])('centres column %i (%s) so its digits never touch the 说明 text (SPEC §7 Print-ready)', (column) => {
    const looks = (sheet.formats ?? []).filter((f) => f.range.top <= 3 && f.range.bottom >= 3 && f.range.left <= column && f.range.right >= column && f.horizontal);
    expect(looks.at(-1)?.horizontal).toBe('center');
  });

  it.each([
    // 说明 column: 48 wide, 47 digit widths of room; CJK characters count two.
    ['no remark: the row keeps the default height', [], null],
    ['47 digit widths: one line', ['缺勤超过 20%，考核不合格', '听课 3 节，不足 10 节'], 19],
    ['49 digit widths: two lines', ['缺勤超过 20%，考核不合格', '听课 3 节，不足 10 节。'], 35],
    ['three paragraphs of a written line break', ['甲\n乙\n丙'], 51],
  ])('writes the height of 李四\'s row from its 说明 (%s)', (_, remarks, height) => {
    const ctx = sampleContext();
    ctx.run.teacherDetails[1]!.remarks = remarks;
    expect(resultsSheet(ctx).rowHeights?.[4]).toBe(height);
  });

  it('writes one row per teacher in the engine order, remarks joined with ；', () => {
    expect(sheet.cells.slice(3)).toEqual([
      ['语文组', 1, 'T001', '张三', 26.25, 30, 9, 12, 10, 4.5, 91.75, '优秀', 10, 12, 1, ''],
      ['语文组', 2, '=T002', '李四', 10, 0, 9, 0, 10, 11, 40, '不合格', 0, 12, 1, '缺勤超过 20%，考核不合格；听课 3 节，不足 10 节'],
      ['数学组', 1, '', '王五', 26.25, 30, 9, 12, 10, 4.5, 100, '合格', 6, 12, 1, ''],
    ]);
  });

  it('keeps a value starting with = as a string cell (the writer keeps it text)', () => {
    expect(typeof sheet.cells[4]?.[2]).toBe('string');
  });

  it('covers header and data with an Excel table, freezes the header and repeats it on print', () => {
    expect(sheet.table?.range).toEqual({ top: 2, left: 0, bottom: 5, right: RESULTS_HEADER.length - 1 });
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheet.print).toEqual({ orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [2, 2] });
    expect(sheet.columnWidths).toHaveLength(RESULTS_HEADER.length);
  });

  it.each([
    [3, '优秀', 'C6EFCE'],
    [4, '不合格', 'FFC7CE'],
    [5, '合格', 'FFF2CC'],
  ])('fills sheet row %i (%s) with the tier colour %s', (row, tier, color) => {
    expect(TIER_COLORS[tier as '优秀']).toBe(color);
    const fill = sheet.formats?.find((f) => f.fill !== undefined && f.range.top === row && f.range.bottom === row);
    expect(fill?.fill).toBe(color);
    expect(fill?.range.right).toBe(RESULTS_HEADER.length - 1);
  });

  it('formats the six items and 总分 as 0.00', () => {
    const f = sheet.formats?.find((x) => x.numberFormat === '0.00');
    expect(f?.range).toEqual({ top: 3, left: 4, bottom: 5, right: 10 });
  });

  it('has no table when there are no teachers', () => {
    const ctx = sampleContext();
    ctx.run.result.teachers = [];
    ctx.run.teacherDetails = [];
    expect(resultsSheet(ctx).table).toBeUndefined();
  });
});
