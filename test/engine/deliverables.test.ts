import { describe, it, expect } from 'vitest';
import { deliverableCategory, owedBy, requiredCategories } from '../../src/engine/deliverables.js';
import { score } from '../../src/engine/score.js';
import type { Deliverable } from '../../src/engine/model.js';
import { DatasetBuilder, rulesWith } from './build.js';

describe('deliverable 类别 (SPEC §6: normalised, with synonyms)', () => {
  it.each([
    ['反思', '教学反思'], ['教学反思', '教学反思'], ['读书笔记', '读书心得'], ['读后感', '读书心得'], ['教学论文', '论文'],
    ['说课', '说课稿'], ['讲座', '专题讲座'], ['教 学 设 计', '教学设计'], ['ＰＰＴ', 'ppt'], ['随笔', '随笔'],
  ])('%s counts as %s', (written, canonical) => {
    expect(deliverableCategory(written)).toBe(canonical);
  });
});

describe('what a teacher owes (须交:<类别> and 须交:<类别>:<梯队>)', () => {
  const required = { 说课稿: 1, '说课稿:骨干教师': 2, '专题讲座:骨干教师': 1, 教学设计: 1 };
  it.each([
    [null, { 说课稿: 1, 教学设计: 1 }],
    ['青年教师', { 说课稿: 1, 教学设计: 1 }],
    ['骨干教师', { 说课稿: 2, 专题讲座: 1, 教学设计: 1 }],
  ])('梯队 %s owes %j', (echelon, owed) => {
    expect(owedBy(echelon, required)).toEqual(owed);
  });

  it('lists each rule 类别 once, in rule order', () => {
    expect(requiredCategories(required)).toEqual(['说课稿', '专题讲座', '教学设计']);
  });
});

/** 张三 (骨干教师) and 李四 in 语文组, 王五 in 数学组; every teacher attends the one session. */
function school(rows: Omit<Deliverable, 'source' | 'title'>[]) {
  const b = new DatasetBuilder();
  const zhang = b.teacher('张三', '语文组', { id: 'T1', echelon: '骨干教师' });
  const li = b.teacher('李四', '语文组', { id: 'T2' });
  const wang = b.teacher('王五', '数学组', { id: 'T3' });
  const [s] = b.sessions(1);
  for (const t of [zhang, li, wang]) b.attend(t, s!).judged(t);
  b.data.deliverables = rows.map((r, i) => ({ ...r, title: '', source: { sheet: '成果登记', row: i + 2 } }));
  return b.build();
}

describe('deliverables in scoring (SPEC §6, §8)', () => {
  const rows = [
    { teacherKey: 'id:T1', category: '说课稿', date: '2023-10-01', count: 1 },
    { teacherKey: 'id:T1', category: '说课', date: null, count: 1 },
    { teacherKey: 'id:T1', category: '反思', date: '2023-08-20', count: 1 },
    { teacherKey: 'id:T2', category: '教学反思', date: null, count: 2 },
    { teacherKey: 'id:T3', category: '教学论文', date: '2023-11-11', count: 1 },
    { teacherKey: 'id:T3', category: '说课稿', date: '2024-03-01', count: 1 },
  ];
  const rules = rulesWith({
    periodFrom: '2023-09-01', periodTo: '2024-01-31',
    requiredDeliverables: { 说课稿: 1, 论文或反思: 1, '专题讲座:骨干教师': 1 },
  });

  it('counts undated rows and rows inside the period; 论文或反思 is met by either', () => {
    const run = score(school(rows), rules);
    const by = Object.fromEntries(run.result.teachers.map((t) => [t.name, t.deliverables]));
    expect(by).toEqual({
      张三: { 说课稿: { have: 2, owe: 1 }, 论文或反思: { have: 0, owe: 1 }, 专题讲座: { have: 0, owe: 1 } },
      李四: { 说课稿: { have: 0, owe: 1 }, 论文或反思: { have: 2, owe: 1 } },
      王五: { 说课稿: { have: 0, owe: 1 }, 论文或反思: { have: 1, owe: 1 } },
    });
    expect(run.result.issues.find((i) => i.code === 'out-of-period' && i.sheet === '成果登记')?.params?.['count']).toBe(2);
  });

  it('notes each shortfall in 说明 and leaves the score alone by default', () => {
    const run = score(school(rows), rules);
    const remarks = run.result.teachers.map((t, i) => [t.name, run.teacherDetails[i]!.remarks.filter((r) => r.startsWith('缺'))]);
    expect(remarks).toEqual([
      ['张三', ['缺：论文或反思 1 篇、专题讲座 1 次']],
      ['李四', ['缺：说课稿 1 篇']],
      ['王五', ['缺：说课稿 1 篇']],
    ]);
    expect(run.result.teachers.map((t) => t.disqualified)).toEqual([null, null, null]);
  });

  it('with 缺交视为未完成任务 = 是 a shortfall sets 未完成任务: 考勤 0 and 不合格', () => {
    const run = score(school([...rows, { teacherKey: 'id:T3', category: '说课稿', date: null, count: 1 }]), { ...rules, missingDeliverableIsTask: true });
    const by = Object.fromEntries(run.result.teachers.map((t) => [t.name, [t.disqualified, t.tier, t.items.attendance]]));
    expect(by).toEqual({ 张三: ['task', '不合格', 0], 李四: ['task', '不合格', 0], 王五: [null, '良好', 30] }); // a group of 1: 优秀 R(0.3) = 0, 良好 R(0.7) = 1
    expect(run.result.teachers[0]!.explain.attendance).toBe('考勤 0：未交齐规定成果（缺交视为未完成任务）');
  });

  it('gives each group its completion: teachers owing something, and those who handed in all', () => {
    const run = score(school([...rows, { teacherKey: 'id:T3', category: '说课稿', date: null, count: 1 }]), rules);
    expect(run.groupDetails.map((g) => g.deliverablesDone)).toEqual([{ done: 0, of: 2 }, { done: 1, of: 1 }]);
  });

  it('without 须交 rules there is no deliverables field and no completion', () => {
    const run = score(school(rows), rulesWith());
    expect(run.result.teachers.every((t) => t.deliverables === undefined)).toBe(true);
    expect(run.groupDetails.every((g) => g.deliverablesDone === undefined)).toBe(true);
    expect(run.result.teachers.map((t) => t.echelon)).toEqual(['骨干教师', null, null]);
  });
});
