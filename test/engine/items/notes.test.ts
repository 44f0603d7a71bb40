import { describe, it, expect } from 'vitest';
import { notesItem } from '../../../src/engine/items/notes.js';
import type { JudgedRecord, NotesGrade } from '../../../src/engine/model.js';
import { rulesWith } from '../build.js';

function judged(notesGrade: NotesGrade | null): JudgedRecord {
  return {
    teacherKey: 'id:T1', notesGrade, readingMissed: 0, readingDeduction: 0, activityPoints: 0, retrainingBonus: 0,
    disciplineDeduction: 0, taskIncomplete: false, collectiveBonus: 0, source: { sheet: '考核登记', row: 2 },
  };
}

describe('notes item (SPEC §4: 20/18/16/10 × 10/20)', () => {
  it.each([
    ['优秀', 10, '学习笔记 10 = 优秀 20 分 × 10/20'],
    ['良好', 9, '学习笔记 9 = 良好 18 分 × 10/20'],
    ['合格', 8, '学习笔记 8 = 合格 16 分 × 10/20'],
    ['不合格', 5, '学习笔记 5 = 不合格 10 分 × 10/20'],
  ] as const)('%s gives %d', (grade, points, explain) => {
    expect(notesItem(judged(grade), rulesWith())).toEqual({ points, explain });
  });

  it('a missing grade gives 0', () => {
    expect(notesItem(judged(null), rulesWith())).toEqual({ points: 0, explain: '学习笔记 0：未评定等次' });
  });

  it('no 考核登记 row gives 0', () => {
    expect(notesItem(undefined, rulesWith())).toEqual({ points: 0, explain: '学习笔记 0：考核登记中无该教师记录' });
  });

  it('scales to another item max', () => {
    const rules = rulesWith({ itemMax: { ...rulesWith().itemMax, notes: 15 } });
    expect(notesItem(judged('良好'), rules).points).toBe(13.5);
  });
});
