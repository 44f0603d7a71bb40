/**
 * 方案 (SPEC §5 `preset`, issue 14): named sets of rule values derived from the seed plans, written
 * as the 参数 | 值 rows a school would type, and read by the same parser as the 考核规则 sheet. A
 * preset fills the keys the sheet (and `--rules`) do not write: defaults ← preset ← sheet ← JSON.
 * docs/rules.md lists each preset with the seed lines it comes from.
 */
import type { Rules } from '../../engine/rules.js';
import { DEFAULT_RULES } from '../../engine/rules.js';
import { makeIssue, type Issue } from '../../engine/issues.js';
import { findRule, mergeRules, parseRuleValue, setRule, type RulesPatch } from './rulesParse.js';
import { hasOwn } from '../../engine/plainData.js';

export interface Preset {
  /** The 值 of 方案, as the template's dropdown offers it. */
  name: string;
  /** Where its values come from (seed file and section), shown in the template's 说明. */
  source: string;
  /** 参数 → 值, exactly as a school would write them on the 考核规则 sheet. */
  rows: ReadonlyArray<readonly [string, string | number]>;
}

/** Every preset; the first is the default scheme (seed 003 as SPEC §4 reads it). */
export const PRESETS: readonly Preset[] = [
  { name: '默认', source: '方案 003（SPEC §4 的默认规则）', rows: [] },
  {
    // seed 003 §五.2(1) "本项成绩不计分" taken literally; §一.4 "青年教师上一节研讨课，骨干教师上一节示范课".
    name: '003原文',
    source: '方案 003：缺勤超限“本项成绩不计分”，青年教师上研讨课、骨干教师上示范课',
    rows: [['不合格处理', '仅本项'], ['须开课课型:青年教师', '研讨课'], ['须开课课型:骨干教师', '示范课']],
  },
  {
    // seed 000 一(1): "每学期听课次数不少于10节", "每位教师每学年至少上校级以上公开课1次、评课1节";
    // 二.1: 3 次 5 节 / 技能类 2 次 2 节 (the defaults already).
    name: '000开课评课',
    source: '方案 000：每学期听课不少于 10 节、评课至少 1 节；教研组 3 次 5 节、技能类 2 次 2 节',
    rows: [['听课最少节数', 10], ['评课最少节数', 1]],
  },
  {
    // seed 001: "每学期完成20节的听课任务", "每位教师听、评课不少于15节".
    name: '001听评课',
    source: '方案 001：每学期听课 20 节，听、评课不少于 15 节',
    rows: [['听课最少节数', 20], ['评课最少节数', 15]],
  },
  {
    // seed 002 (五)2: "教师每学年完成“八个一”：上一节研讨课"; 分别 quotas as offices count by hand.
    name: '002研讨课',
    source: '方案 002：每位教师上一节研讨课（按梯队“全体”填写），名额各档分别计算',
    rows: [['名额计算', '分别'], ['须开课课型:全体', '研讨课']],
  },
];

const key = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '');

/**
 * The preset of that name (spaces and full-width forms ignored), or null.
 * @example findPreset('默认')?.rows // []
 */
export function findPreset(name: string): Preset | null {
  return PRESETS.find((p) => key(p.name) === key(name)) ?? null;
}

/**
 * A preset's rows as a rules patch. The rows are ours, so a row that does not parse is our bug.
 * @example presetPatch(findPreset('001听评课')!) // { minObservedLessons: 20, minReviews: 15 }
 */
export function presetPatch(preset: Preset): RulesPatch {
  const patch: RulesPatch = {};
  for (const [name, value] of preset.rows) {
    const def = findRule(name);
    const parsed = def === null ? null : parseRuleValue(def.kind, value);
    if (def === null || parsed?.ok !== true) throw new Error(`preset ${preset.name}: bad row ${name} = ${value}`);
    setRule(patch, def, parsed.value);
  }
  patch.preset = preset.name;
  return patch;
}

/** Which layer each rule value came from (SPEC §5, 计算记录). */
export type RuleSource = 'default' | 'preset' | 'sheet' | 'json';

export interface ResolvedRules {
  rules: Rules;
  /** The patches by layer, so 计算记录 can say where each value came from. */
  layers: { preset: RulesPatch; sheet: RulesPatch; json: RulesPatch };
  /** `unknown-preset` for a JSON 方案 that is no preset (the sheet reader reports the sheet's with its row). */
  issues: Issue[];
}

/**
 * Layer the rule sources: defaults ← the 方案 named by the JSON or else the sheet ← sheet ← JSON.
 * An unknown preset name is an error (scoring does not run) and layers nothing.
 * @example resolveRules({ preset: '001听评课' }, {}).rules.minReviews // 15
 */
export function resolveRules(sheet: RulesPatch, json: RulesPatch): ResolvedRules {
  const issues: Issue[] = [];
  const name = json.preset ?? sheet.preset ?? DEFAULT_RULES.preset;
  const preset = findPreset(name);
  if (preset === null) {
    issues.push(makeIssue('unknown-preset', { column: 'preset' }, { value: name, choices: PRESETS.map((p) => p.name).join('、') }));
  }
  const presetLayer: RulesPatch = preset === null ? {} : presetPatch(preset);
  const jsonLayer: RulesPatch = { ...json };
  if (preset !== null && jsonLayer.preset !== undefined) jsonLayer.preset = preset.name;
  const sheetLayer: RulesPatch = { ...sheet };
  if (preset !== null && sheetLayer.preset !== undefined) sheetLayer.preset = preset.name;
  return {
    rules: mergeRules(DEFAULT_RULES, presetLayer, sheetLayer, jsonLayer),
    layers: { preset: presetLayer, sheet: sheetLayer, json: jsonLayer },
    issues,
  };
}

/**
 * Where the value of one rule (a field, or one key of a record field) came from.
 * @example ruleSource(resolveRules({ preset: '001听评课' }, {}).layers, 'minReviews') // 'preset'
 */
export function ruleSource(layers: ResolvedRules['layers'], field: keyof Rules, sub?: string): RuleSource {
  const has = (patch: RulesPatch): boolean => {
    const value = (patch as Record<string, unknown>)[field];
    if (value === undefined) return false;
    return sub === undefined || (typeof value === 'object' && value !== null && hasOwn(value, sub));
  };
  if (has(layers.json)) return 'json';
  if (has(layers.sheet)) return 'sheet';
  if (field !== 'preset' && has(layers.preset)) return 'preset';
  return 'default';
}
