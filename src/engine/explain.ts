/**
 * Every Chinese sentence the engine writes: the 评分明细 line of each item (one sentence that lets
 * the office defend the number) and the 说明 remarks of SPEC §6. Wording changes happen here only.
 */
import type { ItemKey, Level, NotesGrade } from './model.js';
import type { HoursScope } from './rules.js';
import { roundHalfUp } from './decimal.js';

export const ITEM_LABEL: Readonly<Record<ItemKey, string>> = {
  external: '外出学习',
  attendance: '考勤',
  notes: '学习笔记',
  activity: '活动参与',
  reading: '读书活动',
  bonus: '教学类加分',
};

export const LEVEL_LABEL: Readonly<Record<Level, string>> = {
  school: '校级',
  district: '县区级',
  city: '市级',
  province: '省级',
  national: '国家级',
};

const PRIZE_LABEL: readonly string[] = ['一等奖', '二等奖', '三等奖', '优秀奖'];

/** A number as people write it: no float noise, no trailing zeros (26.25, 30, 2.5). */
export function formatNumber(x: number): string {
  const plain = String(x);
  // A short shortest-round-trip form carries no float noise (0.30000000000000004 is long).
  if (plain.length <= 8 && !plain.includes('e')) return plain;
  return String(roundHalfUp(x, 4));
}

/** 0.2 → "20%" */
export function formatPercent(ratio: number): string {
  return `${formatNumber(ratio * 100)}%`;
}

function scopeLabel(scope: HoursScope): string {
  return scope === 'school' ? '全校' : '教研组';
}

/** What clamping did to a raw value, appended to its sentence. */
function clampNote(raw: number, max: number): string {
  if (raw > max) return `，超过满分按 ${formatNumber(max)} 计`;
  if (raw < 0) return '，不足 0 按 0 计';
  return '';
}

/** 一等奖 … 优秀奖 from steps below first prize. */
export function prizeLabel(step: number): string {
  return PRIZE_LABEL[step] ?? `一等奖降 ${formatNumber(step)} 等`;
}

/** `30 × 28/32 学时（全校最高 32）` */
function hoursFormula(max: number, hours: number, hoursMax: number, scope: HoursScope, note = ''): string {
  const top = formatNumber(hoursMax);
  return `${formatNumber(max)} × ${formatNumber(hours)}/${top} 学时（${scopeLabel(scope)}最高 ${top}${note === '' ? '' : `；${note}`}）`;
}

/** `学时“半天x”按 2 学时计` for each row whose 学时 could not be used (SPEC §3: the explanation says the number used). */
function fallbackNote(fallbacks: readonly { text: string; hours: number }[] | undefined): string {
  return (fallbacks ?? []).map((f) => `学时“${f.text}”按 ${formatNumber(f.hours)} 学时计`).join('；');
}

/** Any item that came out 0 for a stated reason: `考勤 0：未完成校本研训规定任务` */
export function explainZero(item: ItemKey, reason: string): string {
  return `${ITEM_LABEL[item]} 0：${reason}`;
}

/** Reason: nobody in the scope has hours of this kind. */
export function noHoursReason(scope: HoursScope, kind: string): string {
  return `${scopeLabel(scope)}无人有${kind}学时`;
}

/** Reason: unexcused absences above the limit (seed 003 §五.2). */
export function absenceReason(unexcused: number, expected: number, limit: number): string {
  return `无故缺勤 ${unexcused}/${expected} 次，超过 ${formatPercent(limit)}`;
}

export const TASK_REASON = '未完成校本研训规定任务';
/** SPEC §6 缺交视为未完成任务 = 是: the shortfall itself follows in 说明. */
export const DELIVERABLE_TASK_REASON = '未交齐规定成果（缺交视为未完成任务）';
export const NO_JUDGED_REASON = '考核登记中无该教师记录';
export const NO_GRADE_REASON = '未评定等次';

/** Sessions a teacher was not expected at (SPEC §4 "Staff changes"). */
export interface LeftOut {
  beforeJoin: number;
  afterLeave: number;
  notExpected: number;
  /** Attended rows whose 学时 could not be used: as written, and the hours counted instead. */
  hoursFallbacks?: readonly { text: string; hours: number }[];
}

