/**
 * The records the engine scores (SPEC §3, normalised) and the result it returns (SPEC §8).
 * Everything here is plain data: readers in src/sheets build a Dataset, src/engine turns
 * Dataset + Rules into a ScoreRun, layouts in src/sheets turn that into sheets.
 */
import type { Issue } from './issues.js';

/** Where a record came from: the sheet's name and its own 1-based row number. */
export interface SourceRef {
  sheet: string;
  row: number;
}

/** ISO calendar date `yyyy-mm-dd`. Comparable as a string. */
export type IsoDate = string;

/** Level of an open class or an award (SPEC §3.3, §3.4). */
export type Level = 'school' | 'district' | 'city' | 'province' | 'national';

/**
 * Attendance status after the status words of SPEC §3.2 were read. `notExpected` (免签, 未入职, 调出 …):
 * the session does not expect this teacher at all — neither attended nor absent (SPEC §4 "Staff changes").
 */
export type AttendanceStatus = 'present' | 'late' | 'early' | 'madeUp' | 'excused' | 'absent' | 'notExpected';

/** Statuses that count as attended (present, late, early leave, made up). */
export const ATTENDED_STATUSES: ReadonlySet<AttendanceStatus> = new Set(['present', 'late', 'early', 'madeUp']);

export type Tier = '优秀' | '良好' | '合格' | '不合格';
export const TIERS: readonly Tier[] = ['优秀', '良好', '合格', '不合格'];

export type NotesGrade = '优秀' | '良好' | '合格' | '不合格';

export type ItemKey = 'external' | 'attendance' | 'notes' | 'activity' | 'reading' | 'bonus';
/** The six scored items in the order of SPEC §4 and of every output. */
export const ITEM_KEYS: readonly ItemKey[] = ['external', 'attendance', 'notes', 'activity', 'reading', 'bonus'];

/** A roster teacher (SPEC §3.1). `key` is unique in the dataset and stable across runs. */
export interface Teacher {
  /** Internal identity: `id:<工号>` when there is a 工号, else `name:<姓名>#<n>`. */
  key: string;
  /** 工号, or null when the roster has none. */
  id: string | null;
  /** Normalised name (NFKC, no white space). */
  name: string;
  /** 教研组; "未分组" when the roster row had none (an error issue is raised by the reader). */
  group: string;
  prepGroup: string | null;
  subject: string | null;
  echelon: string | null;
  /**
   * 须开课 (SPEC §3.1, seed 000): the 级别 of the open class this teacher must teach (是 → 校级),
   * or null when the roster says 否 or nothing.
   */
  mustTeachLevel: Level | null;
  /**
   * 入职日期 / 离职日期 (SPEC §3.1, §4 "Staff changes"): sessions dated before `joined` or after `left`
   * do not expect this teacher (both days themselves do). Absent or null: the whole term.
   */
  joined?: IsoDate | null;
  left?: IsoDate | null;
  source: SourceRef;
}

/** Who is expected at a 校本研训 session (SPEC §3.2). */
export type Expected =
  | { kind: 'all' }
  | { kind: 'groups'; groups: string[] }
  | { kind: 'teachers'; teacherKeys: string[] };

/** One 校本研训 session, identified by (日期, 活动). */
export interface Session {
  /** `${date}|${title}` */
  key: string;
  date: IsoDate;
  title: string;
  expected: Expected;
  /** Hours stated for the whole session (matrix 学时 row), else null → resolved by the engine. */
  hours: number | null;
  source: SourceRef;
}

/** One teacher's row for one session (long shape) or one matrix cell. */
export interface AttendanceRecord {
  teacherKey: string;
  sessionKey: string;
  status: AttendanceStatus;
  /** Hours of this row; null when blank (→ session's most common → 默认每次学时). */
  hours: number | null;
  /**
   * The 学时 cell as written when it could not be used (unreadable or negative; `hours` is then null):
   * the explanation names it and the hours used instead (SPEC §3 `按 2 学时计`).
   */
  hoursText?: string;
  source: SourceRef;
}

