/**
 * The scoring engine's entry point: Dataset + Rules → ScoreRun (SPEC §4–§6, §8).
 * Pure, deterministic and total: any Dataset gives a ScoreRun, never a throw.
 */
import {
  ITEM_KEYS, type Dataset, type GroupDetail, type GroupResult, type ItemKey, type JudgedRecord, type ScoreRun,
  type TeacherDetail, type TeacherResult,
} from './model.js';
import type { Rules } from './rules.js';
import { makeIssue, type Issue } from './issues.js';
import { buildRoster, type Roster } from './roster.js';
import { OutOfPeriodCounter, resultPeriod } from './period.js';
import { creditedHoursAll, tallyAttendance } from './attendanceTally.js';
import { tallyExternal } from './externalTally.js';
import { tallyObservations } from './observationTally.js';
import { tallyAwards } from './awards.js';
import { hoursMax, unreachableGroups } from './hoursMax.js';
import { scoreTeacher, type Tallies, type TeacherScore } from './teacherScore.js';
import { quotaFor } from './quota.js';
import { tierGroup, type TierMember } from './tiers.js';
import { checkGroup, teacherRemarks } from './checks.js';
import { roundHalfUp } from './decimal.js';
import { joinedRemark, leftRemark, notExpectedRemark } from './explain.js';
import { hasOwn } from './plainData.js';
import { tallyDeliverables, type DeliverableTally } from './deliverables.js';
import { creditCycle, teacherCredits } from './credits.js';
import { scoringTerm } from './schoolTerm.js';

/**
 * Score a term: items, totals, ranks and tiers per 教研组, §6 checks, and the engine's own issues
 * (reader issues are merged by the app).
 * @example score(dataset, defaultRules()).result.teachers[0]?.tier // '优秀'
 */
