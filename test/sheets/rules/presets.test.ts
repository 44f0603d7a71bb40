/**
 * 方案 that work from the template (issue 21 item 1, SPEC §3.6/§5): for every 方案 of the template's
 * dropdown, a workbook built from the template with that 方案 chosen scores exactly like a 考核规则 sheet
 * holding only that 方案; each 方案 changes exactly the rules docs/rules.md lists for it, and the results.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { sampleSchoolSheets } from '../../../src/app/sample/sampleSchool.js';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { score } from '../../../src/engine/score.js';
import { layoutOutputs } from '../../../src/sheets/layout/layoutOutputs.js';
import { templateSheets, RULES_SHEET } from '../../../src/sheets/template/template.js';
import { RUN_LOG_SHEET } from '../../../src/sheets/layout/runLogSheet.js';
import { PRESETS, resolveRules } from '../../../src/sheets/rules/presets.js';
import { findRule, mergeRules, parseRuleEntry, setRule, type RulesPatch } from '../../../src/sheets/rules/rulesParse.js';
import { DEFAULT_RULES } from '../../../src/engine/rules.js';
import type { CellValue, Table } from '../../../src/sheets/table.js';

/** The sample school's data sheets (its own 考核规则 left out) with the period, which every 方案 keeps. */
function dataTables(): Table[] {
  return sampleSchoolSheets().filter((s) => s.name !== RULES_SHEET).map((s): Table => ({ name: s.name, rows: s.cells.map((r) => [...r] as CellValue[]) }));
}

/** The template's 考核规则 with 方案 chosen (and the sample's period typed in, as an office would). */
function templateRules(preset: string): Table {
  const sheet = templateSheets().find((s) => s.name === RULES_SHEET)!;
  const rows = sheet.cells.map((r) => [...r] as CellValue[]);
  const set = (key: string, value: CellValue) => { rows.find((r) => r[0] === key)![1] = value; };
  set('方案', preset);
  set('考核开始日期', '2023-09-01');
  set('考核结束日期', '2024-01-31');
  return { name: RULES_SHEET, rows };
}

function onlyPreset(preset: string): Table {
  return { name: RULES_SHEET, rows: [['参数', '值'], ['方案', preset], ['考核开始日期', '2023-09-01'], ['考核结束日期', '2024-01-31']] };
}

/** Everything a school sees of a run except 计算记录 (which lists the rule rows as written). */
function outcome(rules: Table): { text: string; read: ReturnType<typeof readWorkbook> } {
  const read = readWorkbook([...dataTables(), rules]);
  expect(read.canScore).toBe(true);
  const run = score(read.dataset, read.rules);
  const sheets = layoutOutputs({
    run, read: read.report, rules: read.rules, issues: [...read.issues, ...run.result.issues], now: new Date(0), version: 'test',
  }).filter((s) => s.name !== RUN_LOG_SHEET);
  return { text: JSON.stringify([run.result, sheets]), read };
}

/** docs/rules.md's 方案 table: 方案 → its "values beyond the defaults" as `key = value` pairs. */
function documentedPresets(): Map<string, [string, string][]> {
  const docs = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
  const section = docs.slice(docs.indexOf('## 方案'), docs.indexOf('## The rule rows'));
  const out = new Map<string, [string, string][]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const [, name, values] = cells;
    if (name === undefined || values === undefined || !PRESETS.some((p) => p.name === name)) continue;
    const pairs = values === 'none' ? [] : values.split(';').map((pair): [string, string] => {
      const [key, value] = pair.split(' = ').map((x) => x.trim());
      return [key ?? '', value ?? ''];
    });
    out.set(name, pairs);
  }
  return out;
}

describe('方案 from the template (issue 21 item 1)', () => {
  const names = PRESETS.map((p) => p.name);
  const template = templateSheets().find((s) => s.name === RULES_SHEET)!;
  const dropdown = template.validations?.find((v) => template.cells[v.range.top]?.[0] === '方案')?.values;

  it('offers every 方案 in the template dropdown', () => {
    expect(dropdown).toEqual(names);
  });

  const baseline = outcome(onlyPreset('默认')).text;

  it.each(names)('%s chosen in the template scores exactly like a 考核规则 sheet holding only that 方案', (name) => {
    const fromTemplate = outcome(templateRules(name));
    const alone = outcome(onlyPreset(name));
    expect(fromTemplate.read.rules).toEqual(alone.read.rules);
    expect(fromTemplate.read.issues.filter((i) => i.sheet === RULES_SHEET)).toEqual([]);
    expect(fromTemplate.text).toBe(alone.text);
  });

  it.each(names.filter((n) => n !== '默认'))('%s changes the results of the sample school', (name) => {
    expect(outcome(templateRules(name)).text).not.toBe(baseline);
  });

  const documented = documentedPresets();
  it('documents every 方案 in docs/rules.md', () => {
    expect([...documented.keys()]).toEqual(names);
  });

  it.each(names)('%s changes exactly the rules docs/rules.md lists for it', (name) => {
    const patch: RulesPatch = {};
    for (const [key, value] of documented.get(name) ?? []) {
      const def = findRule(key);
      expect(def, key).not.toBeNull();
      const parsed = parseRuleEntry(def!, value);
      expect(parsed.ok, `${key} = ${value}`).toBe(true);
      if (parsed.ok === true) setRule(patch, def!, parsed.value);
    }
    const expected = mergeRules(DEFAULT_RULES, patch, { preset: name });
    expect(resolveRules({ preset: name }, {}).rules).toEqual(expected);
  });
});
