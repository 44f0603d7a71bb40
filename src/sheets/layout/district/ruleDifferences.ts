/**
 * Which of a school's rules differ from the defaults (SPEC §10 规则对照 and 学校汇总), compared as the
 * 考核规则 sheet writes them (ruleRows), so the office sees the same words it would type.
 */
import { defaultRules, type Rules } from '../../../engine/rules.js';
import type { OutputCell } from '../../output.js';
import { ruleRows } from '../rulesRows.js';

/** Rules that name the school rather than score it: never counted as a difference. */
const NOT_A_RULE: ReadonlySet<string> = new Set(['学校名称']);

/**
 * The term's dates: every school sets them, so against the default (none) they always differ. They
 * are compared with what most schools wrote instead (规则对照), and left out of 学校汇总's list.
 */
export const PERIOD_KEYS: ReadonlySet<string> = new Set(['考核开始日期', '考核结束日期']);

export interface RuleValue {
  key: string;
  value: OutputCell;
}

/** Every rule row of `rules` keyed by its 参数, without 学校名称. */
export function ruleValues(rules: Rules): Map<string, OutputCell> {
  return new Map(ruleRows(rules).filter((r) => !NOT_A_RULE.has(r.key)).map((r) => [r.key, r.value]));
}

let defaultValues: Map<string, OutputCell> | undefined;

/** The default rules' values (SPEC §5), keyed by 参数. */
export function defaultRuleValues(): Map<string, OutputCell> {
  defaultValues ??= ruleValues(defaultRules());
  return defaultValues;
}

/**
 * The rules of `rules` whose value is not the default, in the rules table's order, without the
 * term's dates. A per-group 优秀比例 has no default and always counts.
 * @example ruleDifferences({ ...defaultRules(), ratioExcellent: 0.25 }) // [{ key: '优秀比例', value: '25%' }]
 */
export function ruleDifferences(rules: Rules): RuleValue[] {
  const defaults = defaultRuleValues();
  const out: RuleValue[] = [];
  for (const [key, value] of ruleValues(rules)) {
    if (PERIOD_KEYS.has(key)) continue;
    if (!defaults.has(key) || defaults.get(key) !== value) out.push({ key, value });
  }
  return out;
}

/** `优秀比例 25%；缺勤上限 10%`, or '' when the school uses the defaults. */
export function ruleDifferencesText(rules: Rules): string {
  return ruleDifferences(rules).map((d) => `${d.key} ${d.value === null || d.value === '' ? '（空）' : String(d.value)}`).join('；');
}