export function score(dataset: Dataset, rules: Rules): ScoreRun {
  const roster = buildRoster(dataset.teachers);
  const outOfPeriod = new OutOfPeriodCounter();
  const attendance = tallyAttendance(dataset, roster, rules, outOfPeriod);
  const externalFallbacks = new Map<number, { text: string; hours: number }[]>();
  const externalHours = tallyExternal(dataset, roster, rules, outOfPeriod, externalFallbacks);
  const observations = tallyObservations(dataset, roster, rules, outOfPeriod);
  const awards = tallyAwards(dataset, roster, rules, outOfPeriod);
  // SPEC §4 "Staff changes": a joiner's or leaver's hours are scaled (按比例) before H_max is taken.
  const attendanceMax = hoursMax(creditedHoursAll(attendance, rules.partialTermHours), roster, rules.hoursScope, '校本研训');
  const externalMax = hoursMax(externalHours, roster, rules.hoursScope, '外出学习');
  const judged = judgedByTeacher(dataset.judged, roster);
  const owesDeliverables = Object.keys(rules.requiredDeliverables).length > 0;
  const deliverables: DeliverableTally | null = owesDeliverables
    ? tallyDeliverables(dataset.deliverables ?? [], roster, rules, outOfPeriod)
    : null;
  const tallies: Tallies = {
    roster, attendance, attendanceMax: attendanceMax.perTeacher, externalHours, externalMax: externalMax.perTeacher, externalFallbacks,
    observations, awards, judged, ...(deliverables === null ? {} : { deliverableShortfall: deliverables.shortfall }),
  };
  const term = scoringTerm(dataset, rules);
  const cycle = creditCycle(dataset.creditRows ?? [], roster, term, rules);
  const ledgerRows = cycle?.ledger ?? null;

  const issues: Issue[] = [
    ...(cycle?.issues ?? []),
    ...outOfPeriod.issues(rules),
    ...attendanceMax.issues,
    ...unreachableGroups(attendance.fullHours, roster, rules.hoursScope, attendanceMax.perTeacher, rules.itemMax.attendance),
    ...externalMax.issues,
    ...awards.issues,
  ];
  // With no judged record at all the sheet is missing or empty: the reader says so once (SPEC §3),
  // instead of one warning per teacher sending the clerk to a sheet that does not exist.
  const anyJudged = dataset.judged.length > 0;
  const scores = roster.teachers.map((teacher, t) => {
    if (anyJudged && !judged.has(t)) {
      issues.push(makeIssue('no-judged-record', { sheet: teacher.source.sheet, row: teacher.source.row }, { name: teacher.name }));
    }
    return scoreTeacher(tallies, t, rules);
  });

  const teachers: TeacherResult[] = [];
  const teacherDetails: TeacherDetail[] = [];
  const groups: GroupResult[] = [];
  const groupDetails: GroupDetail[] = [];
  roster.members.forEach((members, g) => {
    const name = roster.groupNames[g] ?? '';
    const ratioExcellent = hasOwn(rules.ratioExcellentByGroup, name)
      ? (rules.ratioExcellentByGroup[name] ?? rules.ratioExcellent)
      : rules.ratioExcellent;
    const quota = quotaFor(members.length, ratioExcellent, rules.ratioGood, rules.quotaRounding, rules.quotaMethod);
    const tiers = tierGroup(members.map((t) => tierMember(roster, scores, t, rules)), quota, rules.tiePolicy);
    const done = deliverables === null ? null : { done: 0, of: 0 };
    for (const tier of ['优秀', '良好'] as const) {
      const count = tiers.overflow[tier];
      if (count > 0) issues.push(makeIssue('tier-overflow', {}, { group: name, tier, count }));
    }
    for (const { index: t, rank, tier } of tiers.placements) {
      const s = scores[t]!;
      const teacher = roster.teachers[t]!;
      const reportHours = tier === '不合格' ? 0 : rules.reportHours;
      const ledger = ledgerRows === null
        ? null
        : teacherCredits({
          reportHours, externalHours: externalHours[t] ?? 0, earlierSchool: ledgerRows.earlierSchool[t] ?? 0, earlierOther: ledgerRows.earlierOther[t] ?? 0,
        }, ledgerRows.k, rules);
      teachers.push({
        id: teacher.id,
        name: teacher.name,
        group: teacher.group,
        items: s.items,
        total: s.totalHundredths / 100,
        groupRank: rank,
        tier,
        ethicsPoints: rules.ethicsPoints[tier],
        disqualified: s.disqualified,
        observedLessons: observations.observed[t] ?? 0,
        openClasses: observations.openClasses[t] ?? 0,
        reportHours,
        explain: s.explain,
        echelon: teacher.echelon,
        ...(ledger === null ? {} : { credits: ledger }),
        ...(deliverables === null ? {} : { deliverables: deliverables.perTeacher[t] ?? {} }),
      });
      teacherDetails.push(teacherDetail(tallies, t, s, rules));
      if (done !== null && Object.keys(deliverables?.perTeacher[t] ?? {}).length > 0) {
        done.of++;
        if ((deliverables?.shortfall[t] ?? null) === null) done.done++;
      }
    }

    const events = observations.groupEvents[g] ?? 0;
    const lessons = observations.groupLessons[g] ?? 0;
    const check = checkGroup(name, events, lessons, rules);
    const totals = members.map((t) => scores[t]?.totalHundredths ?? 0);
    groups.push({
      name,
      size: members.length,
      quota,
      counts: tiers.counts,
      mean: meanOfHundredths(totals),
      openClassEvents: events,
      openClassLessons: lessons,
      eligibleForExcellentGroup: check.eligibleForExcellentGroup,
    });
    groupDetails.push({
      max: totals.reduce((a, b) => Math.max(a, b), -Infinity) / 100,
      min: totals.reduce((a, b) => Math.min(a, b), Infinity) / 100,
      ratioExcellent,
      overflow: tiers.overflow,
      itemMeans: itemMeans(members, scores),
      requiredEvents: check.requiredEvents,
      requiredLessons: check.requiredLessons,
      echelonCounts: echelonCounts(members, roster),
      staffChanges: staffChanges(members, tallies),
      ...(done === null ? {} : { deliverablesDone: done }),
    });
  });

  return {
    result: { schema: 'yanxiu.result/1', period: resultPeriod(rules), teachers, groups, issues },
    teacherDetails,
    groupDetails,
    term,
    ...(ledgerRows === null ? {} : { creditYear: ledgerRows.k }),
  };
}

/** First 考核登记 row per roster teacher (the reader reports duplicates). */
function judgedByTeacher(records: readonly JudgedRecord[], roster: Roster): Map<number, JudgedRecord> {
  const byTeacher = new Map<number, JudgedRecord>();
  for (const record of records) {
    const t = roster.indexByKey.get(record.teacherKey);
    if (t !== undefined && !byTeacher.has(t)) byTeacher.set(t, record);
  }
  return byTeacher;
}

