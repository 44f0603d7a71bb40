/**
 * Parsing and validating rule values (SPEC §3.6, §5) from the 考核规则 sheet or JSON (`--rules`).
 * One table, RULE_DEFS, names every rule in Chinese (the sheet's 参数) and English (the JSON key);
 * both sources go through `parseRuleEntry`, so they accept the same values and raise the same codes.
 */
import type { IsoDate, Level, Tier } from '../../engine/model.js';
import { ITEM_KEYS, TIERS } from '../../engine/model.js';
import { DEFAULT_RULES, type Rules } from '../../engine/rules.js';
import { ITEM_LABEL, LEVEL_LABEL } from '../../engine/explain.js';
import { makeIssue, type Issue, type IssueWhere } from '../../engine/issues.js';
import { parseNumberCell } from '../normalize/number.js';
import { parseDateCell } from '../normalize/date.js';
import { readYesNo } from '../words/yesNo.js';
import type { CellValue } from '../table.js';
import { copyData } from '../../engine/plainData.js';

export type RuleKind =
  | 'text' | 'words' | 'date' | 'ratio' | 'number' | 'positive' | 'integer' | 'tiers'
  | 'rounding' | 'tie' | 'scope' | 'quotaMethod' | 'disqualifyMode' | 'partialTerm' | 'yesNo';

/** Rule fields that are records: a patch may set some of their keys only. */
type RecordField =
  | 'ethicsPoints' | 'ratioExcellentByGroup' | 'itemMax' | 'notesGradePoints' | 'openClassPoints' | 'competitionPoints'
  | 'appraisalPoints' | 'minObservedLessonsByEchelon' | 'openClassTypesByEchelon' | 'requiredDeliverables';

/** Rules as given by one source: record fields hold only the keys that source set. */
export type RulesPatch = { [K in keyof Rules]?: K extends RecordField ? Partial<Rules[K]> : Rules[K] };

export interface RuleDef {
  field: keyof Rules;
  /** Key inside a record field (itemMax.external); for prefix rules, filled from the key's suffix. */
  sub?: string;
  kind: RuleKind;
  /** Chinese names; the first is the canonical 参数 written by the template. */
  names: readonly string[];
  /** `优秀比例:<组名>`-style rule: the suffix after the colon picks the record key (a 组名, 级别 or 梯队). */
  prefix?: 'group' | 'level' | 'echelon' | 'deliverable';
}