/** `入职前 2 次、标注不参加 1 次不计`, or '' when nothing was left out. */
export function leftOutNote(leftOut: LeftOut | undefined): string {
  if (leftOut === undefined) return '';
  const parts: string[] = [];
  if (leftOut.beforeJoin > 0) parts.push(`入职前 ${leftOut.beforeJoin} 次`);
  if (leftOut.afterLeave > 0) parts.push(`离职后 ${leftOut.afterLeave} 次`);
  if (leftOut.notExpected > 0) parts.push(`标注不参加 ${leftOut.notExpected} 次`);
  // SPEC §3: when a number cannot be read and a fallback is used, the explanation says which.
  const fallbacks = fallbackNote(leftOut.hoursFallbacks);
  return [...(parts.length === 0 ? [] : [`${parts.join('、')}不计`]), ...(fallbacks === '' ? [] : [fallbacks])].join('；');
}

/**
 * `考勤 26.25 = 30 × 28/32 学时（全校最高 32）`; scaled for a joiner (中途入职学时 = 按比例, SPEC §4):
 * `考勤 30 = 30 × 14×18/14 / 18 学时（全校最高 18；入职前 2 次不计）` — h × F / E over H_max.
 */
export function explainAttendance(
  points: number, max: number, hours: number, hoursMax: number, scope: HoursScope,
  prorate?: { expectedHours: number; fullHours: number }, leftOut?: LeftOut,
): string {
  const note = leftOutNote(leftOut);
  const top = formatNumber(hoursMax);
  const scopeNote = `${scopeLabel(scope)}最高 ${top}${note === '' ? '' : `；${note}`}`;
  const h = prorate === undefined
    ? `${formatNumber(hours)}/${top}`
    : `${formatNumber(hours)}×${formatNumber(prorate.fullHours)}/${formatNumber(prorate.expectedHours)} / ${top}`;
  return `${ITEM_LABEL.attendance} ${formatNumber(points)} = ${formatNumber(max)} × ${h} 学时（${scopeNote}）`;
}

/** 说明: `2023-10-08 入职，入职前 2 次活动不计` */
export function joinedRemark(date: string, sessions: number): string {
  return `${date} 入职，入职前 ${sessions} 次活动不计`;
}

/** 说明: `2023-12-01 离职，离职后 1 次活动不计` */
export function leftRemark(date: string, sessions: number): string {
  return `${date} 离职，离职后 ${sessions} 次活动不计`;
}

/** 说明: `3 次活动标注不参加（免签、未入职等），不计缺勤` */
export function notExpectedRemark(sessions: number): string {
  return `${sessions} 次活动标注不参加（免签、未入职等），不计缺勤`;
}

/** `外出学习 27.5 = 30 × 10/12 学时（全校最高 12）+ 二次培训 2.5 − 违纪 0` */
export function explainExternal(
  points: number, raw: number, max: number, hours: number, hoursMax: number, scope: HoursScope,
  retraining: number, discipline: number, hoursFallbacks?: readonly { text: string; hours: number }[],
): string {
  return `${ITEM_LABEL.external} ${formatNumber(points)} = ${hoursFormula(max, hours, hoursMax, scope, fallbackNote(hoursFallbacks))}` +
    `+ 二次培训 ${formatNumber(retraining)} − 违纪 ${formatNumber(discipline)}${clampNote(raw, max)}`;
}

/** H_max = 0: `外出学习 2 = 学时部分 0（全校无人有外出学习学时）+ 二次培训 2 − 违纪 0` */
export function explainExternalNoHours(
  points: number, raw: number, max: number, scope: HoursScope, retraining: number, discipline: number,
): string {
  return `${ITEM_LABEL.external} ${formatNumber(points)} = 学时部分 0（${noHoursReason(scope, '外出学习')}）` +
    `+ 二次培训 ${formatNumber(retraining)} − 违纪 ${formatNumber(discipline)}${clampNote(raw, max)}`;
}

