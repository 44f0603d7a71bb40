/**
 * The sample 考核登记 (SPEC §3.5): the items the school judges by hand — study-notes grade, reading,
 * activity points, 二次培训 bonus, discipline, unfinished tasks, collective bonus.
 */
import type { OutputCell } from '../../sheets/output.js';
import type { Prng } from './prng.js';
import type { SampleTeacher } from './roster.js';

/** The teacher who did not finish the term's task (未完成任务 = 是 → 不合格, seed 003). */
export const TASK_INCOMPLETE = '魏薇';
/** 语文组 was last term's 优秀教研组: each member gets the collective bonus. */
const COLLECTIVE_GROUP = '语文组';

/**
 * Rows of 考核登记: 工号, 姓名, 学习笔记, 读书未交, 读书扣分, 活动得分, 二次培训, 违纪扣分, 未完成任务, 集体加分.
 * Blank numbers mean 0, as the office leaves them.
 * @example judgedRows(sampleTeachers(), new Set(), new Prng(5))[0] // ['T001', '陈静', '优秀', null, …]
 */
export function judgedRows(teachers: readonly SampleTeacher[], cityTrained: ReadonlySet<string>, prng: Prng): OutputCell[][] {
  return teachers.map((t, i) => {
    const grade = i === 40 ? '不合格' : prng.weighted([['优秀', 35], ['良好', 40], ['合格', 20], ['不合格', 3]] as const);
    const missed = prng.weighted([[0, 85], [1, 12], [2, 3]] as const);
    const deduction = prng.weighted([[0, 70], [0.5, 20], [1, 10]] as const);
    const lead = t.echelon === '学科带头人' || t.echelon === '骨干教师';
    const activity = lead ? prng.int(3, 8) : prng.int(0, 4) + (prng.chance(0.3) ? 0.5 : 0);
    return [
      t.id,
      t.name,
      grade,
      missed === 0 ? null : missed,
      deduction === 0 ? null : deduction,
      activity === 0 ? null : activity,
      cityTrained.has(t.id) ? 2 : null,
      i === 17 ? 1 : null,
      t.name === TASK_INCOMPLETE ? '是' : '否',
      t.group === COLLECTIVE_GROUP ? 1 : null,
    ];
  });
}