/** Every rule of SPEC §5. */
export const RULE_DEFS: readonly RuleDef[] = [
  { field: 'preset', kind: 'text', names: ['方案', '考核方案', '预设方案'] },
  { field: 'schoolName', kind: 'text', names: ['学校名称', '学校', '校名'] },
  { field: 'periodFrom', kind: 'date', names: ['考核开始日期', '开始日期', '考核期开始', '起始日期'] },
  { field: 'periodTo', kind: 'date', names: ['考核结束日期', '结束日期', '考核期结束', '截止日期'] },
  { field: 'ratioExcellent', kind: 'ratio', names: ['优秀比例', '优秀率'] },
  { field: 'ratioGood', kind: 'ratio', names: ['良好比例', '良好率'] },
  { field: 'quotaRounding', kind: 'rounding', names: ['名额取整', '取整方式'] },
  { field: 'tiePolicy', kind: 'tie', names: ['同分处理', '并列处理'] },
  { field: 'absenceLimit', kind: 'ratio', names: ['缺勤上限', '缺勤比例上限'] },
  { field: 'hoursScope', kind: 'scope', names: ['学时计算范围', '学时范围'] },
  { field: 'defaultSessionHours', kind: 'positive', names: ['默认每次学时', '默认学时'] },
  { field: 'minObservedLessons', kind: 'integer', names: ['听课最少节数', '最少听课节数'] },
  { field: 'reportHours', kind: 'number', names: ['上报学时'] },
  { field: 'ethicsPoints', kind: 'tiers', names: ['师德计分'] },
  { field: 'missingOpenClassDeduction', kind: 'number', names: ['须开课扣分', '未开课扣分'] },
  { field: 'quotaMethod', kind: 'quotaMethod', names: ['名额计算', '名额计算方式'] },
  { field: 'disqualifyMode', kind: 'disqualifyMode', names: ['不合格处理', '缺勤处理'] },
  { field: 'openClassTypes', kind: 'words', names: ['公开课课型'] },
  { field: 'skillGroupWords', kind: 'words', names: ['技能类教研组', '技能组'] },
  { field: 'minReviews', kind: 'integer', names: ['评课最少节数', '最少评课节数'] },
  ...ITEM_KEYS.map((item): RuleDef => ({ field: 'itemMax', sub: item, kind: 'positive', names: [`${ITEM_LABEL[item]}满分`] })),
  { field: 'notesGradePoints', kind: 'tiers', names: ['学习笔记等次分'] },
  { field: 'notesGradeScale', kind: 'positive', names: ['学习笔记计分基数'] },
  { field: 'readingMissPenalty', kind: 'number', names: ['读书未交扣分'] },
  { field: 'competitionStep', kind: 'number', names: ['比赛每档递减'] },
  { field: 'appraisalStep', kind: 'number', names: ['评选每档递减'] },
  { field: 'groupMinEvents', kind: 'integer', names: ['教研组最少公开课次数'] },
  { field: 'groupMinLessons', kind: 'integer', names: ['教研组最少公开课节数'] },
  { field: 'skillGroupMinEvents', kind: 'integer', names: ['技能组最少公开课次数'] },
  { field: 'skillGroupMinLessons', kind: 'integer', names: ['技能组最少公开课节数'] },
  { field: 'ratioExcellentByGroup', kind: 'ratio', names: ['优秀比例'], prefix: 'group' },
  { field: 'minObservedLessonsByEchelon', kind: 'integer', names: ['听课最少节数', '最少听课节数'], prefix: 'echelon' },
  { field: 'openClassTypesByEchelon', kind: 'words', names: ['须开课课型', '须上课型'], prefix: 'echelon' },
  { field: 'openClassPoints', kind: 'number', names: ['公开课分'], prefix: 'level' },
  { field: 'competitionPoints', kind: 'number', names: ['比赛一等奖分'], prefix: 'level' },
  { field: 'appraisalPoints', kind: 'number', names: ['评选一等奖分'], prefix: 'level' },
  { field: 'hoursPerDay', kind: 'positive', names: ['每天学时', '每日学时'] },
  { field: 'partialTermHours', kind: 'partialTerm', names: ['中途入职学时', '中途入离职学时'] },
  { field: 'creditCycleStart', kind: 'integer', names: ['学分周期起始学年', '学分周期起始年'] },
  { field: 'creditCycleYears', kind: 'positive', names: ['学分周期年数'] },
  { field: 'creditCycleTotal', kind: 'number', names: ['周期学分', '周期总学分'] },
  { field: 'creditCycleSchoolMin', kind: 'number', names: ['校本学分下限', '周期校本学分'] },
  { field: 'hoursPerCredit', kind: 'positive', names: ['每学分学时'] },
  { field: 'externalCredits', kind: 'yesNo', names: ['外出学习计学分'] },
  { field: 'requiredDeliverables', kind: 'integer', names: ['须交', '须交成果'], prefix: 'deliverable' },
  { field: 'missingDeliverableIsTask', kind: 'yesNo', names: ['缺交视为未完成任务'] },
];

/** Level names in rule keys (`公开课分:市级`); the readers' full level vocabulary lives in src/sheets. */
export const LEVEL_NAMES: Readonly<Record<Level, string>> = LEVEL_LABEL;
const LEVEL_BY_NAME = new Map<string, Level>([
  ...(Object.entries(LEVEL_NAMES) as [Level, string][]).map(([level, name]): [string, Level] => [name, level]),
  ['县级', 'district'], ['区级', 'district'], ['国家', 'national'], ['省', 'province'], ['市', 'city'],
  ...(Object.keys(LEVEL_NAMES) as Level[]).map((level): [string, Level] => [level.toLowerCase(), level]),
]);

