/**
 * One teacher's six items (SPEC §4) from the tallies of the whole dataset. Each item is finished on
 * its own (clamped, rounded half up to 2 decimals); the total is their sum in integer hundredths.
 */
import { ITEM_KEYS, type Disqualification, type ItemKey, type JudgedRecord, type Level } from './model.js';
import type { Rules } from './rules.js';
import type { AttendanceTally } from './attendanceTally.js';
import type { ObservationTally } from './observationTally.js';
import type { AwardTally } from './awards.js';
import type { ItemScore } from './items/itemScore.js';
import { LEVELS } from './observationTally.js';
import { attendanceItem } from './items/attendance.js';
import { externalItem } from './items/external.js';
import { notesItem } from './items/notes.js';
import { activityItem } from './items/activity.js';
import { readingItem } from './items/reading.js';
import { bonusItem } from './items/bonus.js';
import type { Roster } from './roster.js';
import { DELIVERABLE_TASK_REASON, TASK_REASON } from './explain.js';

/** Everything the per-teacher scoring reads, computed once for the dataset. */
export interface Tallies {
  roster: Roster;
  attendance: AttendanceTally;
  attendanceMax: Float64Array;
  externalHours: Float64Array;
  externalMax: Float64Array;
  /** Roster position → its 外出学习 rows whose 学时 could not be used (text, hours counted instead). */
  externalFallbacks?: ReadonlyMap<number, readonly { text: string; hours: number }[]>;
  observations: ObservationTally;
  awards: AwardTally;
  /** Roster position → the teacher's 考核登记 row (first one wins). */
  judged: ReadonlyMap<number, JudgedRecord>;
  /** Roster position → the deliverables shortfall (`缺：说课稿 1 篇`) or null (SPEC §6); absent without 须交 rules. */
  deliverableShortfall?: readonly (string | null)[];
}

export interface TeacherScore {
  items: Record<ItemKey, number>;
  explain: Record<ItemKey, string>;
  /** Sum of the rounded items in integer hundredths (exact). */
  totalHundredths: number;
  disqualified: Disqualification | null;
  disqualificationReasons: string[];
  openClassDeduction: number;
  /** The 级别 of the missing 须开课 open class, when the deduction applied. */
  missingOpenClassLevel: Level | null;
}

/**
 * Score the teacher at roster position t.
 * @example scoreTeacher(tallies, 0, rules).items.attendance // 26.25
 */
export function scoreTeacher(tallies: Tallies, t: number, rules: Rules): TeacherScore {
  const teacher = tallies.roster.teachers[t]!;
  const judged = tallies.judged.get(t);
  const att = tallies.attendance;
  // SPEC §6: with 缺交视为未完成任务 = 是 a deliverables shortfall sets 未完成任务, with §4's consequences.
  const judgedTask = judged?.taskIncomplete ?? false;
  const deliverableTask = rules.missingDeliverableIsTask && (tallies.deliverableShortfall?.[t] ?? null) !== null;
  const taskReasons = [...(judgedTask ? [TASK_REASON] : []), ...(deliverableTask ? [DELIVERABLE_TASK_REASON] : [])];

  const attendance = attendanceItem({
    hours: att.hours[t] ?? 0,
    ...(rules.partialTermHours === 'prorate'
      ? { prorate: { expectedHours: att.expectedHours[t] ?? 0, fullHours: att.fullHours[t] ?? 0 } }
      : {}),
    leftOut: {
      beforeJoin: att.beforeJoin[t] ?? 0, afterLeave: att.afterLeave[t] ?? 0, notExpected: att.notExpected[t] ?? 0,
      ...withFallbacks(att.hoursFallbacks.get(t)),
    },
    hoursMax: tallies.attendanceMax[t] ?? 0,
    expected: att.expected[t] ?? 0,
    unexcused: att.unexcused[t] ?? 0,
    taskIncomplete: judgedTask || deliverableTask,
    taskReasons,
    max: rules.itemMax.attendance,
    absenceLimit: rules.absenceLimit,
    scope: rules.hoursScope,
  });
  const external = externalItem({
    hours: tallies.externalHours[t] ?? 0,
    hoursMax: tallies.externalMax[t] ?? 0,
    retrainingBonus: judged?.retrainingBonus ?? 0,
    disciplineDeduction: judged?.disciplineDeduction ?? 0,
    max: rules.itemMax.external,
    scope: rules.hoursScope,
    ...withFallbacks(tallies.externalFallbacks?.get(t)),
  });
  const openClasses: Array<{ level: Level; count: number }> = [];
  const base = t * LEVELS.length;
  for (let rank = LEVELS.length - 1; rank >= 0; rank--) {
    // highest level first, as the activity sentence lists them
    const count = tallies.observations.levelCounts[base + rank] ?? 0;
    if (count > 0) openClasses.push({ level: LEVELS[rank]!, count });
  }
  const activity = activityItem(
    { openClasses, activityPoints: judged?.activityPoints ?? 0, mustTeachLevel: teacher.mustTeachLevel },
    rules,
  );
  const scores: Record<ItemKey, ItemScore> = {
    external,
    attendance,
    notes: notesItem(judged, rules),
    activity,
    reading: readingItem(judged, rules),
    bonus: bonusItem(tallies.awards.competition[t] ?? null, tallies.awards.appraisal[t] ?? null, judged?.collectiveBonus ?? 0, rules),
  };

  const items = {} as Record<ItemKey, number>;
  const explain = {} as Record<ItemKey, string>;
  let totalHundredths = 0;
  for (const key of ITEM_KEYS) {
    items[key] = scores[key].points;
    explain[key] = scores[key].explain;
    totalHundredths += Math.round(scores[key].points * 100);
  }
  return {
    items,
    explain,
    totalHundredths,
    disqualified: attendance.disqualified,
    disqualificationReasons: attendance.reasons,
    openClassDeduction: activity.deduction,
    missingOpenClassLevel: activity.missingLevel,
  };
}

/** The `hoursFallbacks` of a teacher's LeftOut, when some attended row's 学时 could not be used. */
function withFallbacks(list: readonly { text: string; hours: number }[] | undefined): { hoursFallbacks?: readonly { text: string; hours: number }[] } {
  return list === undefined ? {} : { hoursFallbacks: list };
}
