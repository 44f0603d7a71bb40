/**
 * The product against an independent reading of SPEC §3–§6 (test/oracle/oracle.ts), on hundreds of random
 * clean schools. A failing seed prints every field that differs; replay it with `randomSchool(seed)`.
 * Known product bugs this finds are pinned as focused cases in disagreements.test.ts.
 */
import { describe, it, expect } from 'vitest';
import type { CellValue, Table } from '../../src/sheets/table.js';
import { oracle } from './oracle.js';
import { compareWithOracle } from './compareWithOracle.js';
import { randomSchool } from './randomSchool.js';

const SEEDS = Array.from({ length: 500 }, (_, i) => i + 1);

describe('the product agrees with the SPEC oracle on random clean schools', () => {
  it.each(SEEDS)('seed %i', (seed) => {
    const { differences } = compareWithOracle(randomSchool(seed).tables);
    expect(differences).toEqual([]);
  });
});

// The oracle is only worth its comparisons if it is right: a few hand-computed cases of its own.
const roster = (n: number, group = '语文组'): Table => ({
  name: '教师名册',
  rows: [['工号', '姓名', '教研组'], ...Array.from({ length: n }, (_, i) => [`T${i + 1}`, `师${i + 1}`, group])],
});
const judged = (rows: CellValue[][]): Table => ({
  name: '考核登记',
  rows: [['工号', '姓名', '学习笔记', '读书未交', '读书扣分', '活动得分', '二次培训', '违纪扣分', '未完成任务', '集体加分'], ...rows],
});
const rules = (rows: CellValue[][]): Table => ({ name: '考核规则', rows: [['参数', '值'], ...rows] });

describe('the oracle itself', () => {
  it.each([
    // SPEC §5.2: 10 × 30% is exactly 3, so 向上取整 gives 3 (binary floating point would give 4).
    ['向上取整', 10, { 优秀: 3, 良好: 4, 合格: 3 }],
    ['四舍五入', 8, { 优秀: 2, 良好: 4, 合格: 2 }], // cumulative: R(2.4) = 2, R(5.6) = 6
    ['向下取整', 8, { 优秀: 2, 良好: 3, 合格: 3 }], // floor(2.4) = 2, floor(5.6) = 5
  ] as const)('quota %s of %i teachers', (rounding, n, quota) => {
    const result = oracle([roster(n), rules([['名额取整', rounding]])]);
    expect(result.groups[0]?.quota).toEqual(quota);
  });

  it('rounds half up on the decimal digits (SPEC §4: 2.675 → 2.68, 10 − 1.005 = 8.995 → 9)', () => {
    const result = oracle([roster(1), judged([['T1', '师1', '', '', 1.005, 2.675, '', '', '否', '']])]);
    expect(result.teachers[0]?.items.activity).toBe(2.68);
    expect(result.teachers[0]?.items.reading).toBe(9);
  });

  it('lets ties share the higher tier and shrinks the next one (SPEC §5.3 同档)', () => {
    // 5 teachers, quota R(1.5) = 2 优秀, R(3.5) = 4 优秀+良好: totals 10, 9, 9, 9, 8 → 优秀 ×1+3 tied, then 合格.
    const points = [10, 9, 9, 9, 8];
    const result = oracle([roster(5), judged(points.map((p, i) => [`T${i + 1}`, `师${i + 1}`, '', 4, '', p, '', '', '否', '']))]);
    expect(result.teachers.map((t) => [t.total, t.groupRank, t.tier])).toEqual([
      [10, 1, '优秀'], [9, 2, '优秀'], [9, 2, '优秀'], [9, 2, '优秀'], [8, 5, '合格'],
    ]);
    expect(result.groups[0]?.counts).toEqual({ 优秀: 4, 良好: 0, 合格: 1, 不合格: 0 });
  });

  it.each([
    // SPEC §4 "Staff changes": 9 sessions of 2 学时; 师2 joined at the 3rd and attended 6 of the 7 since.
    ['按比例', 25.71], // h' = 12 × 18/14 → 30 × 15.43/18
    ['按实际', 20], //   30 × 12/18
  ] as const)('scores a joiner on the sessions that expected her (中途入职学时 %s → %d)', (mode, points) => {
    const dates = Array.from({ length: 9 }, (_, i) => `2023-10-${String(10 + i)}`);
    const signin: CellValue[][] = [['日期', '活动', '姓名', '状态', '学时']];
    dates.forEach((d, i) => {
      signin.push([d, `研训${i}`, '师1', '出勤', 2]);
      if (i >= 2 && i !== 4) signin.push([d, `研训${i}`, '师2', '出勤', 2]);
    });
    const withDates: Table = { name: '教师名册', rows: [['工号', '姓名', '教研组', '入职日期'], ['T1', '师1', '语文组', null], ['T2', '师2', '语文组', '2023-10-12']] };
    const result = oracle([withDates, { name: '签到表', rows: signin }, rules([['中途入职学时', mode]])]);
    expect(result.teachers.map((t) => [t.items.attendance, t.disqualified])).toEqual([[30, null], [points, null]]);
  });
});