type EnumKind = 'rounding' | 'tie' | 'scope' | 'quotaMethod' | 'disqualifyMode' | 'partialTerm';
const ENUM_WORDS: Record<EnumKind, Record<string, string>> = {
  rounding: { 四舍五入: 'round', round: 'round', 向下取整: 'floor', floor: 'floor', 去尾: 'floor', 向上取整: 'ceil', ceil: 'ceil', 进一: 'ceil' },
  tie: { 同档: 'share', share: 'share', 并列: 'share', 同分同档: 'share', 严格: 'strict', strict: 'strict' },
  scope: { 全校: 'school', school: 'school', 教研组: 'group', group: 'group', 组内: 'group' },
  quotaMethod: { 累计: 'cumulative', cumulative: 'cumulative', 累积: 'cumulative', 分别: 'separate', separate: 'separate', 分别计算: 'separate', 各档分别: 'separate' },
  disqualifyMode: { 不合格: 'tier', tier: 'tier', 等次不合格: 'tier', 仅本项: 'itemOnly', itemonly: 'itemOnly', 本项不计分: 'itemOnly', 本项成绩不计分: 'itemOnly' },
  partialTerm: { 按比例: 'prorate', prorate: 'prorate', 折算: 'prorate', 按比例折算: 'prorate', 按实际: 'actual', actual: 'actual', 实际: 'actual', 不折算: 'actual' },
};
/** The Chinese choices of each word rule, first = what we write (the template's dropdowns use these). */
export const RULE_CHOICES: Readonly<Record<EnumKind, readonly string[]>> = {
  rounding: ['四舍五入', '向下取整', '向上取整'],
  tie: ['同档', '严格'],
  scope: ['全校', '教研组'],
  quotaMethod: ['累计', '分别'],
  disqualifyMode: ['不合格', '仅本项'],
  partialTerm: ['按比例', '按实际'],
};
/** Separators between the words of a list rule (公开课课型, 技能类教研组): 、,，/ ; or space. */
const WORD_SEPARATORS = /[、,，/;；\s]+/;

/** Key as compared: NFKC (full-width colon → ':'), no white space, lower case. */
function ruleKey(key: string): string {
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

/** The closest of `names` to `key`, when it is close enough to be a slip (at most a third of it differs). */
function closest(key: string, names: Iterable<string>): string | null {
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
    const head = closest(text.slice(0, colon), prefixes.flatMap((d) => d.names));
    if (head === null) return null;
    const def = prefixes.find((d) => d.names.includes(head));
    const suffix = text.slice(colon + 1).trim();
    if (def?.prefix !== 'level') return `${head}:${suffix}`;
    const level = closest(suffix, Object.values(LEVEL_NAMES)) ?? LEVEL_NAMES.district;
    return `${head}:${level}`;
  }
  return closest(text, RULE_DEFS.filter((d) => d.prefix === undefined).flatMap((d) => [...d.names, ...(d.sub === undefined ? [d.field] : [])]));
}

export type RuleValue = { ok: true; value: unknown } | { ok: false; reason: string } | { ok: 'blank' };

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A JSON value as the cell it would be (objects and arrays are no cell). */
function asCell(value: unknown): CellValue | undefined {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date
    ? value
    : undefined;
}

/** "2学时", "10节", "1分", "２": numbers as every other cell reads them (src/sheets/normalize). */
function numberOf(value: unknown): number | null {
  const cell = asCell(value);
  if (cell === undefined || typeof cell === 'boolean') return null;
  const read = parseNumberCell(cell);
  return read?.kind === 'number' ? read.value : null;
}

/** "30%", "30", 30, "0.3", 0.3 → 0.3, via the decimal text so 33.3% is exactly 0.333. */
function ratioOf(value: unknown): number | null {
  let text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.normalize('NFKC').replace(/\s+/g, '') : '';
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (!NUMBER_TEXT.test(text)) return null;
  const n = Number(text);
  return percent || n > 1 ? Number(`${text}e-2`) : n;
}

/** Full dates only, in any form a date cell accepts (a rule's period needs its year). */
function dateOf(value: unknown): IsoDate | null {
  const cell = asCell(value);
  if (cell === undefined) return null;
  const read = parseDateCell(cell);
  return read?.kind === 'full' ? read.iso : null;
}

/** "公开课、研究课 观摩课" or an array → the words, de-duplicated, in order. */
function wordsOf(value: unknown): string[] | null {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.normalize('NFKC').split(WORD_SEPARATORS) : null;
  if (parts === null || parts.some((p) => typeof p !== 'string')) return null;
  const words = [...new Set((parts as string[]).map((p) => p.normalize('NFKC').trim()).filter((p) => p !== ''))];
  return words.length === 0 ? null : words;
}

