/**
 * The rule set of SPEC §5: one typed object with documented defaults.
 * Parsed from the 考核规则 sheet (src/sheets) or from JSON (`--rules rules.json`); validated here.
 */
import type { IsoDate, Level, NotesGrade, Tier, ItemKey } from './model.js';
import { copyData } from './plainData.js';

export type QuotaRounding = 'round' | 'floor' | 'ceil';
export type TiePolicy = 'share' | 'strict';
export type HoursScope = 'school' | 'group';
export type QuotaMethod = 'cumulative' | 'separate';
export type DisqualifyMode = 'tier' | 'itemOnly';
export type PartialTermHours = 'prorate' | 'actual';

export interface Rules {
  /** 考核开始日期. @default null (all rows) */
  periodFrom: IsoDate | null;
  /** 考核结束日期. @default null (all rows) */
  periodTo: IsoDate | null;
  /** 优秀比例, a fraction. @default 0.3 */
  ratioExcellent: number;
  /** 良好比例, a fraction. @default 0.4 */
  ratioGood: number;
  /** 名额取整. @default 'round' (四舍五入) */
  quotaRounding: QuotaRounding;
  /** 同分处理. @default 'share' (同档) */
  tiePolicy: TiePolicy;
  /** 缺勤上限: unexcused absences / expected sessions above this zero the attendance item. @default 0.2 */
  absenceLimit: number;
  /** 学时计算范围: where H_max is taken. @default 'school' (全校) */
  hoursScope: HoursScope;
  /** 默认每次学时. @default 2 */
  defaultSessionHours: number;
  /** 听课最少节数 (reported, not scored). @default 10 */
  minObservedLessons: number;
  /** 上报学时 for every teacher who is not 不合格. @default 12 */
  reportHours: number;
  /** 师德计分. @default 优秀 10 / 良好 8 / 合格 6 / 不合格 0 */
  ethicsPoints: Record<Tier, number>;
  /** 须开课扣分. @default 1 */
  missingOpenClassDeduction: number;
  /** 优秀比例:<组名>. @default {} */
  ratioExcellentByGroup: Record<string, number>;
  /** Item maxima (…满分). @default external 30, attendance 30, notes 10, activity 20, reading 10, bonus 10 */
  itemMax: Record<ItemKey, number>;
  /** 学习笔记 grade points (seed 003: 20/18/16/10), scaled by itemMax.notes / notesGradeScale. */
  notesGradePoints: Record<NotesGrade, number>;
  /** The scale the grade points are written on. @default 20 */
  notesGradeScale: number;
  /** Points per open class taught, by level. @default 校级 1, 县区级 2, 市级及以上 3 */
  openClassPoints: Record<Level, number>;
  /** 读书未交 penalty per time. @default 3 */
  readingMissPenalty: number;
  /** 比赛 first-prize points by level. @default 省 5 / 市 4 / 县区 3 / 校 0 (国家 as 省) */
  competitionPoints: Record<Level, number>;
  /** 比赛 deduction per step below first prize. @default 0.5 */
  competitionStep: number;
  /** 评选 first-prize points by level. @default 省 3 / 市 2 / 县区 1 / 校 0 (国家 as 省) */
  appraisalPoints: Record<Level, number>;
  /** 评选 deduction per step below first prize. @default 0.25 */
  appraisalStep: number;
  /** SPEC §6: open-class events / lessons a group must hold (skill groups: the second pair). */
  groupMinEvents: number;
  groupMinLessons: number;
  skillGroupMinEvents: number;
  skillGroupMinLessons: number;
  /** 名额计算: 累计 (优秀+良好 from the summed ratio) or 分别 (each tier rounded on its own). @default 'cumulative' */
  quotaMethod: QuotaMethod;
  /** 不合格处理: 不合格 (the teacher is 不合格) or 仅本项 (seed 003 literally: only 考勤 is 0). @default 'tier' */
  disqualifyMode: DisqualifyMode;
  /** 公开课课型: a 课型 containing one of these words is an open class. @default 公开课 示范课 研讨课 汇报课 展示课 优质课 研究课 观摩课 探究课 */
  openClassTypes: string[];
  /** 技能类教研组: a group whose name contains one of these words needs the skill-group minimums. @default 体育 艺术 音乐 美术 信息 综合 心理 音体美 体艺 艺体 */
  skillGroupWords: string[];
  /** 评课最少节数: lessons observed with 评课 = 是 (reported, not scored). @default 0 (no check) */
  minReviews: number;
  /** 听课最少节数:<梯队>: the observed-lessons minimum for that 梯队 (replaces 听课最少节数 for it). @default {} */
  minObservedLessonsByEchelon: Record<string, number>;
  /** 须开课课型:<梯队>: that 梯队 must teach a lesson of one of these 课型 (reported). @default {} */
  openClassTypesByEchelon: Record<string, string[]>;
  /** 方案: the preset whose values fill the keys the sheet does not write. @default '默认' (seed 003) */
  preset: string;
  /** 学校名称: titles of 考核结果 and the school's name in the district view. @default null (the file name) */
  schoolName: string | null;
  /** 每天学时: `半天`, `一天`, `1.5天` in an hours cell are that many days × this (SPEC §3). @default 6 */
  hoursPerDay: number;
  /** 中途入职学时: a joiner's or leaver's attended hours scaled to a full term (按比例) or used as is (按实际). @default 'prorate' */
  partialTermHours: PartialTermHours;
  /** 学分周期起始学年: the five-year credit cycle's first school year (2021 = 2021-2022). @default null (no ledger) */
  creditCycleStart: number | null;
  /** 学分周期年数. @default 5 (seed 002) */
  creditCycleYears: number;
  /** 周期学分: credits a teacher owes in one cycle. @default 120 (seed 002) */
  creditCycleTotal: number;
  /** 校本学分下限: of which at least this many 校本. @default 50 (seed 002) */
  creditCycleSchoolMin: number;
  /** 每学分学时: hours per credit. @default 3 (360 学时 in five years = 120 学分) */
  hoursPerCredit: number;
  /** 外出学习计学分: this term's attended 外出学习 hours count as 其他 credits. @default true */
  externalCredits: boolean;
  /**
   * 须交:<类别> and 须交:<类别>:<梯队> (SPEC §6 deliverables): count owed per 类别, keyed `类别` or `类别:梯队`
   * (the 梯队 key replaces the plain one for teachers of that 梯队). @default {}
   */
  requiredDeliverables: Record<string, number>;
  /** 缺交视为未完成任务: a deliverable shortfall sets 未完成任务 = 是. @default false */
  missingDeliverableIsTask: boolean;
}

