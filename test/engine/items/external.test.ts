import { describe, it, expect } from 'vitest';
import { externalItem, type ExternalInput } from '../../../src/engine/items/external.js';

const base: ExternalInput = { hours: 10, hoursMax: 12, retrainingBonus: 2.5, disciplineDeduction: 0, max: 30, scope: 'school' };

describe('external item (SPEC §4: 30 × h / H_max + 二次培训 − 违纪扣分, clamp)', () => {
  it.each([
    // h, H_max, 二次培训, 违纪, points
    [10, 12, 2.5, 0, 27.5],
    [28, 32, 0, 0, 26.25],
    [12, 12, 0, 0, 30],
    [12, 12, 2, 0, 30], //   above max → 30
    [6, 12, 0, 5, 10],
    [2, 12, 0, 10, 0], //    below 0 → 0
    [0, 12, 3, 0, 3], //     bonus without hours
    [7, 9, 0, 0, 23.33],
  ])('h = %d / %d, +%d −%d gives %d', (hours, hoursMax, retrainingBonus, disciplineDeduction, points) => {
    expect(externalItem({ ...base, hours, hoursMax, retrainingBonus, disciplineDeduction }).points).toBe(points);
  });

  it('explains the number', () => {
    expect(externalItem(base).explain).toBe('外出学习 27.5 = 30 × 10/12 学时（全校最高 12）+ 二次培训 2.5 − 违纪 0');
  });

  it('says when the value was capped', () => {
    expect(externalItem({ ...base, hours: 12 }).explain).toBe(
      '外出学习 30 = 30 × 12/12 学时（全校最高 12）+ 二次培训 2.5 − 违纪 0，超过满分按 30 计',
    );
  });

  it('is 0 when H_max = 0 and there is neither 二次培训 nor 违纪', () => {
    const s = externalItem({ ...base, hours: 0, hoursMax: 0, retrainingBonus: 0 });
    expect(s).toEqual({ points: 0, explain: '外出学习 0：全校无人有外出学习学时' });
  });

  it.each([
    // SPEC §4 (issue 10 item 7): H_max = 0 zeroes the hours part only; 二次培训 and 违纪扣分 still apply.
    // 二次培训, 违纪, points
    [3, 0, 3],
    [3, 1, 2],
    [0, 2, 0], //  below 0 → 0
    [35, 0, 30], // above max → 30
  ])('H_max = 0: +%d −%d gives %d', (retrainingBonus, disciplineDeduction, points) => {
    expect(externalItem({ ...base, hours: 0, hoursMax: 0, retrainingBonus, disciplineDeduction }).points).toBe(points);
  });

  it('explains the H_max = 0 sum', () => {
    expect(externalItem({ ...base, hours: 0, hoursMax: 0, retrainingBonus: 3, disciplineDeduction: 1 }).explain).toBe(
      '外出学习 2 = 学时部分 0（全校无人有外出学习学时）+ 二次培训 3 − 违纪 1',
    );
  });

  it('says 教研组 under hoursScope group', () => {
    expect(externalItem({ ...base, scope: 'group' }).explain).toContain('（教研组最高 12）');
  });
});
