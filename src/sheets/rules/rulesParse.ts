/**
 * Parsing and validating rule values (SPEC §3.6, §5) from the 考核规则 sheet or JSON (`--rules`).
 * One table, RULE_DEFS (ruleDefs.ts), names every rule in Chinese (the sheet's 参数) and English (the
 * JSON key) with its kind and range; both sources go through `parseRuleEntry`, so they accept the same
 * values and raise the same codes.
 */
import type { IsoDate, Tier } from '../../engine/model.js';
import { TIERS } from '../../engine/model.js';
import { DEFAULT_RULES, type Rules } from '../../engine/rules.js';
import { excelNumber } from '../../engine/decimal.js';
import { findRule, nearestRuleKey, ruleKey, type RuleDef, type RuleKind, type RuleRange } from './ruleDefs.js';
import { makeIssue, type Issue } from '../../engine/issues.js';
import { parseNumberCell } from '../normalize/number.js';
import { parseDateCell } from '../normalize/date.js';
import { readYesNo } from '../words/yesNo.js';
import type { CellValue } from '../table.js';
import { copyData } from '../../engine/plainData.js';

export { RULE_DEFS, LEVEL_NAMES, findRule, nearestRuleKey, type RuleDef, type RuleKind } from './ruleDefs.js';

/** Rule fields that are records: a patch may set some of their keys only. */
type RecordField =
  | 'ethicsPoints' | 'ratioExcellentByGroup' | 'itemMax' | 'notesGradePoints' | 'openClassPoints' | 'competitionPoints'
  | 'appraisalPoints' | 'minObservedLessonsByEchelon' | 'openClassTypesByEchelon' | 'requiredDeliverables';

/** Rules as given by one source: record fields hold only the keys that source set. */
export type RulesPatch = { [K in keyof Rules]?: K extends RecordField ? Partial<Rules[K]> : Rules[K] };

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
  // A formula's cached 0.39999999999999997 (=1-30%-30%) is 40%, as Excel shows it (15 digits).
  let text = typeof value === 'number' ? String(excelNumber(value)) : typeof value === 'string' ? value.normalize('NFKC').replace(/\s+/g, '') : '';
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (!NUMBER_TEXT.test(text)) return null;
  const n = Number(text);
  return excelNumber(percent || n > 1 ? Number(`${text}e-2`) : n);
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
 * Parse one rule value of the given kind, within `range` when given. Blank (null, '') is `blank`: the
 * rule takes its 方案's value, else its default.
 * @example parseRuleValue('ratio', '30%') // { ok: true, value: 0.3 }
 * @example parseRuleValue('positive', 1e308, RULE_RANGES.itemMax) // { ok: false, reason: '应在 0～100 之间' }
 */
export function parseRuleValue(kind: RuleKind, value: unknown, range?: RuleRange): RuleValue {
  const parsed = parseKind(kind, value);
  if (range === undefined || parsed.ok !== true) return parsed;
  const numbers = typeof parsed.value === 'number' ? [parsed.value] : kind === 'tiers' ? Object.values(parsed.value as object) as number[] : [];
  return numbers.every((n) => n >= range.min && n <= range.max) ? parsed : { ok: false, reason: `应在 ${range.text} 之间` };
}

/**
 * A rule entry's value parsed by its def's kind and range (the one path of the sheet, JSON and presets).
 * @example parseRuleEntry(findRule('外出学习满分')!, 40) // { ok: true, value: 40 }
 */
export function parseRuleEntry(def: RuleDef, value: unknown): RuleValue {
  return parseRuleValue(def.kind, value, def.range);
}

function parseKind(kind: RuleKind, value: unknown): RuleValue {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return { ok: 'blank' };
  switch (kind) {
    case 'text': {
      const text = typeof value === 'string' ? value.normalize('NFKC').trim() : typeof value === 'number' ? String(excelNumber(value)) : '';
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
      const parsed = parseRuleEntry(def, v);
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