/** One 外出学习 row (from 签到表 with 类型 外出学习, or the 外出学习 sheet). */
export interface ExternalRecord {
  teacherKey: string;
  date: IsoDate | null;
  title: string;
  status: AttendanceStatus;
  hours: number | null;
  /** The 学时 cell as written when it could not be used (`hours` is then null): named in the explanation. */
  hoursText?: string;
  source: SourceRef;
}

/** One observer at one lesson (SPEC §3.3). Keys are null when that person could not be identified. */
export interface Observation {
  date: IsoDate | null;
  observerKey: string | null;
  teacherKey: string | null;
  subject: string;
  topic: string;
  /** 课型 as written (normalised); whether it is an open class is the rule 公开课课型's call (engine). */
  lessonType: string;
  level: Level;
  reviewed: boolean | null;
  source: SourceRef;
}

export type AwardCategory = 'competition' | 'appraisal';

/** A readable, de-duplicated award (SPEC §3.4). Unreadable ones never reach the dataset. */
export interface Award {
  teacherKey: string;
  title: string;
  category: AwardCategory;
  level: Level;
  /** Steps below first prize: 一等 0, 二等 1, 三等 2, 优秀奖 3. */
  step: number;
  date: IsoDate | null;
  source: SourceRef;
}

/** One teacher's 考核登记 row (SPEC §3.5). Blank numbers are 0. */
export interface JudgedRecord {
  teacherKey: string;
  notesGrade: NotesGrade | null;
  readingMissed: number;
  readingDeduction: number;
  activityPoints: number;
  retrainingBonus: number;
  disciplineDeduction: number;
  taskIncomplete: boolean;
  collectiveBonus: number;
  source: SourceRef;
}

/** 学分登记 类别 (SPEC §3.7): 校本 (school-based) or everything else. */
export type CreditCategory = 'school' | 'other';

/** One 学分登记 row of an earlier term (SPEC §3.7), credits already converted from 学时 where needed. */
export interface CreditRow {
  teacherKey: string;
  /** The school year by its autumn: 2023 = 2023-2024. */
  schoolYear: number;
  /** 1 = 第一学期 (autumn), 2 = 第二学期 (spring), null when the row does not say. */
  term: 1 | 2 | null;
  category: CreditCategory;
  credits: number;
  /** 来源 / 备注 as written ('' when blank); rows written by record-credits say `研修考核助手 <学年> <学期>`. */
  origin: string;
  source: SourceRef;
}

/** One 成果登记 row (SPEC §3.8): a deliverable of one 类别, counted when undated or dated inside the period. */
export interface Deliverable {
  teacherKey: string;
  /** 类别 as written, normalised (NFKC, no white space); matching to rule 类别 is the engine's job. */
  category: string;
  date: IsoDate | null;
  /** 数量, default 1. */
  count: number;
  title: string;
  source: SourceRef;
}

/** The normalised records of SPEC §3. Period filtering is the engine's job (records keep dates). */
export interface Dataset {
  teachers: Teacher[];
  sessions: Session[];
  attendance: AttendanceRecord[];
  external: ExternalRecord[];
  observations: Observation[];
  awards: Award[];
  judged: JudgedRecord[];
  /** 学分登记 rows (SPEC §3.7); absent or empty when the workbook has none. */
  creditRows?: CreditRow[];
  /** 成果登记 rows (SPEC §3.8); absent or empty when the workbook has none. */
  deliverables?: Deliverable[];
}

/** SPEC §6 five-year credit cycle status: 已完成 / 按进度 / 落后. */
export type CreditStatus = 'done' | 'onPace' | 'behind';

/** SPEC §8 `credits` of one teacher (present only with a credit cycle). Exact to 2 decimals. */
export interface TeacherCredits {
  earlierSchool: number;
  earlierOther: number;
  termSchool: number;
  termOther: number;
  total: number;
  school: number;
  /** Credits still owed to the cycle total (0 when reached). */
  owed: number;
  schoolOwed: number;
  /** The pace requirement for this school year: 周期学分 × k / 学分周期年数. */
  pace: number;
  status: CreditStatus;
}

