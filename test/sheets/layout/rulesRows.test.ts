import { describe, it, expect } from 'vitest';
import { percentText, ruleRows } from '../../../src/sheets/layout/rulesRows.js';
import { defaultRules } from '../../../src/engine/rules.js';
import { findRule, mergeRules, parseRuleValue, setRule } from '../../../src/sheets/rules/rulesParse.js';

describe('ruleRows (SPEC §5)', () => {
  it.each([
    [0.3, '30%'], [0.07, '7%'], [0.125, '12.5%'], [0.2, '20%'],
  ])('writes the ratio %f as %s', (f, text) => {
    expect(percentText(f)).toBe(text);
  });

  it('starts with 方案 and 学校名称, then the keys of SPEC §5 in order, with the defaults', () => {
    expect(ruleRows(defaultRules()).slice(0, 15).map((r) => [r.key, r.value])).toEqual([
      ['方案', '默认'], ['学校名称', ''], ['考核开始日期', ''], ['考核结束日期', ''], ['优秀比例', '30%'], ['良好比例', '40%'], ['名额取整', '四舍五入'],
      ['同分处理', '同档'], ['缺勤上限', '20%'], ['学时计算范围', '全校'], ['默认每次学时', 2], ['听课最少节数', 10],
      ['上报学时', 12], ['师德计分', '10 / 8 / 6 / 0'], ['须开课扣分', 1],
    ]);
  });

  it('adds one row per group override', () => {
    const rules = defaultRules();
    rules.ratioExcellentByGroup = { 数学组: 0.4 };
    expect(ruleRows(rules).find((r) => r.key === '优秀比例:数学组')).toMatchObject({ value: '40%' });
  });

  it('writes every rule so that the rules reader reads the same rules back', () => {
    const rules = defaultRules();
    rules.periodFrom = '2023-09-01';
    rules.ratioExcellentByGroup = { 数学组: 0.35 };
    rules.quotaRounding = 'ceil';
    const patch = {};
    for (const row of ruleRows(rules)) {
      const def = findRule(row.key);
      expect(def, row.key).not.toBeNull();
      const parsed = parseRuleValue(def!.kind, row.value);
      expect(parsed.ok, row.key).not.toBe(false);
      if (parsed.ok === true) setRule(patch, def!, parsed.value);
    }
    expect(mergeRules(defaultRules(), patch)).toEqual(rules);
  });
});
