import { describe, it, expect } from 'vitest';
import { detailSheet } from '../../../src/sheets/layout/detailSheet.js';
import { sampleContext } from './fixture.js';

describe('评分明细 (SPEC §7)', () => {
  const sheet = detailSheet(sampleContext());

  it('writes six rows per teacher with points, maximum and the engine sentence', () => {
    expect(sheet.cells[0]).toEqual(['教研组', '工号', '姓名', '分项', '得分', '满分', '说明']);
    expect(sheet.cells).toHaveLength(1 + 3 * 6);
    expect(sheet.cells[1]).toEqual(['语文组', 'T001', '张三', '外出学习', 26.25, 30, '张三 外出学习说明']);
    expect(sheet.cells[6]).toEqual(['语文组', 'T001', '张三', '教学类加分', 4.5, 10, '张三 加分说明']);
    expect(sheet.cells[13]).toEqual(['数学组', '', '王五', '外出学习', 26.25, 30, '王五 外出学习说明']);
  });

  it('puts a filterable table over all rows', () => {
    expect(sheet.table?.range).toEqual({ top: 0, left: 0, bottom: 18, right: 6 });
  });

  it.each([
    // 说明 column: 70 wide, 69 digit widths of room; CJK characters count two.
    ['张三 外出学习说明', 19],
    ['外出学习 '.repeat(10).trim(), 35],
    ['考勤 28/32 学时'.concat('，缺勤'.repeat(25)), 51],
  ])('writes each row\'s height from its 说明 %j (SPEC §7 Print-ready)', (sentence, height) => {
    const ctx = sampleContext();
    ctx.run.result.teachers[0]!.explain.external = sentence;
    const s = detailSheet(ctx);
    expect(s.rowHeights?.[1]).toBe(height);
    expect(s.rowHeights).toHaveLength(s.cells.length);
  });
});
