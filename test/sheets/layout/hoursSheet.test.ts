import { describe, it, expect } from 'vitest';
import { hoursSheet } from '../../../src/sheets/layout/hoursSheet.js';
import { sampleContext } from './fixture.js';

describe('上报学时 (SPEC §7)', () => {
  it('reports the engine’s hours per teacher, 0 for 不合格', () => {
    expect(hoursSheet(sampleContext()).cells).toEqual([
      ['工号', '姓名', '教研组', '等次', '校本研修学时'],
      ['T001', '张三', '语文组', '优秀', 12],
      ['=T002', '李四', '语文组', '不合格', 0],
      ['', '王五', '数学组', '合格', 12],
    ]);
  });
});