export const DEFAULT_RULES: Readonly<Rules> = Object.freeze({
  periodFrom: null,
  periodTo: null,
  ratioExcellent: 0.3,
  ratioGood: 0.4,
  quotaRounding: 'round',
  tiePolicy: 'share',
  absenceLimit: 0.2,
  hoursScope: 'school',
  defaultSessionHours: 2,
  minObservedLessons: 10,
  reportHours: 12,
  ethicsPoints: { 优秀: 10, 良好: 8, 合格: 6, 不合格: 0 },
  missingOpenClassDeduction: 1,
  ratioExcellentByGroup: {},
  itemMax: { external: 30, attendance: 30, notes: 10, activity: 20, reading: 10, bonus: 10 },
  notesGradePoints: { 优秀: 20, 良好: 18, 合格: 16, 不合格: 10 },
  notesGradeScale: 20,
  openClassPoints: { school: 1, district: 2, city: 3, province: 3, national: 3 },
  readingMissPenalty: 3,
  competitionPoints: { school: 0, district: 3, city: 4, province: 5, national: 5 },
  competitionStep: 0.5,
  appraisalPoints: { school: 0, district: 1, city: 2, province: 3, national: 3 },
  appraisalStep: 0.25,
  groupMinEvents: 3,
  groupMinLessons: 5,
  skillGroupMinEvents: 2,
  skillGroupMinLessons: 2,
  quotaMethod: 'cumulative',
  disqualifyMode: 'tier',
  openClassTypes: ['公开课', '示范课', '研讨课', '汇报课', '展示课', '优质课', '研究课', '观摩课', '探究课'],
  skillGroupWords: ['体育', '艺术', '音乐', '美术', '信息', '综合', '心理', '音体美', '体艺', '艺体'],
  minReviews: 0,
  minObservedLessonsByEchelon: {},
  openClassTypesByEchelon: {},
  preset: '默认',
  schoolName: null,
  hoursPerDay: 6,
  partialTermHours: 'prorate',
  creditCycleStart: null,
  creditCycleYears: 5,
  creditCycleTotal: 120,
  creditCycleSchoolMin: 50,
  hoursPerCredit: 3,
  externalCredits: true,
  requiredDeliverables: {},
  missingDeliverableIsTask: false,
});

/**
 * Whether a 课型 names an open class under the rule 公开课课型 (containment: 校级公开课 is one).
 * @example isOpenClassType('校级研究课', DEFAULT_RULES.openClassTypes) // true
 */
export function isOpenClassType(lessonType: string, types: readonly string[]): boolean {
  const text = lessonType.normalize('NFKC').replace(/\s+/g, '');
  return text !== '' && types.some((word) => word !== '' && text.includes(word.normalize('NFKC').replace(/\s+/g, '')));
}

/** A fresh, mutable copy of the defaults. */
export function defaultRules(): Rules {
  return copyData(DEFAULT_RULES) as Rules;
}
