/**
 * The one table of rules (issue 19 item 5, STYLE "validate configuration where it enters"): every numeric
 * rule has a range, the parser holds values to it, and docs/rules.md states the same ranges.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { RULE_DEFS, RULE_RANGES, canonicalKey, findRule } from '../../../src/sheets/rules/ruleDefs.js';
import { parseRuleEntry } from '../../../src/sheets/rules/rulesParse.js';

const NUMERIC = new Set(['ratio', 'number', 'positive', 'integer', 'tiers']);
const numeric = RULE_DEFS.filter((d) => NUMERIC.has(d.kind));
/** A def as the sheet names it (prefix rules with a sample suffix). */
const sample = (name: string, prefix: string | undefined): string =>
  prefix === undefined ? name : `${name}:${({ group: '语文组', level: '市级', echelon: '骨干教师', deliverable: '说课稿' } as Record<string, string>)[prefix]}`;
/** A value of the def's kind at `n` (a ratio as a percentage, tiers as four numbers). */
const valueAt = (kind: string, n: number): string | number => (kind === 'ratio' ? `${n * 100}%` : kind === 'tiers' ? `${n}/${n}/${n}/${n}` : n);

describe('RULE_DEFS ranges (SPEC §3.6)', () => {
  it('gives every numeric rule a range', () => {
    expect(numeric.filter((d) => d.range === undefined).map((d) => d.names[0])).toEqual([]);
  });

  it.each(numeric.map((d) => [sample(d.names[0]!, d.prefix), d] as const))('%s refuses a value above its range and accepts its bounds', (key, def) => {
    const range = def.range!;
    const found = findRule(key)!;
    expect(parseRuleEntry(found, valueAt(def.kind, range.max)).ok).toBe(true);
    expect(parseRuleEntry(found, valueAt(def.kind, range.max + (def.kind === 'ratio' ? 0.01 : 1))).ok).toBe(false);
    if (def.kind !== 'positive' || range.min > 0) expect(parseRuleEntry(found, valueAt(def.kind, range.min)).ok).toBe(true);
  });

  it('is described by docs/rules.md, range by range', () => {
    const docs = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    for (const range of Object.values(RULE_RANGES)) expect(docs).toContain(range.text);
  });

  it.each([['优秀比例：语文组', '优秀比例:语文组'], ['比赛一等奖分:区级', '比赛一等奖分:县区级'], ['须交:专题讲座:骨干教师', '须交:专题讲座:骨干教师'], ['考勤满分', '考勤满分']])(
    'writes %s canonically as %s', (key, canonical) => {
      expect(canonicalKey(findRule(key)!)).toBe(canonical);
    },
  );
});
