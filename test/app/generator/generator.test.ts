import { describe, it, expect } from 'vitest';
import type { Cell } from '../../../src/app/generator/profile.js';
import { EDGE_PROFILE, realisticProfile } from '../../../src/app/generator/profiles.js';
import { schoolSheets } from '../../../src/app/generator/rows.js';
import { generateSchool } from '../../../src/app/generator/school.js';

const sheetsOf = (seed: number, profile = EDGE_PROFILE): Map<string, Cell[][]> =>
  new Map(schoolSheets(generateSchool(seed, profile)).map((s) => [s.name, [...s.rows()]]));

describe('the school generator', () => {
  it('is deterministic: the same seed and profile give the same rows', () => {
    expect(sheetsOf(42)).toEqual(sheetsOf(42));
    expect(sheetsOf(7, realisticProfile(80))).toEqual(sheetsOf(7, realisticProfile(80)));
    expect(sheetsOf(42)).not.toEqual(sheetsOf(43));
  });

  it('gives each realistic school its name and 工号 prefix', () => {
    const school = generateSchool(1, realisticProfile(120, '城关第一中学', 7));
    expect(school.teachers).toHaveLength(120);
    expect(school.groups.every((g) => g.name.startsWith('城关第一中学'))).toBe(true);
    expect(school.teachers.every((t) => t.id?.startsWith('007'))).toBe(true);
  });
});

describe('the edge-values profile (the oracle’s random schools) keeps its edge coverage', () => {
  const schools = Array.from({ length: 300 }, (_, i) => ({ school: generateSchool((i + 1) * 1000, EDGE_PROFILE), sheets: sheetsOf((i + 1) * 1000) }));
  const column = (sheet: string, c: number): Cell[] => schools.flatMap((s) => (s.sheets.get(sheet) ?? []).map((r) => r[c] ?? null));

  it('writes every SPEC §3.2 status word', () => {
    const words = new Set(column('签到表', 5).map((w) => String(w)));
    const spec = ['出勤', '到', '签到', '已签到', '正常', '参加', '✓', '√', '☑', '1', '是', 'Y', '迟到', '迟', '早退', '请假', '假', '事假', '病假', '公假',
      '公出', '出差', '调休', '缺勤', '缺', '旷', '旷会', '未到', '未签到', '×', '✗', '0', '否', 'N', '补课', '补', '补学', '已补', ''];
    for (const w of spec) expect(words, w).toContain(w);
  });

  it('writes dates as ISO text, Excel serials and Dates', () => {
    const dates = column('签到表', 0);
    expect(dates.some((d) => typeof d === 'string' && /^\d{4}-\d\d-\d\d$/.test(d))).toBe(true);
    expect(dates.some((d) => typeof d === 'number')).toBe(true);
    expect(dates.some((d) => d instanceof Date)).toBe(true);
  });

  it('has .xx5 decimals in 考核登记', () => {
    const values = schools.flatMap((s) => (s.sheets.get('考核登记') ?? []).flat());
    for (const v of [1.005, 2.675, 0.125, 8.345]) expect(values).toContain(v);
  });

  it('has 同名 teachers with 工号, rows naming them without, and teachers without 工号', () => {
    const teachers = schools.flatMap((s) => s.school.teachers);
    expect(teachers.some((t) => t.shared)).toBe(true);
    expect(teachers.filter((t) => t.shared).every((t) => t.id !== null)).toBe(true);
    expect(teachers.some((t) => t.id === null)).toBe(true);
    const sharedWithoutId = schools.some(({ school, sheets }) =>
      (sheets.get('签到表') ?? []).some((r) => r[3] === '' && school.teachers.some((t) => t.shared && t.name === r[4])));
    expect(sharedWithoutId).toBe(true);
    expect(column('教师名册', 0).some((id) => typeof id === 'number')).toBe(true);
  });

  it('has plain schools where everyone is present, so ties are likely', () => {
    const plain = schools.filter((s) => s.school.plain);
    expect(plain.length / schools.length).toBeGreaterThan(0.2);
    expect(plain.length / schools.length).toBeLessThan(0.4);
  });

  it('limits sessions with every 参加对象 separator', () => {
    const targets = column('签到表', 7).map(String).filter((t) => t !== '');
    for (const sep of ['、', ' ', ',', '，', '/']) expect(targets.some((t) => t.includes(sep)), sep).toBe(true);
  });
});