export type Disqualification = 'absence' | 'task';

/** One teacher in the result (SPEC §8). */
export interface TeacherResult {
  id: string | null;
  name: string;
  group: string;
  items: Record<ItemKey, number>;
  total: number;
  groupRank: number;
  tier: Tier;
  ethicsPoints: number;
  disqualified: Disqualification | null;
  observedLessons: number;
  openClasses: number;
  reportHours: number;
  explain: Record<ItemKey, string>;
  /** The roster's 梯队 or null (SPEC §8). Optional until every producer sets it. */
  echelon?: string | null;
  /** With a credit cycle (SPEC §6, §8). */
  credits?: TeacherCredits;
  /** With 须交 rules (SPEC §6, §8): have / owe per required 类别. */
  deliverables?: Record<string, { have: number; owe: number }>;
}

export interface GroupResult {
  name: string;
  size: number;
  quota: { 优秀: number; 良好: number; 合格: number };
  counts: Record<Tier, number>;
  mean: number;
  openClassEvents: number;
  openClassLessons: number;
  eligibleForExcellentGroup: boolean;
}

/** SPEC §8, `yanxiu.result/1`. The JSON output is this object serialised. */
export interface Result {
  schema: 'yanxiu.result/1';
  period: { from: IsoDate | null; to: IsoDate | null } | null;
  teachers: TeacherResult[];
  groups: GroupResult[];
  issues: Issue[];
}

/** What the layouts need beyond SPEC §8, per teacher, in the same order as `result.teachers`. */
export interface TeacherDetail {
  key: string;
  prepGroup: string | null;
  subject: string | null;
  /** Attended 校本研训 hours, and the H_max it was divided by. */
  attendedHours: number;
  attendanceHoursMax: number;
  externalHours: number;
  externalHoursMax: number;
  expectedSessions: number;
  unexcusedAbsences: number;
  excusedAbsences: number;
  /** Lessons observed with 评课 = 是 (SPEC §5 评课最少节数). */
  reviewedLessons: number;
  /** Reported-not-scored shortfalls and the disqualification reason, in Chinese (说明). */
  remarks: string[];
}

/** What the layouts need beyond SPEC §8, per group, in the same order as `result.groups`. */
export interface GroupDetail {
  max: number;
  min: number;
  /** Ratio actually used for 优秀 (after a per-group override). */
  ratioExcellent: number;
  /** Teachers above quota because ties share the higher tier, per tier. */
  overflow: { 优秀: number; 良好: number };
  /** Mean of each item over the group's teachers, 2 decimals. */
  itemMeans: Record<ItemKey, number>;
  /** Minimums the group was checked against (SPEC §6). */
  requiredEvents: number;
  requiredLessons: number;
  /** Teachers per 梯队 (SPEC §6, seed 004's 五级梯队); teachers without one are not counted. */
  echelonCounts: Record<string, number>;
  /**
   * Staff changes (SPEC §4): names of the group's teachers who joined or left during the term (a roster
   * 入职日期 / 离职日期 that left sessions out), and of those marked not expected at some sessions.
   */
  staffChanges?: { joined: string[]; left: string[]; notExpected: string[] };
  /** With 须交 rules: teachers who owe deliverables, and how many of them handed in every one (任务完成率). */
  deliverablesDone?: { done: number; of: number };
}

/** Everything one scoring run produces. */
export interface ScoreRun {
  result: Result;
  teacherDetails: TeacherDetail[];
  groupDetails: GroupDetail[];
  /** The term scored (period, else most dated sessions), null when nothing tells (SPEC §3.7, §7 record-credits). */
  term?: { schoolYear: number; term: 1 | 2 } | null;
  /** With a credit ledger: the cycle's school year the term falls in (k of SPEC §6). */
  creditYear?: number;
}
