/**
 * The one table of rules (SPEC §3.6, §5; STYLE "validate configuration where it enters"): every rule
 * key with its Chinese names (the sheet's 参数) and JSON key, its kind, its range and what it means.
 * The parser, the validator, the template's 说明 column and 计算记录 all read this table, and
 * docs/rules.md lists the same ranges (a test holds them together); the defaults live beside the
 * type in src/engine/rules.ts. A new rule is one row here.
 */
import type { Level, Tier } from '../../engine/model.js';
import { ITEM_KEYS, TIERS } from '../../engine/model.js';
import type { DisqualifyMode, HoursScope, PartialTermHours, QuotaMethod, QuotaRounding, Rules, TiePolicy } from '../../engine/rules.js';
import { ITEM_LABEL, LEVEL_LABEL } from '../../engine/explain.js';

export type RuleKind =
  | 'text' | 'words' | 'date' | 'ratio' | 'number' | 'positive' | 'integer' | 'tiers'
  | 'rounding' | 'tie' | 'scope' | 'quotaMethod' | 'disqualifyMode' | 'partialTerm' | 'yesNo';

/** The sane bounds of a numeric rule (issue 19 item 5: `外出学习满分 = 1e308` is an error). */
export interface RuleRange {
  min: number;
  max: number;
  /** How the bounds are written in messages and 说明. */
  text: string;
}

/** The range classes of SPEC §3.6 (ratios, item maxima, hours, points, counts) and two narrower ones. */
export const RULE_RANGES = {
  ratio: { min: 0, max: 1, text: '0%～100%' },
  itemMax: { min: 0, max: 100, text: '0～100' },
  hours: { min: 0, max: 1000, text: '0～1000' },
  points: { min: 0, max: 100, text: '0～100' },
  count: { min: 0, max: 1000, text: '0～1000' },
  /** 每天学时: one day holds at most 24 hours. */
  dayHours: { min: 0, max: 24, text: '0～24' },
  /** 学分周期起始学年: a school year. */
  year: { min: 2000, max: 2100, text: '2000～2100' },
  /** 学分周期年数. */
  years: { min: 1, max: 20, text: '1～20' },
} as const satisfies Record<string, RuleRange>;

export interface RuleDef {
  field: keyof Rules;
  /** Key inside a record field (itemMax.external); for prefix rules, filled from the key's suffix. */
  sub?: string;
  kind: RuleKind;
  /** Chinese names; the first is the canonical 参数 written by the template. */
  names: readonly string[];
  /** `优秀比例:<组名>`-style rule: the suffix after the colon picks the record key (a 组名, 级别 or 梯队). */
  prefix?: 'group' | 'level' | 'echelon' | 'deliverable';
  /** Bounds of a numeric rule (a value outside is `bad-rule`). */
  range?: RuleRange;
  /** What the rule means, for the office (the template's and 计算记录's 说明). */
  note: string;
}

const R = RULE_RANGES;

