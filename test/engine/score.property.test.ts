import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { score } from '../../src/engine/score.js';
import { ITEM_KEYS, TIERS, type AttendanceStatus, type Dataset, type Level } from '../../src/engine/model.js';
import type { Rules } from '../../src/engine/rules.js';
import { rulesWith } from './build.js';
import { paceFor } from '../../src/engine/credits.js';

const STATUSES: AttendanceStatus[] = ['present', 'late', 'early', 'madeUp', 'excused', 'absent'];
const LEVELS: Level[] = ['school', 'district', 'city', 'province', 'national'];
const GROUPS = ['语文组', '数学组', '体育组', '未分组'];
const DATES = ['2023-08-30', '2023-09-06', '2023-10-10', '2023-12-01', '2024-02-02'];
const src = { sheet: '表', row: 2 };

const hours = fc.oneof(fc.constant(null), fc.constantFrom(0, 0.5, 1, 1.5, 2, 3), fc.double({ min: -5, max: 50, noNaN: true }));
const money = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1, 2.5, 3), fc.double({ min: -20, max: 40, noNaN: true }));

const dataset: fc.Arbitrary<Dataset> = fc
  .record({ teacherCount: fc.integer({ min: 0, max: 14 }), sessionCount: fc.integer({ min: 0, max: 6 }) })
  .chain(({ teacherCount, sessionCount }) => {
    const teacherKey = fc.oneof(fc.integer({ min: 0, max: teacherCount }).map((i) => `k${i}`), fc.constant('unknown'));
    const sessionKey = fc.integer({ min: 0, max: sessionCount }).map((i) => `s${i}`);
    return fc.record({
      teachers: fc.tuple(
        ...Array.from({ length: teacherCount }, (_, i) =>
          fc.record({ group: fc.constantFrom(...GROUPS), hasId: fc.boolean(), must: fc.boolean() }).map(({ group, hasId, must }) => ({
            key: `k${i}`, id: hasId ? `T${i}` : null, name: `教师${i % 5}`, group, prepGroup: null, subject: null, echelon: null,
            mustTeachLevel: must ? ('school' as const) : null, source: src,
          })),
        ),
      ),
      sessions: fc.tuple(
        ...Array.from({ length: sessionCount }, (_, i) =>
          fc.record({
            date: fc.constantFrom(...DATES),
            hours,
            expected: fc.oneof(
              fc.constant({ kind: 'all' as const }),
              fc.subarray(GROUPS).map((groups) => ({ kind: 'groups' as const, groups })),
              fc.array(teacherKey, { maxLength: 4 }).map((teacherKeys) => ({ kind: 'teachers' as const, teacherKeys })),
            ),
          }).map(({ date, hours: h, expected }) => ({ key: `s${i}`, date, title: `活动${i}`, expected, hours: h, source: src })),
        ),
      ),
      attendance: fc.array(
        fc.record({ teacherKey, sessionKey, status: fc.constantFrom(...STATUSES), hours, source: fc.constant(src) }),
        { maxLength: 60 },
      ),
      external: fc.array(
        fc.record({
          teacherKey, date: fc.option(fc.constantFrom(...DATES)), title: fc.constantFrom('培训A', '培训B'),
          status: fc.constantFrom(...STATUSES), hours, source: fc.constant(src),
        }),
        { maxLength: 15 },
      ),
      observations: fc.array(
        fc.record({
          date: fc.option(fc.constantFrom(...DATES)), observerKey: fc.option(teacherKey), teacherKey: fc.option(teacherKey),
          subject: fc.constant('语文'), topic: fc.constantFrom('甲', '乙'), lessonType: fc.constantFrom('公开课', '常态课'),
          level: fc.constantFrom(...LEVELS), reviewed: fc.constant(null), source: fc.constant(src),
        }),
        { maxLength: 20 },
      ),
      awards: fc.array(
        fc.record({
          teacherKey, title: fc.constant('奖'), category: fc.constantFrom('competition' as const, 'appraisal' as const),
          level: fc.constantFrom(...LEVELS), step: fc.integer({ min: 0, max: 5 }), date: fc.option(fc.constantFrom(...DATES)),
          source: fc.constant(src),
        }),
        { maxLength: 10 },
      ),
      judged: fc.array(
        fc.record({
          teacherKey, notesGrade: fc.option(fc.constantFrom('优秀' as const, '良好' as const, '合格' as const, '不合格' as const)),
          readingMissed: fc.integer({ min: 0, max: 5 }), readingDeduction: money, activityPoints: money, retrainingBonus: money,
          disciplineDeduction: money, taskIncomplete: fc.boolean(), collectiveBonus: money, source: fc.constant(src),
        }),
        { maxLength: 16 },
      ),
      // issue 21: 学分登记 rows of every year around the cycle, 成果登记 rows dated and undated.
      creditRows: fc.array(
        fc.record({
          teacherKey, schoolYear: fc.integer({ min: 2017, max: 2025 }), term: fc.constantFrom(1 as const, 2 as const, null),
          category: fc.constantFrom('school' as const, 'other' as const), credits: fc.oneof(fc.constantFrom(0, 0.125, 3.335, 4, 45), fc.double({ min: 0, max: 200, noNaN: true })),
          origin: fc.constant(''), source: fc.constant(src),
        }),
        { maxLength: 20 },
      ),
      deliverables: fc.array(
        fc.record({
          teacherKey, category: fc.constantFrom('说课稿', '说课', '反思', '论文', '随笔'), date: fc.option(fc.constantFrom(...DATES)),
          count: fc.constantFrom(0, 1, 2, 0.5), title: fc.constant(''), source: fc.constant(src),
        }),
        { maxLength: 15 },
      ),
    });
  });

