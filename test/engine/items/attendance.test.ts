import { describe, it, expect } from 'vitest';
import { attendanceItem, exceedsAbsenceLimit, type AttendanceInput } from '../../../src/engine/items/attendance.js';

const base: AttendanceInput = {
  hours: 28, hoursMax: 32, expected: 16, unexcused: 0, taskIncomplete: false, max: 30, absenceLimit: 0.2, scope: 'school',
};

describe('attendance item (SPEC §4: 30 × h / H_max)', () => {
  it.each([
    [28, 32, 26.25],
    [32, 32, 30],
    [0, 32, 0],
    [7, 9, 23.33],
    [5, 9, 16.67],
    [10, 12, 25],
  ])('h = %d, H_max = %d gives %d', (hours, hoursMax, points) => {
    expect(attendanceItem({ ...base, hours, hoursMax }).points).toBe(points);
  });

  it('explains the number with the school-wide maximum', () => {
    expect(attendanceItem(base).explain).toBe('考勤 26.25 = 30 × 28/32 学时（全校最高 32）');
  });

  it('says 教研组最高 under hoursScope group', () => {
    expect(attendanceItem({ ...base, scope: 'group' }).explain).toBe('考勤 26.25 = 30 × 28/32 学时（教研组最高 32）');
  });

  it('is 0 for all when H_max = 0', () => {
    const s = attendanceItem({ ...base, hours: 0, hoursMax: 0 });
    expect(s).toMatchObject({ points: 0, disqualified: null, explain: '考勤 0：全校无人有校本研训学时' });
  });
});

describe('attendance absence rule (seed 003 §五.2: > 20% unexcused → 0, 不合格)', () => {
  it.each([
    [0, 12, false],
    [2, 12, false],
    [3, 15, false], // exactly 20%: not above
    [1, 5, false], //  exactly 20%
    [2, 10, false], // exactly 20%
    [4, 15, true],
    [3, 12, true],
    [2, 5, true],
    [1, 1, true],
    [0, 0, false],
  ])('%i unexcused of %i expected → zeroed: %s', (unexcused, expected, zeroed) => {
    const s = attendanceItem({ ...base, unexcused, expected });
    expect(s.points === 0).toBe(zeroed);
    expect(s.disqualified).toBe(zeroed ? 'absence' : null);
  });

  it('compares exactly against limits that are not binary fractions', () => {
    expect(exceedsAbsenceLimit(7, 100, 0.07)).toBe(false);
    expect(exceedsAbsenceLimit(3, 10, 0.3)).toBe(false);
    expect(exceedsAbsenceLimit(1, 3, 0.3333)).toBe(true);
    expect(exceedsAbsenceLimit(1, 10, 0.1)).toBe(false);
    expect(exceedsAbsenceLimit(1, 9, 0.1)).toBe(true);
  });

  it('explains the zero', () => {
    const s = attendanceItem({ ...base, unexcused: 4, expected: 12 });
    expect(s.explain).toBe('考勤 0：无故缺勤 4/12 次，超过 20%');
    expect(s.reasons).toEqual(['无故缺勤 4/12 次，超过 20%']);
  });

  it('zeroes for 未完成任务 = 是 with reason "task"', () => {
    const s = attendanceItem({ ...base, taskIncomplete: true });
    expect(s).toMatchObject({ points: 0, disqualified: 'task', explain: '考勤 0：未完成校本研训规定任务' });
  });

  it('reports "absence" when both rules hold, and both reasons', () => {
    const s = attendanceItem({ ...base, unexcused: 5, expected: 10, taskIncomplete: true });
    expect(s.disqualified).toBe('absence');
    expect(s.explain).toBe('考勤 0：无故缺勤 5/10 次，超过 20%；未完成校本研训规定任务');
  });

  it('disqualifies even when nobody has hours (H_max = 0)', () => {
    expect(attendanceItem({ ...base, hours: 0, hoursMax: 0, unexcused: 3, expected: 3 }).disqualified).toBe('absence');
  });
});
