/**
 * Every rule as the 考核规则 sheet writes it (参数 | 值 | 说明, SPEC §3.6 and §5): used by the
 * template (filled with the defaults) and by 计算记录 (the values a run used).
 * The 参数 names come from the rules reader's one table (RULE_DEFS), so what we write reads back.
 * Values are written as a person would type them: ratios as `30%`, choices as their Chinese word,
 * per-tier tables as `10 / 8 / 6 / 0`.
 */
import type { Level } from '../../engine/model.js';
import type { Rules } from '../../engine/rules.js';
import { LEVEL_ORDER } from '../../engine/levels.js';
import { LEVEL_NAMES, RULE_DEFS, ruleValueText } from '../rules/ruleDefs.js';
import { resolveRules, ruleSource, type ResolvedRules, type RuleSource } from '../rules/presets.js';
import type { OutputCell } from '../output.js';

export interface RuleRow {
  key: string;
  value: OutputCell;
  note: string;
  /** The rule this row writes (for 计算记录's 来源). */
  field: keyof Rules;
  sub?: string;
}

const LEVELS: readonly Level[] = LEVEL_ORDER;

/** 计算记录's words for where a value came from. */
export const SOURCE_LABEL: Readonly<Record<RuleSource, string>> = {
  default: '默认值', preset: '方案', sheet: '考核规则表', json: '命令行 --rules',
};


export { percentText } from '../rules/ruleDefs.js';

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
    // The range the validator holds the value to, from the same table (issue 19 item 5).
    const note = def.range === undefined ? def.note : `${def.note}（范围 ${def.range.text}）`;
    if (def.prefix === 'group' || def.prefix === 'echelon' || def.prefix === 'deliverable') {
      for (const [sub, value] of Object.entries(field(def.field) as Record<string, unknown>)) {
        rows.push({ key: `${name}:${sub}`, value: ruleValueText(def, value), note: `“${sub}”${note}`, field: def.field, sub });
      }
    } else if (def.prefix === 'level') {
      const table = field(def.field) as Record<Level, number>;
      for (const level of LEVELS) {
        rows.push({ key: `${name}:${LEVEL_NAMES[level]}`, value: table[level], note: `${LEVEL_NAMES[level]}：${note}`, field: def.field, sub: level });
      }
    } else if (def.sub !== undefined) {
      const record = field(def.field) as Record<string, number>;
      rows.push({ key: name, value: ruleValueText(def, record[def.sub]), note: `“${name.replace(/满分$/, '')}”${note}`, field: def.field, sub: def.sub });
    } else {
      rows.push({ key: name, value: ruleValueText(def, field(def.field)), note, field: def.field });
    }
  }
  return rows;
}

/** A rule as the pane's 考核规则 view shows it: value and where it came from. */
export interface RuleOrigin {
  key: string;
  value: OutputCell;
  source: string;
}

/**
 * Every rule with the layer its value came from (计算记录's 来源, the pane's 考核规则 view).
 * @example ruleOrigins(rules, layers)[0] // { key: '方案', value: '001听评课', source: '考核规则表' }
 */
export function ruleOrigins(rules: Rules, layers: ResolvedRules['layers'] | undefined): RuleOrigin[] {
  return ruleRows(rules).map((r) => ({
    key: r.key, value: r.value, source: layers === undefined ? SOURCE_LABEL.default : SOURCE_LABEL[ruleSource(layers, r.field, r.sub)],
  }));
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

/** One rule whose value is not what the chosen 方案 gives it (issue 21 item 5). */
export interface RuleDifference {
  key: string;
  value: OutputCell;
  /** The value under the 方案 alone (defaults ← 方案); '' when it sets none. */
  presetValue: OutputCell;
  /** Where the value came from: 考核规则表 or 命令行 --rules. */
  source: string;
}

/** The school's own facts, which no 方案 sets: the 方案 itself, 学校名称 and the 考核期. */
const NOT_SCHEME: ReadonlySet<keyof Rules> = new Set<keyof Rules>(['preset', 'schoolName', 'periodFrom', 'periodTo']);

/** Which 方案 ran and every rule that differs from it. */
export interface PresetSummary {
  preset: string;
  differences: RuleDifference[];
}

/**
 * The 方案 a run used and every rule whose value differs from what that 方案 alone gives (SPEC §5,
 * issue 21 item 5): shown by 计算记录, the CLI summary and the pane's result step. 学校名称 and the
 * 考核期 are the school's facts, not the scheme's, and are not listed.
 * @example presetSummary(rules, layers) // { preset: '001听评课', differences: [{ key: '评课最少节数', value: 0, presetValue: 15, source: '考核规则表' }] }
 */
export function presetSummary(rules: Rules, layers: ResolvedRules['layers'] | undefined): PresetSummary {
  const base = new Map(ruleRows(resolveRules({ preset: rules.preset }, {}).rules).map((r) => [r.key, r.value]));
  const differences = ruleRows(rules).flatMap((r): RuleDifference[] => {
    const presetValue = base.get(r.key) ?? '';
    if (NOT_SCHEME.has(r.field) || String(presetValue) === String(r.value)) return [];
    const source = layers === undefined ? SOURCE_LABEL.sheet : SOURCE_LABEL[ruleSource(layers, r.field, r.sub)];
    return [{ key: r.key, value: r.value, presetValue, source }];
  });
  return { preset: rules.preset, differences };
}

/**
 * One line for people: `方案“001听评课”，与方案不同的规则：评课最少节数 0（方案 15，来自考核规则表）`.
 * @example presetSummaryText({ preset: '默认', differences: [] }) // '方案“默认”，所有规则均按方案。'
 */
export function presetSummaryText(summary: PresetSummary): string {
  if (summary.differences.length === 0) return `方案“${summary.preset}”，所有规则均按方案。`;
  const parts = summary.differences.map((d) => {
    const value = d.value === '' ? '空白' : String(d.value);
    const preset = d.presetValue === '' ? '未设' : String(d.presetValue);
    return `${d.key} ${value}（方案 ${preset}，来自${d.source}）`;
  });
  return `方案“${summary.preset}”，与方案不同的规则：${parts.join('；')}。`;
}
