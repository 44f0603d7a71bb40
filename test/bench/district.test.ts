import { describe, it, expect } from 'vitest';
import { buildDistrict } from '../../bench/district.js';
import { benchSheets } from '../../bench/sheetRows.js';

describe('buildDistrict', () => {
  it.each([60, 300, 2000])('puts %i teachers in 教研组 of 10–15', (n) => {
    const d = buildDistrict(n);
    expect(d.teachers).toHaveLength(n);
    for (const g of d.schools.flatMap((s) => s.groups)) {
      expect(g.members.length).toBeGreaterThanOrEqual(10);
      expect(g.members.length).toBeLessThanOrEqual(15);
    }
  });

  it('is one school up to 300 teachers and a district of 60–220-teacher schools beyond', () => {
    expect(buildDistrict(300).schools).toHaveLength(1);
    const district = buildDistrict(2000);
    expect(district.schools.length).toBeGreaterThan(8);
    for (const s of district.schools) expect(s.teachers.length).toBeLessThanOrEqual(220);
  });

  it('gives every teacher a unique 工号', () => {
    const ids = buildDistrict(2000).teachers.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is deterministic: the same size gives the same rows', () => {
    const rows = (n: number) => [...benchSheets(buildDistrict(n))[1]!.rows()].slice(0, 500);
    expect(rows(60)).toEqual(rows(60));
  });

  it('writes about 50 sign-in rows per teacher (1,000,000 at 20,000 teachers)', () => {
    const d = buildDistrict(300);
    const signin = benchSheets(d).find((s) => s.name === '签到表')!;
    const count = [...signin.rows()].length;
    expect(count / 300).toBeGreaterThan(45);
    expect(count / 300).toBeLessThan(55);
  });
});
