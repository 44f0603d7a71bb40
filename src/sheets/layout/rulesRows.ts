/**
 * Every rule as the 考核规则 sheet writes it (参数 | 值 | 说明, SPEC §3.6 and §5): used by the
 * template (filled with the defaults) and by 计算记录 (the values a run used).
 * The 参数 names come from the rules reader's one table (RULE_DEFS), so what we write reads back.
 * Values are written as a person would type them: ratios as `30%`, choices as their Chinese word,
 * per-tier tables as `10 / 8 / 6 / 0`.
 */
import type { Level, Tier } from '../../engine/model.js';
import { TIERS } from '../../engine/model.js';
import type { DisqualifyMode, HoursScope, PartialTermHours, QuotaMethod, QuotaRounding, Rules, TiePolicy } from '../../engine/rules.js';
import { LEVEL_ORDER } from '../../engine/levels.js';
import { LEVEL_NAMES, RULE_DEFS, type RuleDef } from '../rules/rulesParse.js';
import { PRESETS, ruleSource, type ResolvedRules, type RuleSource } from '../rules/presets.js';
import type { OutputCell } from '../output.js';

export interface RuleRow {
  key: string;
  value: OutputCell;
  note: string;
  /** The rule this row writes (for 计算记录's 来源). */
  field: keyof Rules;
  sub?: string;
}

const ENUM_TEXT: Record<string, string> = {
  round: '四舍五入', floor: '向下取整', ceil: '向上取整',
  share: '同档', strict: '严格',
  school: '全校', group: '教研组',
  cumulative: '累计', separate: '分别',
  tier: '不合格', itemOnly: '仅本项',
  prorate: '按比例', actual: '按实际',
} satisfies Record<QuotaRounding | TiePolicy | HoursScope | QuotaMethod | DisqualifyMode | PartialTermHours, string>;

const LEVELS: readonly Level[] = LEVEL_ORDER;

/** 计算记录's words for where a value came from. */
export const SOURCE_LABEL: Readonly<Record<RuleSource, string>> = {
  default: '默认值', preset: '方案', sheet: '考核规则表', json: '命令行 --rules',
};

/** What each rule means, for the office (说明). Keyed by field, or `field.sub` for items. */
const NOTES: Readonly<Record<string, string>> = {
  preset: `一组预设的规则（可选：${PRESETS.map((p) => p.name).join('、')}）；本表未填写的参数取该方案的值。详见 docs/rules.md。`,
  schoolName: '学校全称，写在“考核结果”标题和全区汇总中；留空则用文件名。',
  periodFrom: '考核期第一天，如 2023-09-01；留空则不限。考核期外的记录不计。',
  periodTo: '考核期最后一天，如 2024-01-31；留空则不限。',
  ratioExcellent: '各教研组优秀名额占组内人数的比例。',
  ratioGood: '良好名额比例；其余为合格。',
  quotaRounding: '名额不是整数时：四舍五入 / 向下取整 / 向上取整。',
  tiePolicy: '同档：同分者同一等次（可能超出名额）；严格：依次比较考勤、外出学习、教学类加分、工号。',
  absenceLimit: '无故缺勤次数超过应参加次数的这一比例，考勤计 0 分且考核不合格。',
  hoursScope: '按学时折算得分时，与全校最高 / 本教研组最高学时相比。',
  defaultSessionHours: '签到表未填学时的活动，每次按此学时计。',
  minObservedLessons: '每位教师本学期至少听课节数（不足只提示，不扣分）。',
  reportHours: '考核合格及以上的教师上报的校本研修学时；不合格为 0。',
  ethicsPoints: '依次为 优秀 / 良好 / 合格 / 不合格 在师德考核中的计分。',
  missingOpenClassDeduction: '名册中“须开课”填“是”（校级）或某一级别，而本学期没有上该级别或更高级别的公开课：活动参与扣这么多节该级别公开课的分（1 = 一节同级别的公开课）。',
  quotaMethod: '累计：优秀+良好名额按两比例之和取整；分别：优秀、良好名额各自取整，其余为合格（9 人：累计 3/3/3，分别 3/4/2）。',
  disqualifyMode: '缺勤超过上限或未完成任务时：不合格 = 考勤 0 分且等次为不合格；仅本项 = 只是考勤 0 分（“本项成绩不计分”），照常排名定等次。',
  openClassTypes: '听课记录“课型”含这些词之一即为公开课（如 校级研究课）；用顿号分开。',
  skillGroupWords: '教研组名称含这些词之一即为技能类教研组（公开课次数、节数要求较低）；用顿号分开。',
  minReviews: '每位教师本学期至少评课节数（听课记录中“评课”为“是”的听课）；0 表示不检查。不足只提示，不扣分。',
  minObservedLessonsByEchelon: '该梯队教师的听课最少节数（代替上面的“听课最少节数”）。',
  openClassTypesByEchelon: '该梯队教师本学期须上的课型（如 青年教师 研讨课、骨干教师 示范课），未上只提示；梯队写“全体”则对所有教师。',
  itemMax: '该项的满分。',
  notesGradePoints: '依次为 优秀 / 良好 / 合格 / 不合格 的得分，按“学习笔记计分基数”折算到该项满分。',
  notesGradeScale: '上面等次分所用的总分（如 20 分制）。',
  readingMissPenalty: '读书心得每缺交一次扣的分。',
  competitionStep: '比赛类获奖每低一个等次（二等、三等、优秀奖）少得的分。',
  appraisalStep: '评选类获奖每低一个等次少得的分。',
  groupMinEvents: '具备优秀教研组评选资格须举行的公开课活动次数。',
  groupMinLessons: '具备优秀教研组评选资格须达到的公开课总节数。',
  skillGroupMinEvents: '技能类教研组（见“技能类教研组”）的公开课活动次数要求。',
  skillGroupMinLessons: '上述教研组的公开课总节数要求。',
  ratioExcellentByGroup: '该教研组单独使用的优秀比例。',
  openClassPoints: '每上一节该级别的公开课，活动参与得分。',
  competitionPoints: '比赛类该级别一等奖的得分；只计最高一项。',
  appraisalPoints: '评选类该级别一等奖的得分；只计最高一项。',
  hoursPerDay: '学时栏写“半天”“一天”“1.5天”时，每天按这么多学时计。',
  partialTermHours: '学期中入职、离职的教师：按比例 = 实到学时按应参加的活动折算为整学期；按实际 = 不折算。',
  creditCycleStart: '五年学分周期的第一个学年（如 2021 表示 2021-2022 学年）；留空则不计算学分台账。',
  creditCycleYears: '学分周期的年数。',
  creditCycleTotal: '一个周期内须完成的学分。',
  creditCycleSchoolMin: '其中校本研修学分的下限。',
  hoursPerCredit: '多少学时折合 1 学分。',
  externalCredits: '本学期外出学习的学时是否计入“其他”学分。',
  requiredDeliverables: '每位教师本学期须交的该类成果数量（须交:类别:梯队 只对该梯队）。',
  missingDeliverableIsTask: '须交成果缺交时，是否视为未完成任务（考勤 0 分、不合格）。',
};