/** Every rule of SPEC §5. */
export const RULE_DEFS: readonly RuleDef[] = [
  { field: 'preset', kind: 'text', names: ['方案', '考核方案', '预设方案'], note: '一组预设的规则（从下拉列表选择）；本表值留空的参数取该方案的值。详见 docs/rules.md。' },
  { field: 'schoolName', kind: 'text', names: ['学校名称', '学校', '校名'], note: '学校全称，写在“考核结果”标题和全区汇总中；留空则用文件名。' },
  { field: 'periodFrom', kind: 'date', names: ['考核开始日期', '开始日期', '考核期开始', '起始日期'], note: '考核期第一天，如 2023-09-01；留空则不限。考核期外的记录不计。' },
  { field: 'periodTo', kind: 'date', names: ['考核结束日期', '结束日期', '考核期结束', '截止日期'], note: '考核期最后一天，如 2024-01-31；留空则不限。不能早于考核开始日期。' },
  { field: 'ratioExcellent', kind: 'ratio', range: R.ratio, names: ['优秀比例', '优秀率'], note: '各教研组优秀名额占组内人数的比例。' },
  { field: 'ratioGood', kind: 'ratio', range: R.ratio, names: ['良好比例', '良好率'], note: '良好名额比例；其余为合格。' },
  { field: 'quotaRounding', kind: 'rounding', names: ['名额取整', '取整方式'], note: '名额不是整数时：四舍五入 / 向下取整 / 向上取整。' },
  { field: 'tiePolicy', kind: 'tie', names: ['同分处理', '并列处理'], note: '同档：同分者同一等次（可能超出名额）；严格：依次比较考勤、外出学习、教学类加分、工号。' },
  { field: 'absenceLimit', kind: 'ratio', range: R.ratio, names: ['缺勤上限', '缺勤比例上限'], note: '无故缺勤次数超过应参加次数的这一比例，考勤计 0 分且考核不合格。' },
  { field: 'hoursScope', kind: 'scope', names: ['学时计算范围', '学时范围'], note: '按学时折算得分时，与全校最高 / 本教研组最高学时相比。' },
  { field: 'defaultSessionHours', kind: 'positive', range: R.hours, names: ['默认每次学时', '默认学时'], note: '签到表未填学时的活动，每次按此学时计。' },
  { field: 'minObservedLessons', kind: 'integer', range: R.count, names: ['听课最少节数', '最少听课节数'], note: '每位教师本学期至少听课节数（不足只提示，不扣分）。' },
  { field: 'reportHours', kind: 'number', range: R.hours, names: ['上报学时'], note: '考核合格及以上的教师上报的校本研修学时；不合格为 0。' },
  { field: 'ethicsPoints', kind: 'tiers', range: R.points, names: ['师德计分'], note: '依次为 优秀 / 良好 / 合格 / 不合格 在师德考核中的计分。' },
  {
    field: 'missingOpenClassDeduction', kind: 'number', range: R.points, names: ['须开课扣分', '未开课扣分'],
    note: '名册中“须开课”填“是”（校级）或某一级别，而本学期没有上该级别或更高级别的公开课：活动参与扣这么多节该级别公开课的分（1 = 一节同级别的公开课）。',
  },
  { field: 'quotaMethod', kind: 'quotaMethod', names: ['名额计算', '名额计算方式'], note: '累计：优秀+良好名额按两比例之和取整；分别：优秀、良好名额各自取整，其余为合格（9 人：累计 3/3/3，分别 3/4/2）。' },
  { field: 'disqualifyMode', kind: 'disqualifyMode', names: ['不合格处理', '缺勤处理'], note: '缺勤超过上限或未完成任务时：不合格 = 考勤 0 分且等次为不合格；仅本项 = 只是考勤 0 分（“本项成绩不计分”），照常排名定等次。' },
  { field: 'openClassTypes', kind: 'words', names: ['公开课课型'], note: '听课记录“课型”含这些词之一即为公开课（如 校级研究课）；用顿号分开。' },
  { field: 'skillGroupWords', kind: 'words', names: ['技能类教研组', '技能组'], note: '教研组名称含这些词之一即为技能类教研组（公开课次数、节数要求较低）；用顿号分开。' },
  { field: 'minReviews', kind: 'integer', range: R.count, names: ['评课最少节数', '最少评课节数'], note: '每位教师本学期至少评课节数（听课记录中“评课”为“是”的听课）；0 表示不检查。不足只提示，不扣分。' },
  ...ITEM_KEYS.map((item): RuleDef => ({ field: 'itemMax', sub: item, kind: 'positive', range: R.itemMax, names: [`${ITEM_LABEL[item]}满分`], note: '该项的满分。' })),
  { field: 'notesGradePoints', kind: 'tiers', range: R.points, names: ['学习笔记等次分'], note: '依次为 优秀 / 良好 / 合格 / 不合格 的得分，按“学习笔记计分基数”折算到该项满分。' },
  { field: 'notesGradeScale', kind: 'positive', range: R.points, names: ['学习笔记计分基数'], note: '上面等次分所用的总分（如 20 分制）。' },
  { field: 'readingMissPenalty', kind: 'number', range: R.points, names: ['读书未交扣分'], note: '读书心得每缺交一次扣的分。' },
  { field: 'competitionStep', kind: 'number', range: R.points, names: ['比赛每档递减'], note: '比赛类获奖每低一个等次（二等、三等、优秀奖）少得的分。' },
  { field: 'appraisalStep', kind: 'number', range: R.points, names: ['评选每档递减'], note: '评选类获奖每低一个等次少得的分。' },
  { field: 'groupMinEvents', kind: 'integer', range: R.count, names: ['教研组最少公开课次数'], note: '具备优秀教研组评选资格须举行的公开课活动次数。' },
  { field: 'groupMinLessons', kind: 'integer', range: R.count, names: ['教研组最少公开课节数'], note: '具备优秀教研组评选资格须达到的公开课总节数。' },
  { field: 'skillGroupMinEvents', kind: 'integer', range: R.count, names: ['技能组最少公开课次数'], note: '技能类教研组（见“技能类教研组”）的公开课活动次数要求。' },
  { field: 'skillGroupMinLessons', kind: 'integer', range: R.count, names: ['技能组最少公开课节数'], note: '上述教研组的公开课总节数要求。' },
  { field: 'ratioExcellentByGroup', kind: 'ratio', range: R.ratio, names: ['优秀比例'], prefix: 'group', note: '该教研组单独使用的优秀比例。' },
  { field: 'minObservedLessonsByEchelon', kind: 'integer', range: R.count, names: ['听课最少节数', '最少听课节数'], prefix: 'echelon', note: '该梯队教师的听课最少节数（代替上面的“听课最少节数”）。' },
  {
    field: 'openClassTypesByEchelon', kind: 'words', names: ['须开课课型', '须上课型'], prefix: 'echelon',
    note: '该梯队教师本学期须上的课型（如 青年教师 研讨课、骨干教师 示范课），未上只提示；梯队写“全体”则对所有教师。',
  },
  { field: 'openClassPoints', kind: 'number', range: R.points, names: ['公开课分'], prefix: 'level', note: '每上一节该级别的公开课，活动参与得分。' },
  { field: 'competitionPoints', kind: 'number', range: R.points, names: ['比赛一等奖分'], prefix: 'level', note: '比赛类该级别一等奖的得分；只计最高一项。' },
  { field: 'appraisalPoints', kind: 'number', range: R.points, names: ['评选一等奖分'], prefix: 'level', note: '评选类该级别一等奖的得分；只计最高一项。' },
  { field: 'hoursPerDay', kind: 'positive', range: R.dayHours, names: ['每天学时', '每日学时'], note: '学时栏写“半天”“一天”“1.5天”时，每天按这么多学时计。' },
  { field: 'partialTermHours', kind: 'partialTerm', names: ['中途入职学时', '中途入离职学时'], note: '学期中入职、离职的教师：按比例 = 实到学时按应参加的活动折算为整学期；按实际 = 不折算。' },
  { field: 'creditCycleStart', kind: 'integer', range: R.year, names: ['学分周期起始学年', '学分周期起始年'], note: '五年学分周期的第一个学年（如 2021 表示 2021-2022 学年）；留空则不计算学分台账。' },
  { field: 'creditCycleYears', kind: 'positive', range: R.years, names: ['学分周期年数'], note: '学分周期的年数。' },
  { field: 'creditCycleTotal', kind: 'number', range: R.count, names: ['周期学分', '周期总学分'], note: '一个周期内须完成的学分。' },
  { field: 'creditCycleSchoolMin', kind: 'number', range: R.count, names: ['校本学分下限', '周期校本学分'], note: '其中校本研修学分的下限。' },
  { field: 'hoursPerCredit', kind: 'positive', range: R.hours, names: ['每学分学时'], note: '多少学时折合 1 学分。' },
  { field: 'externalCredits', kind: 'yesNo', names: ['外出学习计学分'], note: '本学期外出学习的学时是否计入“其他”学分。' },
  { field: 'requiredDeliverables', kind: 'integer', range: R.count, names: ['须交', '须交成果'], prefix: 'deliverable', note: '每位教师本学期须交的该类成果数量（须交:类别:梯队 只对该梯队）。' },
  { field: 'missingDeliverableIsTask', kind: 'yesNo', names: ['缺交视为未完成任务'], note: '须交成果缺交时，是否视为未完成任务（考勤 0 分、不合格）。' },
];