/** `学习笔记 9 = 良好 18 分 × 10/20` */
export function explainNotes(points: number, raw: number, max: number, grade: NotesGrade, gradePoints: number, scale: number): string {
  return `${ITEM_LABEL.notes} ${formatNumber(points)} = ${grade} ${formatNumber(gradePoints)} 分 × ` +
    `${formatNumber(max)}/${formatNumber(scale)}${clampNote(raw, max)}`;
}

/** One level's open classes: level, how many, points. */
export interface OpenClassLine {
  level: Level;
  count: number;
  points: number;
}

/** `活动参与 12 = 公开课 市级 1 节 3 分 + 活动得分 9` (− 须开校级公开课未开 1 when it applies) */
export function explainActivity(
  points: number, raw: number, max: number, lines: readonly OpenClassLine[], activityPoints: number, deduction: number,
  missingLevel: Level | null = null,
): string {
  const classes = lines.length === 0
    ? '公开课 0 节'
    : `公开课 ${lines.map((l) => `${LEVEL_LABEL[l.level]} ${l.count} 节 ${formatNumber(l.points)} 分`).join('、')}`;
  const minus = missingLevel !== null
    ? ` − 须开${LEVEL_LABEL[missingLevel]}公开课未开 ${formatNumber(deduction)}`
    : '';
  return `${ITEM_LABEL.activity} ${formatNumber(points)} = ${classes} + 活动得分 ${formatNumber(activityPoints)}${minus}` +
    clampNote(raw, max);
}

/** `读书活动 7 = 10 − 3 × 1 次未交 − 扣分 0` */
export function explainReading(points: number, raw: number, max: number, penalty: number, missed: number, deduction: number): string {
  return `${ITEM_LABEL.reading} ${formatNumber(points)} = ${formatNumber(max)} − ${formatNumber(penalty)} × ` +
    `${formatNumber(missed)} 次未交 − 扣分 ${formatNumber(deduction)}${clampNote(raw, max)}`;
}

/** The best award of one category as the bonus sentence shows it. */
export interface AwardLine {
  level: Level;
  step: number;
  points: number;
}

/** `教学类加分 4.5 = 比赛 市级二等奖 3.5 + 评选 县区级一等奖 1 + 集体加分 0` */
export function explainBonus(
  points: number, raw: number, max: number, competition: AwardLine | null, appraisal: AwardLine | null, collective: number,
): string {
  return `${ITEM_LABEL.bonus} ${formatNumber(points)} = ${awardText('比赛', competition)} + ${awardText('评选', appraisal)}` +
    ` + 集体加分 ${formatNumber(collective)}${clampNote(raw, max)}`;
}

function awardText(category: string, award: AwardLine | null): string {
  if (award === null) return `${category} 无`;
  return `${category} ${LEVEL_LABEL[award.level]}${prizeLabel(award.step)} ${formatNumber(award.points)}`;
}

/**
 * 说明: why a teacher is 不合格, e.g. `无故缺勤 3/12 次，超过 20%，考勤不计分，等次为不合格`; under
 * 不合格处理 = 仅本项 only the item is lost (`…，考勤不计分`).
 */
export function disqualificationRemark(reasons: readonly string[], itemOnly = false): string {
  return `${reasons.join('；')}，考勤不计分${itemOnly ? '' : '，等次为不合格'}`;
}

/** 说明: `评课 3 节，少于 15 节` */
export function reviewedLessonsRemark(reviewed: number, minimum: number): string {
  return `评课 ${reviewed} 节，少于 ${formatNumber(minimum)} 节`;
}

/** 说明: `青年教师须上研讨课，本学期未上` */
export function echelonLessonRemark(echelon: string, types: readonly string[]): string {
  return `${echelon}须上${types.join('或')}，本学期未上`;
}

/** 说明: `听课 7 节，少于 10 节` */
export function observedLessonsRemark(observed: number, minimum: number): string {
  return `听课 ${observed} 节，少于 ${formatNumber(minimum)} 节`;
}

/** 说明: `须开校级公开课但本学期未开，扣 1 分` */
export function missingOpenClassRemark(deduction: number, level: Level = 'school'): string {
  return `须开${LEVEL_LABEL[level]}公开课但本学期未开，扣 ${formatNumber(deduction)} 分`;
}
