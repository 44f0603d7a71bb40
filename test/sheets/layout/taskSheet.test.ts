import { describe, it, expect } from 'vitest';
import { taskCell, taskSheet } from '../../../src/sheets/layout/taskSheet.js';
import { groupStatsSheet } from '../../../src/sheets/layout/groupStatsSheet.js';
import { layoutOutputs } from '../../../src/sheets/layout/layoutOutputs.js';
import { defaultRules } from '../../../src/engine/rules.js';
import { sampleContext, sampleRun } from './fixture.js';

function context() {
  const run = sampleRun();
  const [zhang, li, wang] = run.result.teachers;
  zhang!.echelon = '骨干教师';
  zhang!.deliverables = { 说课稿: { have: 2, owe: 1 }, 专题讲座: { have: 0, owe: 1 } };
  li!.deliverables = { 说课稿: { have: 0, owe: 1 } };
  wang!.deliverables = { 说课稿: { have: 1, owe: 1 } };
  run.groupDetails[0]!.deliverablesDone = { done: 0, of: 2 };
  run.groupDetails[1]!.deliverablesDone = { done: 1, of: 1 };
  return sampleContext({ run, rules: { ...defaultRules(), requiredDeliverables: { 说课稿: 1, '专题讲座:骨干教师': 1 } } });
}

describe('任务完成 (SPEC §7)', () => {
  it.each([
    [{ have: 2, owe: 1 }, '2/1 ✓'], [{ have: 1, owe: 1 }, '1/1 ✓'], [{ have: 0, owe: 1 }, '0/1 缺 1'], [{ have: 1, owe: 3 }, '1/3 缺 2'], [undefined, '—'],
  ])('%j → %s', (entry, text) => {
    expect(taskCell(entry)).toBe(text);
  });

  it('has one row per teacher and one column per required 类别', () => {
    expect(taskSheet(context())?.cells).toEqual([
      ['教研组', '工号', '姓名', '梯队', '说课稿', '专题讲座', '完成情况'],
      ['语文组', 'T001', '张三', '骨干教师', '2/1 ✓', '0/1 缺 1', '未完成'],
      ['语文组', '=T002', '李四', '', '0/1 缺 1', '—', '未完成'],
      ['数学组', '', '王五', '', '1/1 ✓', '—', '已完成'],
    ]);
  });

  it('adds each group’s completion to 分组统计, and the school’s', () => {
    const cells = groupStatsSheet(context()).cells;
    expect(cells[0]?.at(-1)).toBe('任务完成率');
    expect(cells.slice(1).map((r) => r.at(-1))).toEqual([0, 1, 1 / 3]);
  });

  it('is written only with 须交 rules, behind 上报学时', () => {
    expect(taskSheet(sampleContext())).toBeNull();
    expect(groupStatsSheet(sampleContext()).cells[0]).not.toContain('任务完成率');
    const names = layoutOutputs(context()).map((s) => s.name);
    expect(names.indexOf('任务完成')).toBe(names.indexOf('上报学时') + 1);
  });
});
