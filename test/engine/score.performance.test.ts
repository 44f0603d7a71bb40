import { describe, it, expect } from 'vitest';
import { score } from '../../src/engine/score.js';
import type { Dataset } from '../../src/engine/model.js';
import { rulesWith } from './build.js';

/**
 * The engine must score 1,000,000 attendance rows for 20,000 teachers in ≤ 1 s (measured ≈ 0.4 s on
 * the development machine). CI runs a fifth of that with a bound generous enough for a shared CPU.
 */
function bigSchool(teachers: number, sessions: number): Dataset {
  const ds: Dataset = { teachers: [], sessions: [], attendance: [], external: [], observations: [], awards: [], judged: [] };
  const statuses = ['present', 'present', 'present', 'late', 'excused', 'absent'] as const;
  for (let t = 0; t < teachers; t++) {
    ds.teachers.push({
      key: `id:T${t}`, id: `T${t}`, name: `教师${t}`, group: `组${t % 40}`, prepGroup: null, subject: null, echelon: null,
      mustTeachOpenClass: t % 7 === 0, source: { sheet: '教师名册', row: t + 2 },
    });
    ds.judged.push({
      teacherKey: `id:T${t}`, notesGrade: '良好', readingMissed: t % 3, readingDeduction: 0, activityPoints: 5,
      retrainingBonus: 1, disciplineDeduction: 0, taskIncomplete: false, collectiveBonus: 0, source: { sheet: '考核登记', row: t + 2 },
    });
  }
  for (let s = 0; s < sessions; s++) {
    const date = `2023-10-${String(1 + (s % 28)).padStart(2, '0')}`;
    ds.sessions.push({
      key: `${date}|活动${s}`, date, title: `活动${s}`, hours: null, source: { sheet: '签到表', row: 2 },
      expected: s % 5 === 0 ? { kind: 'groups', groups: ['组1', '组2'] } : { kind: 'all' },
    });
    const sessionKey = ds.sessions[s]!.key;
    for (let t = 0; t < teachers; t++) {
      ds.attendance.push({
        teacherKey: `id:T${t}`, sessionKey, status: statuses[(t * 7 + s) % 6]!, hours: (t + s) % 3 === 0 ? null : 2,
        source: { sheet: '签到表', row: s * teachers + t + 2 },
      });
    }
  }
  return ds;
}

describe('score performance', () => {
  it('scores 200,000 attendance rows for 4,000 teachers well within a second', () => {
    const ds = bigSchool(4000, 50);
    const rules = rulesWith();
    score(ds, rules); // warm-up
    const started = performance.now();
    const run = score(ds, rules);
    const elapsed = performance.now() - started;
    expect(run.result.teachers).toHaveLength(4000);
    expect(elapsed).toBeLessThan(1000);
  });
});
