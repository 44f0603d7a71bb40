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
import { ruleSource, type ResolvedRules, type RuleSource } from '../rules/presets.js';
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
    const note = def.note;
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