/** SPEC §4 "Staff changes": who in the group joined, left, or was marked not expected (分组统计). */
function staffChanges(members: readonly number[], tallies: Tallies): NonNullable<GroupDetail['staffChanges']> {
  const att = tallies.attendance;
  const names = (counts: Int32Array): string[] =>
    members.filter((t) => (counts[t] ?? 0) > 0).map((t) => tallies.roster.teachers[t]?.name ?? '');
  return { joined: names(att.beforeJoin), left: names(att.afterLeave), notExpected: names(att.notExpected) };
}

/** Teachers per 梯队 in one group, in roster order of first appearance (SPEC §6, seed 004). */
function echelonCounts(members: readonly number[], roster: Roster): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of members) {
    const echelon = roster.teachers[t]?.echelon ?? null;
    if (echelon !== null) counts[echelon] = (counts[echelon] ?? 0) + 1;
  }
  return counts;
}

function tierMember(roster: Roster, scores: readonly TeacherScore[], t: number, rules: Rules): TierMember {
  const teacher = roster.teachers[t]!;
  const s = scores[t]!;
  return {
    index: t,
    id: teacher.id,
    name: teacher.name,
    total: s.totalHundredths,
    attendance: Math.round(s.items.attendance * 100),
    external: Math.round(s.items.external * 100),
    bonus: Math.round(s.items.bonus * 100),
    // 不合格处理 = 仅本项 (seed 003's literal "本项成绩不计分"): the item is 0, the teacher is tiered as usual.
    disqualified: s.disqualified !== null && rules.disqualifyMode === 'tier',
  };
}

function teacherDetail(tallies: Tallies, t: number, s: TeacherScore, rules: Rules): TeacherDetail {
  const teacher = tallies.roster.teachers[t]!;
  const att = tallies.attendance;
  return {
    key: teacher.key,
    prepGroup: teacher.prepGroup,
    subject: teacher.subject,
    attendedHours: roundHalfUp(att.hours[t] ?? 0, 4),
    attendanceHoursMax: roundHalfUp(tallies.attendanceMax[t] ?? 0, 4),
    externalHours: roundHalfUp(tallies.externalHours[t] ?? 0, 4),
    externalHoursMax: roundHalfUp(tallies.externalMax[t] ?? 0, 4),
    expectedSessions: att.expected[t] ?? 0,
    unexcusedAbsences: att.unexcused[t] ?? 0,
    excusedAbsences: att.excused[t] ?? 0,
    reviewedLessons: tallies.observations.reviewed[t] ?? 0,
    remarks: [...teacherRemarks(
      {
        disqualificationReasons: s.disqualificationReasons,
        observedLessons: tallies.observations.observed[t] ?? 0,
        reviewedLessons: tallies.observations.reviewed[t] ?? 0,
        openClassDeduction: s.openClassDeduction,
        missingOpenClassLevel: s.missingOpenClassLevel,
        echelon: teacher.echelon,
        taughtTypes: tallies.observations.taughtTypes.get(t) ?? new Set<string>(),
        deliverableShortfall: tallies.deliverableShortfall?.[t] ?? null,
      },
      rules,
    ), ...staffRemarks(tallies, t)],
  };
}

/** 说明 lines naming a joiner's or leaver's dates and the sessions left out (SPEC §4 "Staff changes"). */
function staffRemarks(tallies: Tallies, t: number): string[] {
  const teacher = tallies.roster.teachers[t]!;
  const att = tallies.attendance;
  const remarks: string[] = [];
  const before = att.beforeJoin[t] ?? 0;
  const after = att.afterLeave[t] ?? 0;
  const marked = att.notExpected[t] ?? 0;
  if (before > 0 && teacher.joined) remarks.push(joinedRemark(teacher.joined, before));
  if (after > 0 && teacher.left) remarks.push(leftRemark(teacher.left, after));
  if (marked > 0) remarks.push(notExpectedRemark(marked));
  return remarks;
}

/** Mean of integer hundredths, rounded half up to 2 decimals exactly. */
function meanOfHundredths(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.floor((2 * sum + values.length) / (2 * values.length)) / 100;
}

function itemMeans(members: readonly number[], scores: readonly TeacherScore[]): Record<ItemKey, number> {
  const means = {} as Record<ItemKey, number>;
  for (const key of ITEM_KEYS) means[key] = meanOfHundredths(members.map((t) => Math.round((scores[t]?.items[key] ?? 0) * 100)));
  return means;
}
