/**
 * What a generated school looks like: the knobs of the school generator (./school.ts), grouped by
 * sheet. A profile is data — value pools with weights, rates, a few listed plans — so the three uses
 * differ only in their profile (./profiles.ts), never in code:
 *
 * - the sample (`SAMPLE_PROFILE`): one realistic 初中, listed staff and calendar, a handful of slips;
 * - the bench (`realisticProfile(size, school)`): drawn staff of any size, a weekly calendar;
 * - the oracle (`EDGE_PROFILE`): tiny clean schools made of edge values (ties, .xx5 decimals, every
 *   SPEC §3.2 status word, dates as text, serial or Date, 同名 with 工号, teachers without 工号).
 *
 * Conventions that keep a profile's random stream stable: a pool of one value and a rate of 0 or 1
 * draw nothing (see `draw`/`maybe` in ./school.ts), so adding a knob never moves the sample.
 */
import { weightSum, type Prng } from './prng.js';

/** A cell as the generator writes it; Date only where the profile's date style says so. */
export type Cell = string | number | Date | null;
/** Values with relative weights: `[['出勤', 87], ['迟到', 4]]`. */
export type Weighted<T> = readonly (readonly [T, number])[];
/** An integer range, both ends included. */
export type Range = readonly [number, number];

/** How a date is written: Excel serial, Date object, ISO text, `2023/9/6` or `9月6日`. */
export type DateStyle = 'serial' | 'date' | 'iso' | 'slashes' | 'monthDay';

/** A status word, or a pool to pick one from (one more draw), or NO_ROW: the teacher has no row. */
export type StatusChoice = Cell | readonly Cell[];
export const NO_ROW = '\u0000no-row';

/** Staff listed by name, 教研组 by 教研组 (the sample): 工号 T001 …, every fourth teacher young. */
export interface ListedStaff {
  kind: 'listed';
  groups: readonly { group: string; subjects: readonly string[]; names: readonly string[] }[];
}

/** Staff drawn at random. */
export interface DrawnStaff {
  kind: 'drawn';
  /** Teachers in all: split into 教研组 of 10–15 named by subject weight (语文组, 数学组, 语文二组 …). */
  size?: number;
  /** Or 教研组 kept from a pool (each with probability `keep`, at most `max`), sizes drawn from ranges. */
  groupPool?: { names: readonly string[]; keep: number; max: number; sizes: Weighted<Range> };
  /** Names: surname + one or two given characters (few 同名), or picked from a small pool (many 同名). */
  names: 'drawn' | readonly string[];
  /** 工号 scheme: school number + 4 digits, or T001 …; `numericRate` of schools number staff 1001 …. */
  ids: 'school' | 'T';
  numericRate: number;
  /** Roster teachers without 工号 (同名 ones always get one) and without 教研组. */
  missingIdRate: number;
  blankGroupRate: number;
  echelons: readonly string[];
  mustTeachRate: number;
  /** 须开课 cell for those who must and those who need not. */
  mustTeachWords: readonly [readonly Cell[], readonly Cell[]];
  /** Share of chronic absentees (they miss `signin.chronic.missRate` of their sessions). */
  chronicRate: number;
}

/** The calendar: listed sessions (参加对象 '' = everyone), or weekly from the term's first Monday, or drawn. */
export type Calendar =
  | { kind: 'listed'; sessions: readonly { date: string; title: string; hours: number | null; target: string }[] }
  | {
    kind: 'weekly';
    monday: string;
    weeks: number;
    /** 全区 trainings on Saturdays, expecting every teacher of the district. */
    district: readonly string[];
    /** One school session a Wednesday (themes cycled), hours drawn. */
    school: readonly string[];
    schoolHours: readonly number[];
    /** Sessions per 教研组: Thursdays, then Tuesdays. */
    perGroup: number;
    group: readonly string[];
  }
  | {
    kind: 'drawn';
    count: Range;
    dates: readonly string[];
    titles: readonly string[];
    hours: readonly number[];
    /** Sessions limited to some groups, joined by one of the separators. */
    limitedRate: number;
    separators: readonly string[];
  };

/** Trainings: listed, or drawn from pools (count per school). `share` 'all' = every eligible teacher, no draw. */
export type Trainings =
  | { kind: 'listed'; list: readonly Training[] }
  | { kind: 'drawn'; count: Range; dates: readonly string[]; titles: readonly string[]; hours: readonly number[]; shares: readonly number[] };
