/**
 * A school's summary (sheets/layout/district/schoolSummary.ts) says what its teachers say, counted the
 * plain way; a district kept as bytes lays out its per-school sheets from the summaries alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepAsBytes } from '../../../../src/app/keptResult.js';
import { TIERS, type CreditStatus, type Tier } from '../../../../src/engine/model.js';
import type { DistrictResult, DistrictSchool, DistrictTeacher } from '../../../../src/sheets/layout/district/districtView.js';
import { districtChartsSheet } from '../../../../src/sheets/layout/district/districtChartsSheet.js';
import { districtLogSheet } from '../../../../src/sheets/layout/district/districtLogSheet.js';
import { creditsSheet } from '../../../../src/sheets/layout/district/creditsSheet.js';
import { schoolsSheet } from '../../../../src/sheets/layout/district/schoolsSheet.js';
import { summarize, summaryOf } from '../../../../src/sheets/layout/district/schoolSummary.js';
import { sampleDistrict } from './fixture.js';

interface Given {
  tier: Tier;
  echelon: string | undefined;
  status: CreditStatus | undefined;
  hundredths: number;
  hours: number;
}

const teacherArb: fc.Arbitrary<Given> = fc.record({
  tier: fc.constantFrom<Tier>(...TIERS),
  echelon: fc.option(fc.constantFrom('骨干教师', '青年教师', '', '学科带头人'), { nil: undefined }),
  status: fc.option(fc.constantFrom<CreditStatus>('done', 'onPace', 'behind'), { nil: undefined }),
  hundredths: fc.integer({ min: 0, max: 10_000 }),
  hours: fc.constantFrom(0, 12, 10.5, 0.1),
});

function resultOf(teachers: Given[]): DistrictResult {
  const base = sampleDistrict().schools[0]?.result;
  if (!base) throw new Error('fixture changed');
  const model = base.teachers[0] as DistrictTeacher;
  return {
    ...base,
    teachers: teachers.map((t, i) => ({
      ...model,
      id: `T${i}`,
      tier: t.tier,
      total: t.hundredths / 100,
      reportHours: t.hours,
      ...(t.echelon === undefined ? {} : { echelon: t.echelon }),
      ...(t.status === undefined ? {} : { credits: { ...(model.credits ?? {}), status: t.status } as never }),
    })),
  };
}

describe('a school summary', () => {
  it('counts what the teachers say, the plain way', () => {
    fc.assert(
      fc.property(fc.array(teacherArb, { maxLength: 40 }), (given) => {
        const result = resultOf(given);
        const { teachers } = result;
        const summary = summarize(result);
        expect(summary.teachers).toBe(teachers.length);
        expect(summary.groups).toBe(result.groups.length);
        expect(summary.tiers).toEqual(TIERS.map((tier) => teachers.filter((t) => t.tier === tier).length));
        const echelons = [...new Set(teachers.map((t) => t.echelon).filter((e): e is string => typeof e === 'string' && e !== ''))];
        expect(summary.echelons).toEqual(echelons.map((e) => [e, teachers.filter((t) => t.echelon === e).length]));
        const statuses = teachers.flatMap((t) => (t.credits === undefined ? [] : [t.credits.status]));
        expect(summary.credits).toEqual({
          done: statuses.filter((s) => s === 'done').length,
          onPace: statuses.filter((s) => s === 'onPace').length,
          behind: statuses.filter((s) => s === 'behind').length,
          of: statuses.length,
        });
        expect([...summary.tierOrder].map((i) => TIERS[i])).toEqual(teachers.map((t) => t.tier));
        expect(summary.totalSum).toBe(teachers.reduce((s, t) => s + t.total, 0));
        expect(summary.reportHours).toBe(teachers.reduce((s, t) => s + t.reportHours, 0));
        const mean = teachers.length === 0 ? 0 : Math.round((teachers.reduce((s, t) => s + t.total, 0) / teachers.length) * 100) / 100;
        expect(summary.meanTotal).toBe(mean);
      }),
    );
  });

  it('is null for a school not scored, and made from the result when none was kept', () => {
    const [scored, , failed, duplicate] = sampleDistrict().schools as [DistrictSchool, DistrictSchool, DistrictSchool, DistrictSchool];
    expect(summaryOf(failed)).toBeNull();
    expect(summaryOf(duplicate)).toBeNull();
    expect(summaryOf(scored)).toEqual(summarize(scored.result as DistrictResult));
  });
});

describe('a district kept as bytes', () => {
  it('lays out 学校汇总, 图表, 计算记录 and 上报学时’s totals without decoding a school', () => {
    const view = sampleDistrict();
    const plain = sampleDistrict();
    let decoded = 0;
    for (const school of view.schools) {
      keepAsBytes(school);
      const kept = Object.getOwnPropertyDescriptor(school, 'result');
      if (kept?.get === undefined) continue; // a school not scored keeps its plain null
      Object.defineProperty(school, 'result', {
        ...kept,
        get: () => {
          decoded += 1;
          return kept.get?.call(school) as unknown;
        },
      });
    }
    expect(schoolsSheet(view)).toEqual(schoolsSheet(plain));
    expect(districtChartsSheet(view)).toEqual(districtChartsSheet(plain));
    expect(districtLogSheet(view)).toEqual(districtLogSheet(plain));
    expect(decoded).toBe(0);
    // 上报学时 decodes each school once, for its teachers' rows, and nothing for its totals.
    expect(creditsSheet(view)).toEqual(creditsSheet(plain));
    expect(decoded).toBe(2);
  });

  it('drops a school’s summary with its result (an older version superseded)', () => {
    const school = sampleDistrict().schools[0] as DistrictSchool;
    keepAsBytes(school);
    expect(school.summary?.teachers).toBe(3);
    school.result = null;
    expect(school.summary).toBeUndefined();
  });
});

describe('全区合计', () => {
  it('is what adding up the rows above gives, in 学校汇总 and in 上报学时 alike', () => {
    const view = sampleDistrict();
    // 上报学时 whose sum depends on the order of adding: (0.1 + 0.2) + 0.3 is 0.6000000000000001,
    // 0.1 + (0.2 + 0.3) is 0.6; the rows above read 0.1 and 0.5.
    const [one, two] = view.schools.map((s) => s.result);
    const first = two?.teachers[0];
    if (!one || !two || !first) throw new Error('fixture changed');
    one.teachers.forEach((t, i) => (t.reportHours = i === 0 ? 0.1 : 0));
    two.teachers = [{ ...first, reportHours: 0.2 }, { ...first, id: 'T009', reportHours: 0.3 }];
    const sheet = schoolsSheet(view);
    const header = sheet.cells[1] ?? [];
    const hours = header.indexOf('上报学时合计');
    const rows = sheet.cells.slice(2, -1).map((r) => r[hours]).filter((v): v is number => typeof v === 'number');
    const total = sheet.cells.at(-1)?.[hours];
    expect(rows).toEqual([0.1, 0.5]);
    expect(total).toBe(0.6);
    expect(creditsSheet(view).cells.at(-1)?.[4]).toBe(total);
  });
});
