/**
 * 听课记录 per teacher and per 教研组 (SPEC §3.3, §6): lessons observed (and of those, reviewed —
 * 评课 = 是), and open classes taught — distinct (日期, 授课人, 课题) whose 课型 is one of the rule
 * 公开课课型, each counted once at the highest 级别 recorded for it.
 */
import type { Dataset, Level } from './model.js';
import { isOpenClassType, type Rules } from './rules.js';
import { LEVEL_ORDER } from './levels.js';
import type { Roster } from './roster.js';
import { inPeriod, type OutOfPeriodCounter } from './period.js';

/** Levels from lowest to highest; an open class recorded at two levels counts at the higher. */
export const LEVELS: readonly Level[] = LEVEL_ORDER;
const LEVEL_RANK: Readonly<Record<Level, number>> = { school: 0, district: 1, city: 2, province: 3, national: 4 };

export interface ObservationTally {
  /** Rows where the teacher is 听课人. */
  observed: Int32Array;
  /** Rows where the teacher is 听课人 and 评课 = 是. */
  reviewed: Int32Array;
  /**
   * 课型 of the lessons each teacher taught (any 课型, open class or not), kept only when a
   * `须开课课型:<梯队>` rule asks for them; otherwise empty.
   */
  taughtTypes: Map<number, Set<string>>;
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
  const reviewed = new Int32Array(n);
  const taughtTypes = new Map<number, Set<string>>();
  const wantTypes = Object.keys(rules.openClassTypesByEchelon).length > 0;
  const openTypes = new Map<string, boolean>();
  const best = new Map<string, { teacher: number; rank: number; date: string | null }>();
  for (const row of dataset.observations) {
    if (!inPeriod(row.date, rules.periodFrom, rules.periodTo)) {
      outOfPeriod.add(row.source.sheet);
      continue;
    }
    const observer = row.observerKey === null ? undefined : roster.indexByKey.get(row.observerKey);
    if (observer !== undefined) {
      observed[observer] = (observed[observer] ?? 0) + 1;
      if (row.reviewed === true) reviewed[observer] = (reviewed[observer] ?? 0) + 1;
    }
    if (row.teacherKey === null) continue;
    const teacher = roster.indexByKey.get(row.teacherKey);
    if (teacher === undefined) continue;
    if (wantTypes && row.lessonType !== '') {
      let types = taughtTypes.get(teacher);
      if (types === undefined) taughtTypes.set(teacher, (types = new Set()));
      types.add(row.lessonType);
    }
    let open = openTypes.get(row.lessonType);
    if (open === undefined) openTypes.set(row.lessonType, (open = isOpenClassType(row.lessonType, rules.openClassTypes)));
    if (!open) continue;
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
  return { observed, reviewed, taughtTypes, openClasses, levelCounts, groupLessons, groupEvents };
}