const rules: fc.Arbitrary<Rules> = fc
  .record({
    ratioExcellent: fc.constantFrom(0, 0.15, 0.3, 0.35, 1 / 3, 0.5),
    ratioGood: fc.constantFrom(0, 0.3, 0.4, 0.45),
    quotaRounding: fc.constantFrom('round' as const, 'floor' as const, 'ceil' as const),
    tiePolicy: fc.constantFrom('share' as const, 'strict' as const),
    hoursScope: fc.constantFrom('school' as const, 'group' as const),
    absenceLimit: fc.constantFrom(0, 0.1, 0.2, 0.25, 1),
    periodFrom: fc.option(fc.constantFrom('2023-09-01', '2023-10-01')),
    periodTo: fc.option(fc.constantFrom('2024-01-31', '2023-11-30')),
    ratioExcellentByGroup: fc.constantFrom({}, { 语文组: 0.5 }, { 体育组: 0.1 }),
    creditCycleStart: fc.constantFrom(null, 2019, 2021, 2023),
    creditCycleYears: fc.constantFrom(3, 5),
    hoursPerCredit: fc.constantFrom(3, 2.5),
    externalCredits: fc.boolean(),
    requiredDeliverables: fc.constantFrom({}, { 说课稿: 1 }, { 论文或反思: 2, 说课稿: 1 }),
    missingDeliverableIsTask: fc.boolean(),
  })
  .map((r) => rulesWith(r));

describe('score properties (any dataset)', () => {
  it('never throws; totals are exact sums; items stay in [0, max]; tiers fill the group', () => {
    fc.assert(
      fc.property(dataset, rules, (ds, r) => {
        const run = score(ds, r);
        const { teachers, groups } = run.result;
        expect(teachers).toHaveLength(ds.teachers.length);
        expect(run.teacherDetails).toHaveLength(teachers.length);
        expect(run.groupDetails).toHaveLength(groups.length);
        for (const t of teachers) {
          let sum = 0;
          for (const key of ITEM_KEYS) {
            const v = t.items[key];
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(r.itemMax[key]);
            expect(Math.round(v * 100) / 100).toBe(v);
            sum += Math.round(v * 100);
          }
          expect(t.total).toBe(sum / 100);
          expect(t.tier === '不合格').toBe(t.disqualified !== null);
        }
        for (const g of groups) {
          const members = teachers.filter((t) => t.group === g.name);
          expect(members).toHaveLength(g.size);
          expect(TIERS.reduce((a, tier) => a + g.counts[tier], 0)).toBe(g.size);
          expect(g.quota.优秀 + g.quota.良好 + g.quota.合格).toBe(g.size);
          for (const tier of TIERS) expect(members.filter((t) => t.tier === tier)).toHaveLength(g.counts[tier]);
          members.forEach((t, i) => {
            expect(t.groupRank).toBe(members.findIndex((m) => m.total === t.total) + 1);
            if (i > 0) expect(members[i - 1]!.total).toBeGreaterThanOrEqual(t.total);
          });
        }
        // issue 21: the ledger adds up, its status follows its numbers; have/owe only with 须交 rules.
        const hundredths = (x: number): number => Math.round(x * 100);
        for (const t of teachers) {
          expect(t.deliverables === undefined).toBe(Object.keys(r.requiredDeliverables).length === 0);
          for (const { have, owe } of Object.values(t.deliverables ?? {})) expect(have >= 0 && owe > 0).toBe(true);
          const c = t.credits;
          if (c === undefined) continue;
          expect(hundredths(c.total)).toBe(hundredths(c.earlierSchool) + hundredths(c.earlierOther) + hundredths(c.termSchool) + hundredths(c.termOther));
          expect(hundredths(c.school)).toBe(hundredths(c.earlierSchool) + hundredths(c.termSchool));
          expect(c.owed).toBe(Math.max(0, hundredths(r.creditCycleTotal) - hundredths(c.total)) / 100);
          const done = c.total >= r.creditCycleTotal && c.school >= r.creditCycleSchoolMin;
          expect(c.status === 'done').toBe(done);
          const schoolPace = paceFor(r.creditCycleSchoolMin, run.creditYear ?? 0, r.creditCycleYears);
          expect(c.pace).toBe(paceFor(r.creditCycleTotal, run.creditYear ?? 0, r.creditCycleYears));
          expect(c.status === 'behind').toBe(!done && !(hundredths(c.total) >= hundredths(c.pace) && hundredths(c.school) >= hundredths(schoolPace)));
          if (t.tier === '不合格') expect(c.termSchool).toBe(0);
        }
        expect(teachers.some((t) => t.credits !== undefined)).toBe(run.creditYear !== undefined && teachers.length > 0);
        expect(JSON.stringify(score(ds, r))).toBe(JSON.stringify(run)); // deterministic
      }),
      { numRuns: 300 },
    );
  });
});
