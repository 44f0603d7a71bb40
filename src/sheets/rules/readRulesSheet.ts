/**
 * 考核规则 sheet (SPEC §3.6): two columns, 参数 | 值, one rule a row, keys of SPEC §5 in Chinese (or the
 * JSON keys). A value that does not parse is a `bad-rule` error naming the row (scoring then does not
 * run); so is an unknown 参数, which names the nearest known one (issue 14), and a 方案 that is no preset. Without a 参数/值 header the first two columns are read.
 */
import { findRule, nearestRuleKey, parseRuleValue, setRule, type RulesPatch } from './rulesParse.js';
import { findPreset, PRESETS } from './presets.js';
import type { SheetCells } from '../read/sheetCells.js';
import type { SheetSpec, HeaderMatch } from '../read/header.js';
import { cellText } from '../normalize/text.js';
import { columnLetter } from '../columnLetter.js';

export const RULES_SPEC: SheetSpec = {
  columns: ['ruleKey', 'ruleValue'],
  required: [['ruleKey'], ['ruleValue']],
};

/** A header for a 考核规则 sheet that has none: 参数 in its first column, 值 in its second (`firstColumn` 1-based). */
export function headerlessRules(firstColumn: number): HeaderMatch {
  return {
    rowIndex: -1,
    columns: {
      ruleKey: { index: 0, header: columnLetter(firstColumn - 1) },
      ruleValue: { index: 1, header: columnLetter(firstColumn) },
    },
  };
}

/** Read the rules sheet into a patch (later rows win over earlier ones for the same rule). */
export function readRulesSheet(cells: SheetCells): { rules: RulesPatch; rowsRead: number } {
  const rules: RulesPatch = {};
  let rowsRead = 0;
  for (const i of cells.dataRows()) {
    rowsRead++;
    const key = cells.text(i, 'ruleKey');
    if (key === '') continue;
    const def = findRule(key);
    if (def === null) {
      const suggestion = nearestRuleKey(key);
      cells.issue('unknown-rule', i, cells.column('ruleKey'), { key, ...(suggestion === null ? {} : { suggestion }) });
      continue;
    }
    const raw = cells.raw(i, 'ruleValue');
    let value: unknown = typeof raw === 'string' ? cellText(raw) : raw;
    if (def.kind === 'date' && raw !== null) {
      // Date cells and serial numbers are read like every other date cell (full dates only).
      const read = cells.dates.parse(raw);
      if (read?.kind === 'full') value = read.iso;
    }
    const parsed = parseRuleValue(def.kind, value);
    if (parsed.ok === true && def.field === 'preset' && findPreset(String(parsed.value)) === null) {
      cells.issue('unknown-preset', i, cells.column('ruleValue'), { value: String(parsed.value), choices: PRESETS.map((p) => p.name).join('、') });
    } else if (parsed.ok === true) setRule(rules, def, parsed.value);
    else if (parsed.ok === false) {
      cells.issue('bad-rule', i, cells.column('ruleValue'), { key, value: cellText(raw), reason: parsed.reason });
    }
  }
  return { rules, rowsRead };
}
