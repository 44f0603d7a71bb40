/**
 * 考核规则 sheet (SPEC §3.6): two columns, 参数 | 值, one rule a row, keys of SPEC §5 in Chinese (or the
 * JSON keys). A value that does not parse or lies outside its range is a `bad-rule` error naming the row
 * (scoring then does not run); so is an unknown 参数, which names the nearest known one (issue 14), and a
 * 方案 that is no preset. A key written twice is a warning naming both rows (the later wins); a row whose
 * 参数 is a 合计 / 说明 word or a bare number is skipped with a warning (issue 20). Without a 参数/值
 * header the first two columns are read.
 */
import { parseRuleEntry, setRule, type RulesPatch } from './rulesParse.js';
import { canonicalKey, findRule, nearestRuleKey } from './ruleDefs.js';
import { findPreset, PRESETS } from './presets.js';
import type { SheetCells } from '../read/sheetCells.js';
import type { SheetSpec, HeaderMatch } from '../read/header.js';
import { cellText, headerKey } from '../normalize/text.js';
import { columnLetter } from '../columnLetter.js';
import { TOTAL_WORDS } from '../words/vocabulary.js';
import { MAX_SCHOOL_NAME } from '../layout/district/schoolIdentity.js';

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

/** 参数 words of rows that are no rule: totals, legends and signatures (SPEC §3 "rows that are not data"). */
const NOT_RULE_WORDS: ReadonlySet<string> = new Set(
  [...TOTAL_WORDS, '平均', '说明', '备注', '注', '注意', '附注', '填表说明', '制表', '审核', '制表人', '审核人', '签字', '签名'].map(headerKey),
);
/** A bare number, as a numbered row's 序号 (`3`, `3.`, `(三)`, `三、`). */
const BARE_NUMBER = /^[（(]?[0-9０-９一二三四五六七八九十]+[)）.．、]?$/;
/** A 序号 written before the key in the same cell (`1、优秀比例`, `(2)良好比例`). */
const NUMBER_PREFIX = /^\s*[（(]?[0-9０-９一二三四五六七八九十]+[)）.．、]\s*/;

/**
 * Whether a 参数 is no key at all: a 合计/小计/说明-like word (alone or heading a line, `说明：…`) or a
 * bare number (a numbered row).
 * @example isNotARule('合计') // true
 * @example isNotARule('说明：比例按教研组人数计') // true
 * @example isNotARule('优秀比例') // false
 */
export function isNotARule(key: string): boolean {
  const text = key.normalize('NFKC').trim();
  if (BARE_NUMBER.test(text)) return true;
  const head = text.split(/[:：]/)[0] ?? '';
  return NOT_RULE_WORDS.has(headerKey(text)) || (head !== text && NOT_RULE_WORDS.has(headerKey(head)));
}

export interface RulesSheetRead {
  rules: RulesPatch;
  rowsRead: number;
  /** The sheet row each rule was last written in, by canonical 参数 (`优秀比例:语文组`). */
  rows: Map<string, number>;
}

/** Read the rules sheet into a patch (later rows win over earlier ones for the same rule, with a warning). */
export function readRulesSheet(cells: SheetCells): RulesSheetRead {
  const rules: RulesPatch = {};
  const rows = new Map<string, number>();
  let rowsRead = 0;
  for (const i of cells.dataRows()) {
    rowsRead++;
    const key = cells.text(i, 'ruleKey');
    if (key === '') continue;
    const row = cells.rowNumber(i);
    // A key numbered in its own cell (`1、优秀比例`) is that key.
    const def = findRule(key) ?? (NUMBER_PREFIX.test(key) ? findRule(key.replace(NUMBER_PREFIX, '')) : null);
    if (def === null) {
      if (isNotARule(key)) {
        cells.issue('rule-row-skipped', i, cells.column('ruleKey'), { key });
        continue;
      }
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
    const parsed = parseRuleEntry(def, value);
    if (parsed.ok === 'blank') continue;
    if (parsed.ok === false) {
      cells.issue('bad-rule', i, cells.column('ruleValue'), { key, value: cellText(raw), reason: parsed.reason });
      continue;
    }
    if (def.field === 'preset' && findPreset(String(parsed.value)) === null) {
      cells.issue('unknown-preset', i, cells.column('ruleValue'), { value: String(parsed.value), choices: PRESETS.map((p) => p.name).join('、') });
      continue;
    }
    // SPEC §7/§10, issue 19 item 9: a name over 100 characters is cut where it is shown, with this warning.
    if (def.field === 'schoolName') {
      const length = Array.from(String(parsed.value)).length;
      if (length > MAX_SCHOOL_NAME) cells.issue('school-name-too-long', i, cells.column('ruleValue'), { length, max: MAX_SCHOOL_NAME });
    }
    const id = canonicalKey(def);
    const first = rows.get(id);
    if (first !== undefined) cells.issue('duplicate-rule', i, cells.column('ruleKey'), { key, firstRow: first, value: cellText(raw) });
    rows.set(id, row);
    setRule(rules, def, parsed.value);
  }
  return { rules, rowsRead, rows };
}