/** "10/8/6/0" (or 3 values, 不合格 0), an array, or an object keyed by tier. */
function tiersOf(value: unknown): Record<Tier, number> | null {
  let parts: unknown[];
  if (Array.isArray(value)) parts = value;
  else if (typeof value === 'string') parts = value.normalize('NFKC').split(/[/、,;\s]+/).filter((p) => p !== '');
  else if (typeof value === 'object' && value !== null) parts = TIERS.map((t) => (value as Record<string, unknown>)[t]);
  else return null;
  if (parts.length === 3) parts = [...parts, 0];
  if (parts.length !== 4) return null;
  const numbers = parts.map(numberOf);
  if (numbers.some((n) => n === null || n < 0)) return null;
  return Object.fromEntries(TIERS.map((t, i) => [t, numbers[i]])) as Record<Tier, number>;
}

/**
 * Parse one rule value of the given kind. Blank (null, '') is `blank`: the rule keeps its default.
 * @example parseRuleValue('ratio', '30%') // { ok: true, value: 0.3 }
 */
export function parseRuleValue(kind: RuleKind, value: unknown): RuleValue {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return { ok: 'blank' };
  switch (kind) {
    case 'text': {
      const text = typeof value === 'string' ? value.normalize('NFKC').trim() : typeof value === 'number' ? String(value) : '';
      return text === '' ? { ok: false, reason: '应为文字' } : { ok: true, value: text };
    }
    case 'words': {
      const w = wordsOf(value);
      return w === null ? { ok: false, reason: '应为一个或几个词，用顿号或空格分开' } : { ok: true, value: w };
    }
    case 'date': {
      const d = dateOf(value);
      return d === null ? { ok: false, reason: '应为日期，如 2023-09-01' } : { ok: true, value: d };
    }
    case 'ratio': {
      const r = ratioOf(value);
      return r === null || r < 0 || r > 1 ? { ok: false, reason: '应为 0%～100% 的比例，如 30%' } : { ok: true, value: r };
    }
    case 'number':
    case 'positive':
    case 'integer': {
      const n = numberOf(value);
      if (n === null || n < 0) return { ok: false, reason: '应为不小于 0 的数字' };
      if (kind === 'positive' && n === 0) return { ok: false, reason: '应为大于 0 的数字' };
      if (kind === 'integer' && !Number.isInteger(n)) return { ok: false, reason: '应为整数' };
      return { ok: true, value: n };
    }
    case 'rounding':
    case 'tie':
    case 'scope':
    case 'quotaMethod':
    case 'disqualifyMode':
    case 'partialTerm': {
      const word = typeof value === 'string' ? ENUM_WORDS[kind][ruleKey(value)] : undefined;
      return word === undefined ? { ok: false, reason: `应为 ${RULE_CHOICES[kind].join(' 或 ')}` } : { ok: true, value: word };
    }
    case 'yesNo': {
      const yes = typeof value === 'boolean' ? value : readYesNo(asCell(value) ?? '?');
      return typeof yes === 'boolean' ? { ok: true, value: yes } : { ok: false, reason: '应为 是 或 否' };
    }
    case 'tiers': {
      const t = tiersOf(value);
      return t === null ? { ok: false, reason: '应为四个数字，如 10/8/6/0' } : { ok: true, value: t };
    }
  }
}

/** Set one parsed value into a patch (record fields key by key). */
export function setRule(patch: RulesPatch, def: RuleDef, value: unknown): void {
  const target = patch as Record<string, unknown>;
  if (def.sub === undefined) {
    target[def.field] = def.kind === 'tiers' ? { ...(target[def.field] as object | undefined), ...(value as object) } : value;
    return;
  }
  target[def.field] = { ...(target[def.field] as object | undefined), [def.sub]: value };
}

/**
 * Layer rule sources: later patches win; record fields merge key by key (SPEC §5: defaults ← sheet ← JSON).
 * @example mergeRules(defaultRules(), { ratioExcellent: 0.35 }).ratioExcellent // 0.35
 */
export function mergeRules(base: Readonly<Rules>, ...patches: readonly RulesPatch[]): Rules {
  const out = copyData(base) as Rules;
  for (const patch of patches) {
    for (const [field, value] of Object.entries(patch) as [keyof Rules, unknown][]) {
      if (value === undefined) continue;
      const current = out[field];
      const isRecord = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
      // Lists (公开课课型) replace the base's list; records merge key by key.
      (out as unknown as Record<string, unknown>)[field] =
        isRecord(current) && isRecord(value) ? { ...current, ...value } : copyData(value);
    }
  }
  return out;
}

