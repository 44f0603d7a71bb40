/**
 * 校本研训 attendance per teacher (SPEC §3.2, §4 `attendance`): attended hours, expected sessions,
 * unexcused and excused absences, over the sessions in the period.
 *
 * Runs on 1,000,000 rows: the row objects are read once into typed arrays (teacher, session, status,
 * hours), then walked in session order; expected sessions are counted per expectation kind, never
 * teachers × sessions.
 */
import { ATTENDED_STATUSES, type Dataset, type Session } from './model.js';
import type { Rules } from './rules.js';
import type { Roster } from './roster.js';
import { inPeriod, type OutOfPeriodCounter } from './period.js';
import { HoursTally, usableHours } from './hours.js';

/** Status ranks of a (teacher, session) pair: higher wins. */
const PAIR_NONE = 0;
const PAIR_ABSENT = 1;
const PAIR_EXCUSED = 2;
const PAIR_ATTENDED = 3;

export interface AttendanceTally {
  /** Attended hours (present, late, early leave, made up), expected or not. */
  hours: Float64Array;
  expected: Int32Array;
  /** Expected sessions with no attended and no excused record. */
  unexcused: Int32Array;
  /** Expected sessions with an excused record and no attended one. */
  excused: Int32Array;
}

/** Who a session in the period expects, in index form. */
interface SessionSlot {
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
  const expected = new Int32Array(n);
  const slots: SessionSlot[] = [];
  const slotByKey = new Map<string, number>(); // -1: outside the period
  const groupSessions = new Int32Array(roster.groupNames.length);
  const teacherSessions = new Int32Array(n);
  let allSessions = 0;

  for (const session of dataset.sessions) {
    if (slotByKey.has(session.key)) continue; // first definition wins
    if (!inPeriod(session.date, rules.periodFrom, rules.periodTo)) {
      slotByKey.set(session.key, -1);
      continue;
    }
    const slot = expectationOf(session, roster);
    slotByKey.set(session.key, slots.length);
    slots.push(slot);
    if (slot.all) allSessions++;
    for (const g of slot.groups ?? []) groupSessions[g] = (groupSessions[g] ?? 0) + 1;
    for (const t of slot.teachers ?? []) teacherSessions[t] = (teacherSessions[t] ?? 0) + 1;
  }
  for (let t = 0; t < n; t++) {
    expected[t] = allSessions + (groupSessions[roster.groupOf[t] ?? 0] ?? 0) + (teacherSessions[t] ?? 0);
  }

  // Pass 1: the only walk over the row objects — indices, status rank and usable hours go into typed
  // arrays; note sessions whose rows need the most common 学时.
  const rows = dataset.attendance;
  const rowTeacher = new Int32Array(rows.length);
  const rowSlot = new Int32Array(rows.length);
  const rowState = new Uint8Array(rows.length);
  const rowHours = new Float64Array(rows.length); // NaN: no usable hours of its own
  const needsTally = new Uint8Array(slots.length);
  let anyNeedsTally = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const s = slotByKey.get(row.sessionKey) ?? -2;
    rowSlot[r] = s;
    rowTeacher[r] = roster.indexByKey.get(row.teacherKey) ?? -1;
    rowState[r] = ATTENDED_STATUSES.has(row.status) ? PAIR_ATTENDED : row.status === 'excused' ? PAIR_EXCUSED : PAIR_ABSENT;
    rowHours[r] = usableHours(row.hours) ?? NaN;
    if (s === -1) outOfPeriod.add(row.source.sheet);
    if (s >= 0 && row.hours === null && slots[s]!.hours === null) {
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
  const pairSlot = new Int32Array(n).fill(-1); // the session whose pair pairState[t] holds
  const pairState = new Uint8Array(n);
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
      }
      if (!isExpected(slot, t, roster.groupOf[t] ?? -1)) continue;
      if (before < PAIR_EXCUSED && state >= PAIR_EXCUSED) covered[t] = (covered[t] ?? 0) + 1;
      if (state === PAIR_EXCUSED) excused[t] = (excused[t] ?? 0) + 1;
      else if (before === PAIR_EXCUSED) excused[t] = (excused[t] ?? 0) - 1;
    }
  }

  const unexcused = new Int32Array(n);
  for (let t = 0; t < n; t++) unexcused[t] = (expected[t] ?? 0) - (covered[t] ?? 0);
  return { hours, expected, unexcused, excused };
}

/** SPEC §3.2: all teachers, the listed 教研组, or the teachers of a matrix sheet. */
function expectationOf(session: Session, roster: Roster): SessionSlot {
  const hours = usableHours(session.hours);
  const e = session.expected;
  if (e.kind === 'all') return { all: true, groups: null, teachers: null, hours };
  if (e.kind === 'groups') {
    const groups = new Set<number>();
    for (const name of e.groups) {
      const g = roster.groupIndexByName.get(name);
      if (g !== undefined) groups.add(g);
    }
    return { all: false, groups, teachers: null, hours };
  }
  const teachers = new Set<number>();
  for (const key of e.teacherKeys) {
    const t = roster.indexByKey.get(key);
    if (t !== undefined) teachers.add(t);
  }
  return { all: false, groups: null, teachers, hours };
}

function isExpected(slot: SessionSlot, teacher: number, group: number): boolean {
  return slot.all || (slot.groups?.has(group) ?? false) || (slot.teachers?.has(teacher) ?? false);
}
