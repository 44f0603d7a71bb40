/**
 * 校本研训 attendance per teacher (SPEC §3.2, §4 `attendance`): attended hours, expected sessions,
 * unexcused and excused absences, over the sessions in the period.
 *
 * Runs on 1,000,000 rows: rows are resolved to (teacher, session) indices once, then walked with
 * typed arrays; expected sessions are counted per expectation kind, never teachers × sessions.
 */
import { ATTENDED_STATUSES, type Dataset, type Session } from './model.js';
import type { Rules } from './rules.js';
import type { Roster } from './roster.js';
import { inPeriod, type OutOfPeriodCounter } from './period.js';
import { HoursTally, usableHours } from './hours.js';
import { PAIR_ABSENT, PAIR_ATTENDED, PAIR_EXCUSED, pairStates } from './pairStates.js';

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

  // Pass 1: resolve indices once; note sessions whose rows need the most common 学时.
  const rows = dataset.attendance;
  const rowTeacher = new Int32Array(rows.length);
  const rowSlot = new Int32Array(rows.length);
  const needsTally = new Uint8Array(slots.length);
  let anyNeedsTally = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const s = slotByKey.get(row.sessionKey) ?? -2;
    const t = roster.indexByKey.get(row.teacherKey) ?? -1;
    rowSlot[r] = s;
    rowTeacher[r] = t;
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
      if (s < 0 || needsTally[s] === 0) continue;
      const hours = usableHours(rows[r]!.hours);
      if (hours === null) continue;
      let tally = tallies.get(s);
      if (tally === undefined) tallies.set(s, (tally = new HoursTally()));
      tally.add(hours);
    }
  }
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s]!;
    if (slot.hours === null) slot.hours = tallies.get(s)?.mostCommon() ?? rules.defaultSessionHours;
  }

  // Pass 3: best status per (teacher, session); hours count once, at the first attended row.
  const hours = new Float64Array(n);
  const covered = new Int32Array(n);
  const excused = new Int32Array(n);
  const states = pairStates(n, slots.length);
  for (let r = 0; r < rows.length; r++) {
    const t = rowTeacher[r]!;
    const s = rowSlot[r]!;
    if (t < 0 || s < 0) continue;
    const row = rows[r]!;
    const state = ATTENDED_STATUSES.has(row.status) ? PAIR_ATTENDED : row.status === 'excused' ? PAIR_EXCUSED : PAIR_ABSENT;
    const before = states.get(t, s);
    if (state <= before) continue;
    states.set(t, s, state);
    const slot = slots[s]!;
    if (state === PAIR_ATTENDED) hours[t] = (hours[t] ?? 0) + (usableHours(row.hours) ?? slot.hours ?? 0);
    if (!isExpected(slot, t, roster.groupOf[t] ?? -1)) continue;
    if (before < PAIR_EXCUSED && state >= PAIR_EXCUSED) covered[t] = (covered[t] ?? 0) + 1;
    if (state === PAIR_EXCUSED) excused[t] = (excused[t] ?? 0) + 1;
    else if (before === PAIR_EXCUSED) excused[t] = (excused[t] ?? 0) - 1;
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
