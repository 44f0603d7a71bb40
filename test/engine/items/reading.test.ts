import { describe, it, expect } from 'vitest';
import { readingItem } from '../../../src/engine/items/reading.js';
import type { JudgedRecord } from '../../../src/engine/model.js';
import { rulesWith } from '../build.js';

function judged(readingMissed: number, readingDeduction: number): JudgedRecord {
  return {
    teacherKey: 'id:T1', notesGrade: null, readingMissed, readingDeduction, activityPoints: 0, retrainingBonus: 0,
    disciplineDeduction: 0, taskIncomplete: false, collectiveBonus: 0, source: { sheet: '考核登记', row: 2 },
  };
}

describe('reading item (SPEC §4: 10 − 3 × 读书未交 − 读书扣分, floor 0)', () => {
  it.each([
    [0, 0, 10],
    [1, 0, 7],
    [2, 1, 3],
    [0, 1.5, 8.5],
    [3, 0, 1],
    [4, 0, 0], // −2 → 0 ("扣完为止")
    [3, 2, 0],
  ])('%i missed, %d deducted gives %d', (missed, deduction, points) => {
    expect(readingItem(judged(missed, deduction), rulesWith()).points).toBe(points);
  });

  it('explains the number', () => {
    expect(readingItem(judged(1, 0), rulesWith()).explain).toBe('读书活动 7 = 10 − 3 × 1 次未交 − 扣分 0');
    expect(readingItem(judged(4, 0), rulesWith()).explain).toBe('读书活动 0 = 10 − 3 × 4 次未交 − 扣分 0，不足 0 按 0 计');
  });

  it('no 考核登记 row gives 0 (judged parts score 0, SPEC §3.5)', () => {
    expect(readingItem(undefined, rulesWith())).toEqual({ points: 0, explain: '读书活动 0：考核登记中无该教师记录' });
  });
});