/** Rule issues that stop scoring (SPEC §3.6: scoring does not run with broken rules). */
export const BLOCKING_RULE_CODES: ReadonlySet<string> = new Set(['bad-rule', 'unknown-rule', 'unknown-preset']);

/** Checks across rules: 优秀 + 良好 may not exceed 100%, nor may a group's 优秀 + 良好. */
export function validateRules(rules: Readonly<Rules>, where: IssueWhere = {}): Issue[] {
  const issues: Issue[] = [];
  const reason = '优秀比例与良好比例之和超过 100%';
  if (rules.ratioExcellent + rules.ratioGood > 1 + 1e-12) {
    issues.push(makeIssue('bad-rule', where, { key: '良好比例', value: `${rules.ratioGood * 100}%`, reason }));
  }
  for (const [group, ratio] of Object.entries(rules.ratioExcellentByGroup)) {
    if (ratio + rules.ratioGood > 1 + 1e-12) {
      issues.push(makeIssue('bad-rule', where, { key: `优秀比例:${group}`, value: `${ratio * 100}%`, reason }));
    }
  }
  return issues;
}

const RECORD_FIELDS: ReadonlySet<string> = new Set<RecordField>([
  'ethicsPoints', 'ratioExcellentByGroup', 'itemMax', 'notesGradePoints', 'openClassPoints', 'competitionPoints', 'appraisalPoints',
  'minObservedLessonsByEchelon', 'openClassTypesByEchelon', 'requiredDeliverables',
]);

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The rules inside one key of a JSON object: a record field given as an object is read key by key. */
function entriesOf(key: string, value: unknown): [string, RuleDef | null, unknown][] {
  const def = findRule(key);
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
  if (!isObject || (def === null && !RECORD_FIELDS.has(key))) return [[key, def, value]];
  return Object.entries(value as Record<string, unknown>).map(([sub, v]): [string, RuleDef | null, unknown] => {
    const name = `${key}.${sub}`;
    if (def?.kind === 'tiers') {
      return [name, (TIERS as readonly string[]).includes(sub) ? { ...def, sub, kind: 'number' } : null, v];
    }
    return [name, findRule(name) ?? findRule(`${key}:${sub}`), v];
  });
}

/**
 * Validate rules given as JSON (`--rules rules.json`, SPEC §5 keys; Chinese 参数 names work too).
 * Record fields hold only the keys given, so layering over the 考核规则 sheet keeps the sheet's others.
 * @example parseRulesPatch({ ratioExcellent: '35%', itemMax: { bonus: 12 } }).rules // { ratioExcellent: 0.35, itemMax: { bonus: 12 } }
 */
export function parseRulesPatch(json: unknown): { rules: RulesPatch; issues: Issue[] } {
  const rules: RulesPatch = {};
  const issues: Issue[] = [];
  if (json === null || json === undefined) return { rules, issues };
  if (typeof json !== 'object' || Array.isArray(json) || json instanceof Date) {
    issues.push(makeIssue('bad-rule', {}, { key: 'JSON', value: shown(json), reason: '规则应为 JSON 对象' }));
    return { rules, issues };
  }
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    for (const [name, def, v] of entriesOf(key, value)) {
      if (def === null) {
        const suggestion = nearestRuleKey(name);
        issues.push(makeIssue('unknown-rule', { column: name }, { key: name, ...(suggestion === null ? {} : { suggestion }) }));
        continue;
      }
      const parsed = parseRuleValue(def.kind, v);
      if (parsed.ok === true) setRule(rules, def, parsed.value);
      else if (parsed.ok === false) issues.push(makeIssue('bad-rule', { column: name }, { key: name, value: shown(v), reason: parsed.reason }));
    }
  }
  return { rules, issues };
}

/**
 * `parseRulesPatch` with every record field that was given completed from the defaults, so the result
 * is a well-typed `Partial<Rules>` (records replace the defaults' whole record when layered).
 * @example parseRulesJson({ tiePolicy: '严格' }).rules // { tiePolicy: 'strict' }
 */
export function parseRulesJson(json: unknown): { rules: Partial<Rules>; issues: Issue[] } {
  const { rules: patch, issues } = parseRulesPatch(json);
  const rules = mergeRules(DEFAULT_RULES, patch);
  const out: Partial<Rules> = {};
  for (const field of Object.keys(patch) as (keyof Rules)[]) (out as Record<string, unknown>)[field] = rules[field];
  return { rules: out, issues };
}
