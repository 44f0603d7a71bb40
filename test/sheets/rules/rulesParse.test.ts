import { describe, it, expect } from 'vitest';
import { findRule, mergeRules, parseRulesJson, parseRulesPatch, parseRuleValue } from '../../../src/sheets/rules/rulesParse.js';
import { DEFAULT_RULES } from '../../../src/engine/rules.js';

describe('parseRuleValue (SPEC §5)', () => {
  it.each([
    ['ratio', '30%', 0.3], ['ratio', '30', 0.3], ['ratio', 0.3, 0.3], ['ratio', 30, 0.3], ['ratio', '33.3%', 0.333], ['ratio', 1, 1],
    ['date', '2023-09-01', '2023-09-01'], ['date', '2023/9/1', '2023-09-01'], ['date', '2023年9月1日', '2023-09-01'],
    ['rounding', '四舍五入', 'round'], ['rounding', 'floor', 'floor'], ['tie', 'strict', 'strict'], ['scope', '全校', 'school'],
    ['text', ' 实验小学 ', '实验小学'], ['integer', '10', 10], ['positive', 2.5, 2.5], ['number', 0, 0],
    ['tiers', [10, 8, 6, 0], { 优秀: 10, 良好: 8, 合格: 6, 不合格: 0 }],
    ['tiers', '10 / 8 / 6 / 0', { 优秀: 10, 良好: 8, 合格: 6, 不合格: 0 }],
  ] as const)('%s %s → %s', (kind, value, expected) => {
    expect(parseRuleValue(kind, value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['ratio', '150%'], ['ratio', '-1'], ['ratio', 'abc'], ['date', '2023-02-30'], ['date', '9月1日'], ['integer', 2.5],
    ['positive', 0], ['number', -1], ['rounding', '随便'], ['tiers', '10/8'], ['tie', 3],
  ] as const)('%s rejects %s', (kind, value) => {
    expect(parseRuleValue(kind, value).ok).toBe(false);
  });

  it('treats blank as not given', () => {
    expect(parseRuleValue('ratio', ' ')).toEqual({ ok: 'blank' });
  });
});

describe('findRule', () => {
  it.each([
    ['优秀比例', 'ratioExcellent', undefined], ['ratioExcellent', 'ratioExcellent', undefined], ['优秀比例：语文组', 'ratioExcellentByGroup', '语文组'],
    ['学校名称', 'schoolName', undefined], ['schoolName', 'schoolName', undefined], ['考勤满分', 'itemMax', 'attendance'], ['itemMax.bonus', 'itemMax', 'bonus'], ['评选一等奖分:县级', 'appraisalPoints', 'district'],
  ])('%s → %s %s', (key, field, sub) => {
    const def = findRule(key);
    expect([def?.field, def?.sub]).toEqual([field, sub]);
  });
  it('does not know 食堂补贴 or a level it cannot read', () => {
    expect(findRule('食堂补贴')).toBeNull();
    expect(findRule('公开课分:乡级')).toBeNull();
  });
});

describe('parseRulesJson / parseRulesPatch', () => {
  it('reads the SPEC §5 JSON keys', () => {
    const { rules, issues } = parseRulesJson({
      periodFrom: '2023-09-01', ratioExcellent: '35%', quotaRounding: 'ceil', ratioExcellentByGroup: { 语文组: 0.4 },
      ethicsPoints: '10/8/6/0', itemMax: { bonus: 12 },
    });
    expect(issues).toEqual([]);
    expect(rules).toEqual({
      periodFrom: '2023-09-01', ratioExcellent: 0.35, quotaRounding: 'ceil', ratioExcellentByGroup: { 语文组: 0.4 },
      ethicsPoints: { 优秀: 10, 良好: 8, 合格: 6, 不合格: 0 }, itemMax: { ...DEFAULT_RULES.itemMax, bonus: 12 },
    });
  });

  it('keeps record fields partial in a patch', () => {
    expect(parseRulesPatch({ itemMax: { bonus: 12 }, ethicsPoints: { 优秀: 12 } }).rules).toEqual({ itemMax: { bonus: 12 }, ethicsPoints: { 优秀: 12 } });
  });

  it('raises bad-rule and unknown-rule with the key', () => {
    const { issues } = parseRulesJson({ ratioGood: '两成', colour: 'red', itemMax: { music: 5 } });
    expect(issues.map((i) => [i.code, i.params?.key])).toEqual([['bad-rule', 'ratioGood'], ['unknown-rule', 'colour'], ['unknown-rule', 'itemMax.music']]);
  });

  it('rejects JSON that is not an object', () => {
    expect(parseRulesJson([1, 2]).issues.map((i) => i.code)).toEqual(['bad-rule']);
    expect(parseRulesJson(null)).toEqual({ rules: {}, issues: [] });
  });

  it('merges later patches over earlier ones', () => {
    const rules = mergeRules(DEFAULT_RULES, { ratioExcellent: 0.2, itemMax: { notes: 5 } }, { itemMax: { bonus: 12 } });
    expect(rules.ratioExcellent).toBe(0.2);
    expect(rules.itemMax).toEqual({ ...DEFAULT_RULES.itemMax, notes: 5, bonus: 12 });
    expect(DEFAULT_RULES.itemMax.notes).toBe(10);
  });
});
