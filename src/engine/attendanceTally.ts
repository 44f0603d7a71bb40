/**
 * 校本研训 attendance per teacher (SPEC §3.2, §4 `attendance`): attended hours, expected sessions,
 * unexcused and excused absences, over the sessions in the period — and the staff changes of SPEC §4:
 * a session dated before a teacher's 入职日期 or after their 离职日期, or where their row or cell holds a
 * not-expected word (免签, 未入职 …), does not expect them.
 *
 * Runs on 1,000,000 rows: the row objects are read once into typed arrays (teacher, session, status,
 * hours), then walked in session order; expected sessions are counted per expectation kind, never
 * teachers × sessions.
 */
import { ATTENDED_STATUSES, type AttendanceStatus, type Dataset, type Session, type Teacher } from './model.js';
import type { PartialTermHours, Rules } from './rules.js';
import type { Roster } from './roster.js';
import { inPeriod, type OutOfPeriodCounter } from './period.js';
import { HoursTally, usableHours } from './hours.js';

/** Status ranks of a (teacher, session) pair: higher wins. */
const PAIR_NONE = 0;
const PAIR_ABSENT = 1;
const PAIR_EXCUSED = 2;
/** A not-expected word (免签 …) outranks absent and excused, and yields to an attended row. */
const PAIR_NOT_EXPECTED = 3;
const PAIR_ATTENDED = 4;

export interface AttendanceTally {
  /** Attended hours (present, late, early leave, made up), expected or not. */
  hours: Float64Array;
  /** Sessions that expect the teacher (after dates and not-expected words). */
  expected: Int32Array;
  /** Expected sessions with no attended and no excused record. */
  unexcused: Int32Array;
  /** Expected sessions with an excused record and no attended one. */
  excused: Int32Array;
  /** E of SPEC §4 "Staff changes": the hours of the sessions that expect the teacher. */
  expectedHours: Float64Array;
  /** F: the hours of the sessions that would expect them without dates and not-expected words. */
  fullHours: Float64Array;
  /** Sessions left out: dated before 入职日期, after 离职日期, and marked not expected (免签 …). */
  beforeJoin: Int32Array;
  afterLeave: Int32Array;
  notExpected: Int32Array;
  /** Attended rows whose 学时 could not be used, per teacher index: the text and the hours counted instead. */
  hoursFallbacks: ReadonlyMap<number, { text: string; hours: number }[]>;
}

/** Who a session in the period expects, in index form. */
interface SessionSlot {
  date: string;
  all: boolean;
  groups: ReadonlySet<number> | null;
  teachers: ReadonlySet<number> | null;
  /** The session's stated hours, then its resolved fallback for rows without their own. */
  hours: number | null;
}

/**
 * Tally the sign-in records of the period.
 * @example tallyAttendance(dataset, roster, rules, counter).hours[0] // 28
 */
