/**
 * SPEC §6 five-year credit cycle (seed 002: "每位教师五年完成省上规定的120学分(其中校本50学分)"): per
 * teacher, the credits of earlier terms from 学分登记 inside the cycle's school years, plus this term's
 * (校本 = 上报学时 / 每学分学时; 其他 = attended 外出学习 hours / 每学分学时 when 外出学习计学分 = 是),
 * against the pace 周期学分 × k / 学分周期年数 with k the cycle's school years so far.
 * Each of the four parts is rounded to 2 decimals half up; totals are sums of the rounded parts, so
 * the 学分台账 adds up on paper.
 */
import type { CreditRow, CreditStatus, TeacherCredits } from './model.js';
import type { Rules } from './rules.js';
import { makeIssue, type Issue } from './issues.js';
import { roundHalfUp, toHundredths } from './decimal.js';
import { compareTerms, schoolYearLabel, type SchoolTerm } from './schoolTerm.js';
import type { Roster } from './roster.js';

type CycleRules = Pick<Rules, 'creditCycleStart' | 'creditCycleYears' | 'creditCycleTotal' | 'creditCycleSchoolMin' | 'hoursPerCredit' | 'externalCredits'>;

/**
 * This term's credits of one teacher: 校本 from the hours reported (0 for 不合格), 其他 from attended
 * 外出学习 hours (0 with 外出学习计学分 = 否), each to 2 decimals half up.
 * @example termCredits(12, 9, rules) // { school: 4, other: 3 }
 */
export function termCredits(reportHours: number, externalHours: number, rules: Pick<Rules, 'hoursPerCredit' | 'externalCredits'>): { school: number; other: number } {
  const per = rules.hoursPerCredit > 0 ? rules.hoursPerCredit : 1;
  return {
    school: roundHalfUp(reportHours / per, 2),
    other: rules.externalCredits ? roundHalfUp(externalHours / per, 2) : 0,
  };
}

/**
 * The pace for the k-th school year of the cycle: `amount × k / years`, to 2 decimals half up.
 * @example paceFor(120, 3, 5) // 72
 */
export function paceFor(amount: number, k: number, years: number): number {
  return years > 0 ? roundHalfUp((amount * k) / years, 2) : amount;
}

export interface CreditInput {
  /** 上报学时 of the teacher this term (0 for 不合格). */
  reportHours: number;
  /** Attended 外出学习 hours this term. */
  externalHours: number;
  /** Credits of earlier terms inside the cycle, by category (from `earlierCredits`). */
  earlierSchool: number;
  earlierOther: number;
}

/**
 * One teacher's ledger line for the k-th school year of the cycle.
 * @example teacherCredits({ reportHours: 12, externalHours: 0, earlierSchool: 20, earlierOther: 40 }, 3, rules).status // 'behind'
 */
export function teacherCredits(input: CreditInput, k: number, rules: CycleRules): TeacherCredits {
  const term = termCredits(input.reportHours, input.externalHours, rules);
  const earlierSchool = roundHalfUp(input.earlierSchool, 2);
  const earlierOther = roundHalfUp(input.earlierOther, 2);
  const totalH = toHundredths(earlierSchool) + toHundredths(earlierOther) + toHundredths(term.school) + toHundredths(term.other);
  const schoolH = toHundredths(earlierSchool) + toHundredths(term.school);
  const targetH = toHundredths(rules.creditCycleTotal);
  const schoolTargetH = toHundredths(rules.creditCycleSchoolMin);
  const paceH = toHundredths(paceFor(rules.creditCycleTotal, k, rules.creditCycleYears));
  const schoolPaceH = toHundredths(paceFor(rules.creditCycleSchoolMin, k, rules.creditCycleYears));
  const status: CreditStatus = totalH >= targetH && schoolH >= schoolTargetH
    ? 'done'
    : totalH >= paceH && schoolH >= schoolPaceH ? 'onPace' : 'behind';
  return {
    earlierSchool,
    earlierOther,
    termSchool: term.school,
    termOther: term.other,
    total: totalH / 100,
    school: schoolH / 100,
    owed: Math.max(0, targetH - totalH) / 100,
    schoolOwed: Math.max(0, schoolTargetH - schoolH) / 100,
    pace: paceH / 100,
    status,
  };
}

/** The school-based part's pace (shown in 学分台账 next to the total's). */
export function schoolPace(k: number, rules: CycleRules): number {
  return paceFor(rules.creditCycleSchoolMin, k, rules.creditCycleYears);
}

export interface CreditCycle {
  /** Null when no ledger is kept (the issues say why). */
  ledger: {
    /** The cycle's school year the term falls in, 1-based (k of SPEC §6). */
    k: number;
    /** Roster position → earlier credits by category. */
    earlierSchool: Float64Array;
    earlierOther: Float64Array;
  } | null;
  issues: Issue[];
}

/**
 * Earlier terms' credits per teacher, when the term being scored lies inside the cycle; no ledger (with
 * a warning saying why) when the term is unknown or outside the cycle; null without a cycle at all.
 * Rows before the cycle, after it, and of later terms than the one scored are left out (one notice per
 * sheet with the count); a row of the scored term never reaches here (the reader warns).
 */
export function creditCycle(rows: readonly CreditRow[], roster: Roster, term: SchoolTerm | null, rules: CycleRules): CreditCycle | null {
  const start = rules.creditCycleStart;
  if (start === null) return null;
  const years = rules.creditCycleYears;
  const cycle = `${schoolYearLabel(start)} 至 ${schoolYearLabel(start + years - 1)}`;
  if (term === null) return { ledger: null, issues: [makeIssue('credit-term-unknown', {}, { cycle })] };
  const k = term.schoolYear - start + 1;
  if (k < 1 || k > years) {
    return { ledger: null, issues: [makeIssue('credit-year-outside-cycle', {}, { year: schoolYearLabel(term.schoolYear), cycle })] };
  }
  const n = roster.teachers.length;
  const earlierSchool = new Float64Array(n);
  const earlierOther = new Float64Array(n);
  const outside = new Map<string, number>();
  const later = new Map<string, number>();
  for (const row of rows) {
    const t = roster.indexByKey.get(row.teacherKey);
    if (t === undefined) continue;
    if (row.schoolYear < start || row.schoolYear > start + years - 1) {
      outside.set(row.source.sheet, (outside.get(row.source.sheet) ?? 0) + 1);
      continue;
    }
    // A row without 学期 in the scored school year is the earlier (first) term when scoring the second.
    const rowTerm: SchoolTerm = { schoolYear: row.schoolYear, term: row.term ?? 1 };
    if (compareTerms(rowTerm, term) >= 0) {
      later.set(row.source.sheet, (later.get(row.source.sheet) ?? 0) + 1);
      continue;
    }
    if (row.category === 'school') earlierSchool[t] = (earlierSchool[t] ?? 0) + row.credits;
    else earlierOther[t] = (earlierOther[t] ?? 0) + row.credits;
  }
  const issues: Issue[] = [];
  for (const [sheet, count] of outside) issues.push(makeIssue('credit-rows-outside-cycle', { sheet }, { count, cycle }));
  for (const [sheet, count] of later) issues.push(makeIssue('credit-rows-later-term', { sheet }, { count }));
  return { ledger: { k, earlierSchool, earlierOther }, issues };
}
