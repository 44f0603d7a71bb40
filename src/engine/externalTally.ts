/**
 * 外出学习 hours per teacher (SPEC §3.2, §4 `external`). Rows are grouped by (日期, 活动) like
 * sessions, so a blank 学时 takes the most common 学时 of the same training, else 默认每次学时.
 */
import { ATTENDED_STATUSES, type Dataset } from './model.js';
import type { Rules } from './rules.js';
import type { Roster } from './roster.js';
import { inPeriod, type OutOfPeriodCounter } from './period.js';
import { HoursTally, usableHours } from './hours.js';

/**
 * Attended external hours per roster position; one training counts once per teacher.
 * @example tallyExternal(dataset, roster, rules, counter)[0] // 10
 */
export function tallyExternal(
  dataset: Dataset,
  roster: Roster,
  rules: Rules,
  outOfPeriod: OutOfPeriodCounter,
  /** Filled, when given, with each teacher's rows whose 学时 could not be used: as written, and the hours counted. */
  hoursFallbacks?: Map<number, { text: string; hours: number }[]>,
): Float64Array {
  const hours = new Float64Array(roster.teachers.length);
  const rows = dataset.external;
  const trainingOf: string[] = new Array<string>(rows.length);
  const counted = new Uint8Array(rows.length);
  const tallies = new Map<string, HoursTally>();

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (!inPeriod(row.date, rules.periodFrom, rules.periodTo)) {
      outOfPeriod.add(row.source.sheet);
      continue;
    }
    counted[r] = 1;
    const training = `${row.date ?? ''}|${row.title}`;
    trainingOf[r] = training;
    const stated = usableHours(row.hours);
    if (stated === null) continue;
    let tally = tallies.get(training);
    if (tally === undefined) tallies.set(training, (tally = new HoursTally()));
    tally.add(stated);
  }

  const seen = new Set<string>();
  const fallbacks = new Map<string, number>();
  for (let r = 0; r < rows.length; r++) {
    if (counted[r] === 0) continue;
    const row = rows[r]!;
    const t = roster.indexByKey.get(row.teacherKey);
    if (t === undefined || !ATTENDED_STATUSES.has(row.status)) continue;
    const training = trainingOf[r] ?? '';
    const once = `${t}|${training}`;
    if (seen.has(once)) continue;
    seen.add(once);
    const rowHours = usableHours(row.hours) ?? fallbackHours(training, tallies, fallbacks, rules.defaultSessionHours);
    hours[t] = (hours[t] ?? 0) + rowHours;
    if (hoursFallbacks !== undefined && row.hoursText !== undefined && row.hours === null) {
      let list = hoursFallbacks.get(t);
      if (list === undefined) hoursFallbacks.set(t, (list = []));
      list.push({ text: row.hoursText, hours: rowHours });
    }
  }
  return hours;
}

/** A training's hours for rows without their own: its most common stated 学时, else the default. */
function fallbackHours(training: string, tallies: ReadonlyMap<string, HoursTally>, cache: Map<string, number>, fallback: number): number {
  let hours = cache.get(training);
  if (hours === undefined) {
    hours = tallies.get(training)?.mostCommon() ?? fallback;
    cache.set(training, hours);
  }
  return hours;
}