export function tallyAttendance(
  dataset: Dataset,
  roster: Roster,
  rules: Rules,
  outOfPeriod: OutOfPeriodCounter,
): AttendanceTally {
  const n = roster.teachers.length;
  const slots: SessionSlot[] = [];
  const slotByKey = new Map<string, number>(); // -1: outside the period

  for (const session of dataset.sessions) {
    if (slotByKey.has(session.key)) continue; // first definition wins
    if (!inPeriod(session.date, rules.periodFrom, rules.periodTo)) {
      slotByKey.set(session.key, -1);
      continue;
    }
    slotByKey.set(session.key, slots.length);
    slots.push(expectationOf(session, roster));
  }

  // Pass 1: the only walk over the row objects — indices, status rank and usable hours go into typed
  // arrays; note sessions without a stated 学时: their rows without hours, and the expected hours E and F
  // of SPEC §4 "Staff changes", use the most common 学时 of their rows.
  const rows = dataset.attendance;
  const rowTeacher = new Int32Array(rows.length);
  const rowSlot = new Int32Array(rows.length);
  const rowState = new Uint8Array(rows.length);
  const rowHours = new Float64Array(rows.length); // NaN: no usable hours of its own
  const needsTally = new Uint8Array(slots.length);
  let anyNeedsTally = false;
  const unreadable = new Map<number, string>(); // row → its 学时 as written, when it could not be used
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const s = slotByKey.get(row.sessionKey) ?? -2;
    rowSlot[r] = s;
    rowTeacher[r] = roster.indexByKey.get(row.teacherKey) ?? -1;
    rowState[r] = stateOf(row.status);
    rowHours[r] = usableHours(row.hours) ?? NaN;
    if (row.hoursText !== undefined && row.hours === null) unreadable.set(r, row.hoursText);
    if (s === -1) outOfPeriod.add(row.source.sheet);
    if (s >= 0 && slots[s]!.hours === null) {
      needsTally[s] = 1;
      anyNeedsTally = true;
    }
  }

  // Pass 2: the most common stated 学时 of each session that needs it, else 默认每次学时.
  const tallies = new Map<number, HoursTally>();
  if (anyNeedsTally) {
    for (let r = 0; r < rows.length; r++) {
      const s = rowSlot[r]!;
      const stated = rowHours[r]!;
      if (s < 0 || needsTally[s] === 0 || Number.isNaN(stated)) continue;
      let tally = tallies.get(s);
      if (tally === undefined) tallies.set(s, (tally = new HoursTally()));
      tally.add(stated);
    }
  }
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s]!;
    if (slot.hours === null) slot.hours = tallies.get(s)?.mostCommon() ?? rules.defaultSessionHours;
  }
  const staff = expectedByTeacher(slots, roster);

  // Pass 3: best status per (teacher, session); hours count once, at the first attended row.
  // The rows are put in session order (a stable counting sort), so each session's pairs are settled
  // with two arrays over the teachers: no teachers × sessions table, no hash table of ~1M pairs.
  const starts = new Int32Array(slots.length + 1);
  for (let r = 0; r < rows.length; r++) {
    if (rowTeacher[r]! >= 0 && rowSlot[r]! >= 0) starts[rowSlot[r]! + 1]!++;
  }
  for (let s = 0; s < slots.length; s++) starts[s + 1]! += starts[s]!;
  const order = new Int32Array(starts[slots.length]!);
  const next = starts.slice(0, slots.length);
  for (let r = 0; r < rows.length; r++) {
    if (rowTeacher[r]! >= 0 && rowSlot[r]! >= 0) order[next[rowSlot[r]!]!++] = r;
  }
  const hours = new Float64Array(n);
  const covered = new Int32Array(n);
  const excused = new Int32Array(n);
  const notExpected = new Int32Array(n);
  const notExpectedHours = new Float64Array(n);
  const pairSlot = new Int32Array(n).fill(-1); // the session whose pair pairState[t] holds
  const pairState = new Uint8Array(n);
  const hoursFallbacks = new Map<number, { text: string; hours: number }[]>();
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s]!;
    for (let k = starts[s]!; k < starts[s + 1]!; k++) {
      const r = order[k]!;
      const t = rowTeacher[r]!;
      const state = rowState[r]!;
      const before = pairSlot[t] === s ? pairState[t]! : PAIR_NONE;
      if (state <= before) continue;
      pairSlot[t] = s;
      pairState[t] = state;
      if (state === PAIR_ATTENDED) {
        const stated = rowHours[r]!;
        hours[t] = (hours[t] ?? 0) + (Number.isNaN(stated) ? (slot.hours ?? 0) : stated);
        const text = Number.isNaN(stated) ? unreadable.get(r) : undefined;
        if (text !== undefined) {
          let list = hoursFallbacks.get(t);
          if (list === undefined) hoursFallbacks.set(t, (list = []));
          list.push({ text, hours: slot.hours ?? 0 });
        }
      }
      if (!isExpected(slot, t, roster.groupOf[t] ?? -1) || !withinDates(slot, roster.teachers[t]!)) continue;
      if (before < PAIR_EXCUSED && state >= PAIR_EXCUSED) covered[t] = (covered[t] ?? 0) + 1;
      if (state === PAIR_EXCUSED) excused[t] = (excused[t] ?? 0) + 1;
      else if (before === PAIR_EXCUSED) excused[t] = (excused[t] ?? 0) - 1;
      if (state === PAIR_NOT_EXPECTED) {
        notExpected[t] = (notExpected[t] ?? 0) + 1;
        notExpectedHours[t] = (notExpectedHours[t] ?? 0) + (slot.hours ?? 0);
      } else if (before === PAIR_NOT_EXPECTED) {
        notExpected[t] = (notExpected[t] ?? 0) - 1;
        notExpectedHours[t] = (notExpectedHours[t] ?? 0) - (slot.hours ?? 0);
      }
    }
  }

  // A session marked not expected counts as neither attended nor absent: it leaves the expected count.
  const expected = new Int32Array(n);
  const unexcused = new Int32Array(n);
  const expectedHours = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    expected[t] = (staff.inRange[t] ?? 0) - (notExpected[t] ?? 0);
    unexcused[t] = (staff.inRange[t] ?? 0) - (covered[t] ?? 0);
    expectedHours[t] = notExpected[t] === 0 ? (staff.inRangeHours[t] ?? 0) : (staff.inRangeHours[t] ?? 0) - (notExpectedHours[t] ?? 0);
  }
  return {
    hours, expected, unexcused, excused, expectedHours, fullHours: staff.fullHours,
    beforeJoin: staff.beforeJoin, afterLeave: staff.afterLeave, notExpected, hoursFallbacks,
  };
}

/**
 * SPEC §4 "Staff changes": the attended hours scoring uses. With 中途入职学时 = 按比例 a teacher expected at
 * fewer session hours (E) than a full term's (F) has `h × F / E`; with 按实际, or E = 0 (no session
 * expected them, nothing to scale by), or E = F, h itself.
 * @example creditedHours(28, 14, 18, 'prorate') // 36
 */
export function creditedHours(hours: number, expectedHours: number, fullHours: number, mode: PartialTermHours): number {
  if (mode !== 'prorate' || !(expectedHours > 0) || !(expectedHours < fullHours)) return hours;
  return (hours * fullHours) / expectedHours;
}

