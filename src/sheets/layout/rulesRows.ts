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
    const note = def.note;
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