/** `30%` without binary noise (0.07 × 100 = 7.000000000000001). */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toFixed(4))}%`;
}

function valueText(def: RuleDef, value: unknown): OutputCell {
  if (value === null || value === undefined) return '';
  switch (def.kind) {
    case 'text':
    case 'date':
      return typeof value === 'string' ? value : '';
    case 'words':
      return Array.isArray(value) ? value.join('、') : '';
    case 'ratio':
      return percentText(Number(value));
    case 'rounding':
    case 'tie':
    case 'scope':
    case 'quotaMethod':
    case 'disqualifyMode':
    case 'partialTerm':
      return ENUM_TEXT[String(value)] ?? String(value);
    case 'yesNo':
      return value === true ? '是' : '否';
    case 'tiers':
      return TIERS.map((t: Tier) => (value as Record<Tier, number>)[t]).join(' / ');
    default:
      return Number(value);
  }
}

/**
 * The rules in the order of the rules table (SPEC §5 first), one row per level for the per-level
 * tables, one per group for the per-group 优秀比例.
 * @example ruleRows(defaultRules())[2] // { key: '优秀比例', value: '30%', note: '…' }
 */
export function ruleRows(rules: Rules): RuleRow[] {
  const rows: RuleRow[] = [];
  const field = (f: keyof Rules): unknown => rules[f];
  for (const def of RULE_DEFS) {
    const name = def.names[0] ?? def.field;
    const note = NOTES[def.field] ?? '';
    if (def.prefix === 'group' || def.prefix === 'echelon' || def.prefix === 'deliverable') {
      for (const [sub, value] of Object.entries(field(def.field) as Record<string, unknown>)) {
        rows.push({ key: `${name}:${sub}`, value: valueText(def, value), note: `“${sub}”${note}`, field: def.field, sub });
      }
    } else if (def.prefix === 'level') {
      const table = field(def.field) as Record<Level, number>;
      for (const level of LEVELS) {
        rows.push({ key: `${name}:${LEVEL_NAMES[level]}`, value: table[level], note: `${LEVEL_NAMES[level]}：${note}`, field: def.field, sub: level });
      }
    } else if (def.sub !== undefined) {
      const record = field(def.field) as Record<string, number>;
      rows.push({ key: name, value: valueText(def, record[def.sub]), note: `“${name.replace(/满分$/, '')}”${note}`, field: def.field, sub: def.sub });
    } else {
      rows.push({ key: name, value: valueText(def, field(def.field)), note, field: def.field });
    }
  }
  return rows;
}

/**
 * 计算记录's rule lines: 参数 | 值 | 来源 | 说明, 来源 saying whether the value came from the sheet,
 * the 方案, `--rules` or the defaults (issue 14).
 * @example ruleLogRows(rules, layers)[0] // ['方案', '默认', '默认值', '…']
 */
export function ruleLogRows(rules: Rules, layers: ResolvedRules['layers'] | undefined): OutputCell[][] {
  return ruleRows(rules).map((r) => {
    const source = layers === undefined ? null : SOURCE_LABEL[ruleSource(layers, r.field, r.sub)];
    return [r.key, r.value, source, r.note];
  });
}
