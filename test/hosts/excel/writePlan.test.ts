/**
 * writePlan (src/hosts/excel/writePlan.ts): which of our sheets a run removes — the same rule as the
 * file host (staleOutputs in src/sheets/layout/ownership.ts).
 */
import { describe, expect, it } from 'vitest';
import { writePlan } from '../../../src/hosts/excel/writePlan.js';

const sheet = (name: string) => ({ name, visibility: 'Visible', protection: { protected: false } });

describe('writePlan: stale sheets of ours', () => {
  it('removes 考核结果(1) once the school renamed its own 考核结果 (another copy of an output written now)', () => {
    const plan = writePlan([{ name: '考核结果' }], [sheet('教师名册'), sheet('考核结果(1)')], ['考核结果(1)']);
    expect(plan.targets).toEqual({ 考核结果: '考核结果' });
    expect(plan.stale).toEqual(['考核结果(1)']);
  });

  it('removes a 任务完成 of an earlier school run whose rules no longer ask for it (no stale numbers)', () => {
    const existing = [sheet('教师名册'), sheet('考核结果'), sheet('任务完成'), sheet('学分台账')];
    const plan = writePlan([{ name: '考核结果' }, { name: '学分台账' }], existing, ['考核结果', '任务完成', '学分台账']);
    expect(plan.stale).toEqual(['任务完成']);
  });

  it("keeps the school's outputs when the district sheets are written into the same workbook", () => {
    const existing = [sheet('教师名册'), sheet('考核结果'), sheet('任务完成')];
    const plan = writePlan([{ name: '学校汇总' }, { name: '全区教师' }], existing, ['考核结果', '任务完成']);
    expect(plan.stale).toEqual([]);
    // …and they stay ours: the next school run rewrites them in place.
    expect(plan.claimed).toEqual(['学校汇总', '全区教师', '考核结果', '任务完成']);
  });

  it('never removes a school sheet that merely has an output name', () => {
    const plan = writePlan([{ name: '考核结果' }], [sheet('任务完成'), sheet('考核结果')], ['考核结果']);
    expect(plan.stale).toEqual([]);
  });
});