export interface Training {
  date: string;
  title: string;
  hours: number;
  /** Who may go: these 梯队 (absent = everyone) or this 教研组. */
  echelons?: readonly string[];
  group?: string;
  share: number | 'all';
}

/** A fix-up of one generated sheet: the slips a real workbook has (the sample). */
export type Slip =
  | { kind: 'set'; sheet: string; name: string; nth: number; cells: Readonly<Record<number, Cell>> }
  | { kind: 'duplicate'; sheet: string; from: number; at: number }
  /** The first row with a 工号 after row 0 gets it in full-width characters. */
  | { kind: 'fullWidthId'; sheet: string };

/** Award kinds: listed (the sample), or drawn per school. */
export type AwardKinds =
  | { kind: 'listed'; list: readonly AwardKind[] }
  | {
    kind: 'drawn';
    /** Kinds per teacher of the school (count = int(0, round(rate × teachers))), winners per kind. */
    perTeacher: number;
    winners: Range;
    titles: readonly (readonly [string, string])[];
    /** 类别 left blank (inferred from 奖项). */
    blankCategoryRate: number;
    levels: readonly string[];
    prizes: readonly string[];
    dates: readonly string[];
    blankDateRate: number;
  };
export interface AwardKind {
  title: string;
  category: string;
  level: string;
  date: string;
  prizes: readonly string[];
  count: number;
  echelons?: readonly string[];
}

/** Judged values: a pool, or (activity) a range by 梯队. */
export interface JudgedPlan {
  /** Teachers with no 考核登记 row. */
  missingRate: number;
  grade: Weighted<Cell>;
  readingMissed: Weighted<Cell>;
  readingDeduction: Weighted<Cell>;
  activity: Weighted<Cell> | { leads: readonly string[]; lead: Range; other: Range; halfRate: number };
  /** 二次培训: a pool, or `points` for whoever went to a training whose title starts with `prefix`. */
  secondTraining: Weighted<Cell> | { prefix: string; points: number };
  discipline: Weighted<Cell>;
  taskIncomplete: Weighted<Cell>;
  collective: Weighted<Cell>;
  /** Values set for a teacher (by roster index or name) or a 教研组 in `column` (0-based, of 考核登记); that cell draws nothing. */
  fixed: readonly { index?: number; name?: string; group?: string; column: number; value: Cell }[];
  /** Plain schools: judged rows picked from these (ties everywhere). */
  plainRows: readonly (readonly Cell[])[];
}

/** One 考核规则 parameter: included with `rate`, value drawn (a tuple fills consecutive keys). */
export interface RulePlan {
  keys: readonly string[];
  values: Weighted<readonly Cell[]>;
  rate: number;
  /** Per 教研组 (`优秀比例:语文组`). */
  perGroup?: boolean;
}

