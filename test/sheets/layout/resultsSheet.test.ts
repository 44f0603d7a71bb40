import { describe, it, expect } from 'vitest';
import { resultsSheet, RESULTS_HEADER } from '../../../src/sheets/layout/resultsSheet.js';
import { TIER_COLORS } from '../../../src/sheets/layout/labels.js';
import { sampleContext } from './fixture.js';

describe('考核结果 (SPEC §7)', () => {
  const sheet = resultsSheet(sampleContext());

  it('has a title row, then the header with the six items by their Chinese names', () => {
    expect(sheet.cells[0]?.[0]).toBe('教师校本研修考核结果（2023-09-01 至 2024-01-31）');
    expect(sheet.cells[1]).toEqual([
      '教研组', '组内排名', '工号', '姓名', '外出学习', '考勤', '学习笔记', '活动参与', '读书活动', '教学类加分',
      '总分', '等次', '师德计分', '听课节数', '公开课', '说明',
    ]);
  });

  it('puts 学校名称 in front of the title when the rules name the school (issue 13)', () => {
    const ctx = sampleContext();
    ctx.rules.schoolName = '实验小学';
    expect(resultsSheet(ctx).cells[0]?.[0]).toBe('实验小学教师校本研修考核结果（2023-09-01 至 2024-01-31）');
  });

  it('writes one row per teacher in the engine order, remarks joined with ；', () => {
    expect(sheet.cells.slice(2)).toEqual([
      ['语文组', 1, 'T001', '张三', 26.25, 30, 9, 12, 10, 4.5, 91.75, '优秀', 10, 12, 1, ''],
      ['语文组', 2, '=T002', '李四', 10, 0, 9, 0, 10, 11, 40, '不合格', 0, 12, 1, '缺勤超过 20%，考核不合格；听课 3 节，不足 10 节'],
      ['数学组', 1, '', '王五', 26.25, 30, 9, 12, 10, 4.5, 100, '合格', 6, 12, 1, ''],
    ]);
  });

  it('keeps a value starting with = as a string cell (the writer keeps it text)', () => {
    expect(typeof sheet.cells[3]?.[2]).toBe('string');
  });

  it('covers header and data with an Excel table, freezes the header and repeats it on print', () => {
    expect(sheet.table?.range).toEqual({ top: 1, left: 0, bottom: 4, right: RESULTS_HEADER.length - 1 });
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
    expect(sheet.print).toEqual({ orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [1, 1] });
    expect(sheet.columnWidths).toHaveLength(RESULTS_HEADER.length);
  });

  it.each([
    [2, '优秀', 'C6EFCE'],
    [3, '不合格', 'FFC7CE'],
    [4, '合格', 'FFF2CC'],
  ])('fills sheet row %i (%s) with the tier colour %s', (row, tier, color) => {
    expect(TIER_COLORS[tier as '优秀']).toBe(color);
    const fill = sheet.formats?.find((f) => f.fill !== undefined && f.range.top === row && f.range.bottom === row);
    expect(fill?.fill).toBe(color);
    expect(fill?.range.right).toBe(RESULTS_HEADER.length - 1);
  });

  it('formats the six items and 总分 as 0.00', () => {
    const f = sheet.formats?.find((x) => x.numberFormat === '0.00');
    expect(f?.range).toEqual({ top: 2, left: 4, bottom: 4, right: 10 });
  });

  it('has no table when there are no teachers', () => {
    const ctx = sampleContext();
    ctx.run.result.teachers = [];
    ctx.run.teacherDetails = [];
    expect(resultsSheet(ctx).table).toBeUndefined();
  });
});
