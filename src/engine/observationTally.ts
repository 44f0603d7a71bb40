/**
 * 听课记录 per teacher and per 教研组 (SPEC §3.3, §6): lessons observed, and open classes taught —
 * distinct (日期, 授课人, 课题), each counted once at the highest 级别 recorded for it.
 */
import type { Dataset, Level } from './model.js';
import type { Rules } from './rules.js';
import type { Roster } from './roster.js';
import { inPeriod, type OutOfPeriodCounter } from './period.js';

/** Levels from lowest to highest; an open class recorded at two levels counts at the higher. */
export const LEVELS: readonly Level[] = ['school', 'district', 'city', 'province', 'national'];
const LEVEL_RANK: Readonly<Record<Level, number>> = { school: 0, district: 1, city: 2, province: 3, national: 4 };

export interface ObservationTally {
  /** Rows where the teacher is 听课人. */
  observed: Int32Array;
  /** Distinct open classes taught. */
  openClasses: Int32Array;
  /** Open classes taught per level: index `teacher * LEVELS.length + LEVELS.indexOf(level)`. */
  levelCounts: Int32Array;
  /** Per group: distinct open classes taught by its teachers, and their distinct dates (SPEC §6). */
  groupLessons: Int32Array;
  groupEvents: Int32Array;
}

/**
 * Tally the observation records of the period.
 * @example tallyObservations(dataset, roster, rules, counter).observed[0] // 12
 */
export function tallyObservations(
  dataset: Dataset,
  roster: Roster,
  rules: Rules,
  outOfPeriod: OutOfPeriodCounter,
): ObservationTally {
  const n = roster.teachers.length;
  const observed = new Int32Array(n);
  const best = new Map<string, { teacher: number; rank: number; date: string | null }>();
  for (const row of dataset.observations) {
    if (!inPeriod(row.date, rules.periodFrom, rules.periodTo)) {
      outOfPeriod.add(row.source.sheet);
      continue;
    }
    const observer = row.observerKey === null ? undefined : roster.indexByKey.get(row.observerKey);
    if (observer !== undefined) observed[observer] = (observed[observer] ?? 0) + 1;
    if (!row.isOpenClass || row.teacherKey === null) continue;
    const teacher = roster.indexByKey.get(row.teacherKey);
    if (teacher === undefined) continue;
    const key = `${row.date ?? ''}|${teacher}|${row.topic}`;
    const rank = LEVEL_RANK[row.level];
    const seen = best.get(key);
    if (seen === undefined) best.set(key, { teacher, rank, date: row.date });
    else if (rank > seen.rank) seen.rank = rank;
  }

  const openClasses = new Int32Array(n);
  const levelCounts = new Int32Array(n * LEVELS.length);
  const groupLessons = new Int32Array(roster.groupNames.length);
  const groupDates = roster.groupNames.map(() => new Set<string>());
  for (const { teacher, rank, date } of best.values()) {
    const g = roster.groupOf[teacher] ?? 0;
    openClasses[teacher] = (openClasses[teacher] ?? 0) + 1;
    const at = teacher * LEVELS.length + rank;
    levelCounts[at] = (levelCounts[at] ?? 0) + 1;
    groupLessons[g] = (groupLessons[g] ?? 0) + 1;
    // An undated open class is a lesson but cannot be told apart as an event.
    if (date !== null) groupDates[g]?.add(date);
  }
  const groupEvents = Int32Array.from(groupDates, (dates) => dates.size);
  return { observed, openClasses, levelCounts, groupLessons, groupEvents };
}
