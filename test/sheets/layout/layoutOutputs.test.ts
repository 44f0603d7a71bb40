import { describe, it, expect } from 'vitest';
import { layoutOutputs, OUTPUT_SHEET_NAMES } from '../../../src/sheets/layout/layoutOutputs.js';
import { sampleContext } from './fixture.js';

describe('layoutOutputs (SPEC §7)', () => {
  it('lays out the seven sheets in order', () => {
    expect(OUTPUT_SHEET_NAMES).toEqual(['考核结果', '分组统计', '评分明细', '数据问题', '上报学时', '图表', '计算记录']);
    expect(layoutOutputs(sampleContext()).map((s) => s.name)).toEqual(OUTPUT_SHEET_NAMES);
  });

  it('writes only strings, numbers and nulls', () => {
    for (const sheet of layoutOutputs(sampleContext())) {
      for (const row of sheet.cells) {
        for (const v of row) expect(v === null || typeof v === 'string' || typeof v === 'number').toBe(true);
      }
    }
  });

  it('gives every Excel table a unique name', () => {
    const names = layoutOutputs(sampleContext()).flatMap((s) => (s.table ? [s.table.name] : []));
    expect(new Set(names).size).toBe(names.length);
  });
});