export interface SchoolProfile {
  /** The school's name, put before 教研组 and session names in a district workbook ('' alone). */
  school: string;
  /** School number (1-based) for `ids: 'school'`. */
  schoolNo: number;
  /** The term: its first day, and how many days school days are drawn from. */
  term: { from: string; days: number };
  staff: ListedStaff | DrawnStaff;
  calendar: Calendar;
  dates: Weighted<DateStyle>;
  /** Rows with 工号 (同名 teachers: `shared`), per sheet; `numeric` = a numeric 工号 written as a number. */
  ids: { signin: number; external: number; awards: number; judged: number; shared: number; numeric: number };
  /** Share of "plain" schools: uniform sessions, judged rows from `judged.plainRows`, few lessons and awards. */
  plainRate: number;
  signin: {
    title?: string;
    statuses: Weighted<StatusChoice>;
    /** Word in a uniform session (every teacher present). */
    uniformWords: readonly Cell[];
    uniformRate: number;
    /** A teacher outside 参加对象 signs anyway. */
    strayRate: number;
    /** The absence word; ordinary teachers are capped at `maxAbsences`, and `absentNoRow` of those rows are missing. */
    absent: string;
    maxAbsences: number;
    absentNoRow: number;
    /** Chronic absentees: named (missing listed session indexes) or drawn (staff.chronicRate). */
    chronic: { names: readonly string[]; missed: readonly number[] } | { missRate: number };
    /** Present written otherwise in some sessions (index → word). */
    presentBySession: Readonly<Record<number, Cell>>;
    types: Weighted<Cell>;
    /** 学时 cell: 'usual' = the session's hours. */
    hours: Weighted<Cell | 'usual'>;
    spacedNameRate: number;
    /** A second row for the same teacher and session, 学时 blank. */
    duplicateRate: number;
    /** Someone not on the roster signs session 0. */
    stranger: { name: string; rate: number };
    /** 外出学习 rows kept in the sign-in sheet. */
    trainings: Trainings;
    trainingStatus: Weighted<Cell>;
    trainingHours: Weighted<Cell | 'usual'>;
  };
  external: { trainings: Trainings; status: Weighted<Cell>; hours: Weighted<Cell | 'usual'> };
  observations: {
    /** Open-class events per 教研组: lessons per event, listed by group, or a drawn count of one-lesson events. */
    events: { listed: Readonly<Record<string, readonly number[]>> } | { count: Range; perMember: number };
    /** Open-class teachers: young first (skipping `never`), or anyone. */
    teachers: { youngFirst: boolean; never: readonly string[] };
    topics: Readonly<Record<string, readonly string[]>>;
    /** 课型 and 级别 of an open lesson: by 梯队 (示范课 by the lead, at 市级 in `cityGroup`), or drawn from pools. */
    kind: { byEchelon: true; cityGroup: string } | { types: Weighted<string>; levels: Weighted<string> };
    /** Lesson dates picked from a list; absent = school days of the term. */
    dates?: readonly string[];
    /** Observers: the 教研组 or the whole school, each with a probability drawn from `rates`. */
    observersFrom: 'group' | 'school';
    rates: readonly number[];
    /** A row of an open lesson gives another 级别 (offices disagree). */
    levelSlipRate: number;
    reviewed: Weighted<Cell>;
    duplicateRate: number;
    /** 常态课 until each teacher has watched a target: `short` of them fewer. */
    everyday: { shortRate: number; short: Range; target: Range; colleagueRate: number; reviewedRate: number } | null;
    /** 同名 teachers written 王芳(T023). */
    labelShared: boolean;
    sortByDate: boolean;
  };
  awards: AwardKinds & { duplicateRate: number };
  judged: JudgedPlan;
  /** 考核规则 rows (the bench and the oracle; the sample writes the template's rules sheet). */
  rules: readonly RulePlan[];
  slips: readonly Slip[];
  /** issue 21: 学分登记 and 成果登记 (the oracle's schools); absent = the school keeps neither sheet. */
  ledgers?: LedgerPlan;
}

/** Rows of 学分登记 (SPEC §3.7) and 成果登记 (SPEC §3.8), per teacher. */
export interface LedgerPlan {
  credits: {
    rows: Range;
    /** 学年 cells (before, in and after the cycle; the scored year too), 学期 cells, 类别 cells. */
    years: Weighted<Cell>;
    terms: Weighted<Cell>;
    categories: Weighted<Cell>;
    amounts: Weighted<Cell>;
    /** The amount goes to 学时 instead of 学分. */
    hoursRate: number;
    origins: Weighted<Cell>;
  };
  deliverables: { rows: Range; categories: Weighted<Cell>; counts: Weighted<Cell>; dates: readonly string[]; undatedRate: number };
}

/** Draw from a pool: a pool of one draws nothing. Otherwise exactly `prng.weighted(pool)`, with the total cached. */
export function draw<T>(prng: Prng, pool: Weighted<T>): T {
  const only = pool.length === 1 ? pool[0] : undefined;
  if (only !== undefined) return only[0];
  let total = TOTALS.get(pool);
  if (total === undefined) {
    total = weightSum(pool);
    TOTALS.set(pool, total);
  }
  return prng.weighted(pool, total);
}
const TOTALS = new WeakMap<object, number>();

/** Pick from a list: a list of one draws nothing. */
export function pickOne<T>(prng: Prng, items: readonly T[]): T {
  return items.length === 1 ? (items[0] as T) : prng.pick(items);
}

/** A chance: rates of 0 and 1 draw nothing. */
export function maybe(prng: Prng, rate: number): boolean {
  return rate >= 1 ? true : rate <= 0 ? false : prng.chance(rate);
}