/** Level names in rule keys (`公开课分:市级`); the readers' full level vocabulary lives in src/sheets. */
export const LEVEL_NAMES: Readonly<Record<Level, string>> = LEVEL_LABEL;
const LEVEL_BY_NAME = new Map<string, Level>([
  ...(Object.entries(LEVEL_NAMES) as [Level, string][]).map(([level, name]): [string, Level] => [name, level]),
  ['县级', 'district'], ['区级', 'district'], ['国家', 'national'], ['省', 'province'], ['市', 'city'],
  ...(Object.keys(LEVEL_NAMES) as Level[]).map((level): [string, Level] => [level.toLowerCase(), level]),
]);

/**
 * A ratio as a person writes it, without binary noise (0.07 × 100 = 7.000000000000001).
 * @example percentText(0.07) // '7%'
 */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toFixed(4))}%`;
}

const ENUM_TEXT: Record<string, string> = {
  round: '四舍五入', floor: '向下取整', ceil: '向上取整',
  share: '同档', strict: '严格',
  school: '全校', group: '教研组',
  cumulative: '累计', separate: '分别',
  tier: '不合格', itemOnly: '仅本项',
  prorate: '按比例', actual: '按实际',
} satisfies Record<QuotaRounding | TiePolicy | HoursScope | QuotaMethod | DisqualifyMode | PartialTermHours, string>;

/**
 * A rule value as a person types it in 值 (and the parser reads back): ratios as `30%`, choices as their
 * Chinese word, per-tier tables as `10 / 8 / 6 / 0`, lists joined by 、; '' for none.
 * @example ruleValueText(findRule('名额取整')!, 'ceil') // '向上取整'
 */
export function ruleValueText(def: RuleDef, value: unknown): string | number {
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

/** Key as compared: NFKC (full-width colon → ':'), no white space, lower case. */
export function ruleKey(key: string): string {
  return key.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const DEF_BY_NAME = new Map<string, RuleDef>();
const PREFIX_BY_NAME = new Map<string, RuleDef>();
for (const def of RULE_DEFS) {
  const target = def.prefix === undefined ? DEF_BY_NAME : PREFIX_BY_NAME;
  for (const name of def.names) target.set(ruleKey(name), def);
  if (def.sub === undefined) target.set(ruleKey(def.field), def);
  else DEF_BY_NAME.set(ruleKey(`${def.field}.${def.sub}`), def);
}

/**
 * The rule a 参数 / JSON key names, with the record key of prefix rules filled in; null when unknown.
 * @example findRule('优秀比例：语文组') // { field: 'ratioExcellentByGroup', sub: '语文组', … }
 */
export function findRule(key: string): RuleDef | null {
  const k = ruleKey(key);
  const direct = DEF_BY_NAME.get(k);
  if (direct !== undefined) return direct;
  const colon = k.indexOf(':');
  if (colon <= 0) return null;
  const def = PREFIX_BY_NAME.get(k.slice(0, colon));
  const suffix = key.normalize('NFKC').slice(key.normalize('NFKC').indexOf(':') + 1).trim();
  if (def === undefined || suffix === '') return null;
  if (def.prefix !== 'level') return { ...def, sub: suffix };
  const level = LEVEL_BY_NAME.get(ruleKey(suffix));
  return level === undefined ? null : { ...def, sub: level };
}

/**
 * The canonical 参数 of a rule as the template writes it (`优秀比例:语文组`, `公开课分:市级`).
 * @example canonicalKey(findRule('优秀率：语文组')!) // '优秀比例:语文组'
 */
export function canonicalKey(def: RuleDef): string {
  const name = def.names[0] ?? def.field;
  if (def.prefix === undefined || def.sub === undefined) return name;
  return `${name}:${def.prefix === 'level' ? (LEVEL_NAMES[def.sub as Level] ?? def.sub) : def.sub}`;
}

/** Edit distance (insert, delete, substitute) between two short keys. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest of `names` to `key`, when it is close enough to be a slip (at most a third of it differs).
 * @example closestName('语文', ['语文组', '数学组']) // '语文组'
 */
export function closestName(key: string, names: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(ruleKey(key), ruleKey(name));
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(Math.max(key.length, best.length) / 3)) ? best : null;
}

/**
 * The known 参数 nearest an unknown one, for `unknown-rule` (issue 14: `优秀比列` → `优秀比例`);
 * null when nothing is close.
 * @example nearestRuleKey('优秀比列') // '优秀比例'
 * @example nearestRuleKey('公开课分:乡级') // '公开课分:校级'
 */
export function nearestRuleKey(key: string): string | null {
  const text = key.normalize('NFKC').trim();
  const colon = text.indexOf(':');
  if (colon > 0) {
    const prefixes = RULE_DEFS.filter((d) => d.prefix !== undefined);
    const head = closestName(text.slice(0, colon), prefixes.flatMap((d) => d.names));
    if (head === null) return null;
    const def = prefixes.find((d) => d.names.includes(head));
    const suffix = text.slice(colon + 1).trim();
    if (def?.prefix !== 'level') return `${head}:${suffix}`;
    const level = closestName(suffix, Object.values(LEVEL_NAMES)) ?? LEVEL_NAMES.district;
    return `${head}:${level}`;
  }
  return closestName(text, RULE_DEFS.filter((d) => d.prefix === undefined).flatMap((d) => [...d.names, ...(d.sub === undefined ? [d.field] : [])]));
}