/** creditedHours for every roster position. */
export function creditedHoursAll(tally: AttendanceTally, mode: PartialTermHours): Float64Array {
  return tally.hours.map((h, t) => creditedHours(h, tally.expectedHours[t] ?? 0, tally.fullHours[t] ?? 0, mode));
}

function stateOf(status: AttendanceStatus): number {
  if (ATTENDED_STATUSES.has(status)) return PAIR_ATTENDED;
  if (status === 'notExpected') return PAIR_NOT_EXPECTED;
  return status === 'excused' ? PAIR_EXCUSED : PAIR_ABSENT;
}

interface StaffExpectation {
  /** Sessions (and their hours) that expect the teacher by 参加对象 / matrix and fall within their dates. */
  inRange: Int32Array;
  inRangeHours: Float64Array;
  /** F: hours of the sessions that expect them by 参加对象 / matrix, dates aside. */
  fullHours: Float64Array;
  beforeJoin: Int32Array;
  afterLeave: Int32Array;
}

/**
 * Sessions expected of each teacher, counted per expectation kind (all, per group, per listed teacher)
 * — never teachers × sessions — except for the few teachers with a 入职日期 or 离职日期, whose sessions
 * are walked one by one.
 */
function expectedByTeacher(slots: readonly SessionSlot[], roster: Roster): StaffExpectation {
  const n = roster.teachers.length;
  const groups = roster.groupNames.length;
  let allCount = 0;
  let allHours = 0;
  const groupCount = new Int32Array(groups);
  const groupHours = new Float64Array(groups);
  const teacherCount = new Int32Array(n);
  const teacherHours = new Float64Array(n);
  for (const slot of slots) {
    const h = slot.hours ?? 0;
    if (slot.all) {
      allCount++;
      allHours += h;
    }
    for (const g of slot.groups ?? []) {
      groupCount[g] = (groupCount[g] ?? 0) + 1;
      groupHours[g] = (groupHours[g] ?? 0) + h;
    }
    for (const t of slot.teachers ?? []) {
      teacherCount[t] = (teacherCount[t] ?? 0) + 1;
      teacherHours[t] = (teacherHours[t] ?? 0) + h;
    }
  }
  const inRange = new Int32Array(n);
  const inRangeHours = new Float64Array(n);
  const fullHours = new Float64Array(n);
  const beforeJoin = new Int32Array(n);
  const afterLeave = new Int32Array(n);
  for (let t = 0; t < n; t++) {
    const g = roster.groupOf[t] ?? 0;
    inRange[t] = allCount + (groupCount[g] ?? 0) + (teacherCount[t] ?? 0);
    fullHours[t] = allHours + (groupHours[g] ?? 0) + (teacherHours[t] ?? 0);
    inRangeHours[t] = fullHours[t] ?? 0;
    const teacher = roster.teachers[t]!;
    if (!hasDates(teacher)) continue;
    for (const slot of slots) {
      if (!isExpected(slot, t, g)) continue;
      const side = outsideDates(slot, teacher);
      if (side === null) continue;
      inRange[t] = (inRange[t] ?? 0) - 1;
      inRangeHours[t] = (inRangeHours[t] ?? 0) - (slot.hours ?? 0);
      if (side === 'before') beforeJoin[t] = (beforeJoin[t] ?? 0) + 1;
      else afterLeave[t] = (afterLeave[t] ?? 0) + 1;
    }
  }
  return { inRange, inRangeHours, fullHours, beforeJoin, afterLeave };
}

function hasDates(teacher: Teacher): boolean {
  return (teacher.joined ?? null) !== null || (teacher.left ?? null) !== null;
}

/** Which side of the teacher's dates a session falls on (both days themselves expect them), or null. */
function outsideDates(slot: SessionSlot, teacher: Teacher): 'before' | 'after' | null {
  const joined = teacher.joined ?? null;
  const left = teacher.left ?? null;
  if (joined !== null && slot.date < joined) return 'before';
  if (left !== null && slot.date > left) return 'after';
  return null;
}

function withinDates(slot: SessionSlot, teacher: Teacher): boolean {
  return !hasDates(teacher) || outsideDates(slot, teacher) === null;
}

/** SPEC §3.2: all teachers, the listed 教研组, or the teachers of a matrix sheet. */
function expectationOf(session: Session, roster: Roster): SessionSlot {
  const hours = usableHours(session.hours);
  const e = session.expected;
  const date = session.date;
  if (e.kind === 'all') return { date, all: true, groups: null, teachers: null, hours };
  if (e.kind === 'groups') {
    const groups = new Set<number>();
    for (const name of e.groups) {
      const g = roster.groupIndexByName.get(name);
      if (g !== undefined) groups.add(g);
    }
    return { date, all: false, groups, teachers: null, hours };
  }
  const teachers = new Set<number>();
  for (const key of e.teacherKeys) {
    const t = roster.indexByKey.get(key);
    if (t !== undefined) teachers.add(t);
  }
  return { date, all: false, groups: null, teachers, hours };
}

function isExpected(slot: SessionSlot, teacher: number, group: number): boolean {
  return slot.all || (slot.groups?.has(group) ?? false) || (slot.teachers?.has(teacher) ?? false);
}
