/**
 * 方案 (SPEC §5 `preset`, issue 14): named sets of rule values derived from the seed plans, written
 * as the 参数 | 值 rows a school would type, and read by the same parser as the 考核规则 sheet. A
 * preset fills the keys the sheet (and `--rules`) do not write: defaults ← preset ← sheet ← JSON.
 * docs/rules.md lists each preset with the seed lines it comes from.
 */
import type { Rules } from '../../engine/rules.js';
import { DEFAULT_RULES } from '../../engine/rules.js';
import { makeIssue, type Issue, type IssueWhere } from '../../engine/issues.js';
import { findRule, mergeRules, parseRuleEntry, setRule, type RulesPatch } from './rulesParse.js';
import { canonicalKey, ruleValueText, type RuleDef } from './ruleDefs.js';
import { hasOwn } from '../../engine/plainData.js';

export interface Preset {
  /** The 值 of 方案, as the template's dropdown offers it. */
  name: string;
  /** Where its values come from (seed file and section), shown in the template's 说明. */
  source: string;
  /** 参数 → 值, exactly as a school would write them on the 考核规则 sheet. */
  rows: ReadonlyArray<readonly [string, string | number]>;
}

/**
 * Every preset; the first is the default scheme (seed 003 as SPEC §4 reads it). Every value quotes its
 * seed (docs/rules.md, 方案); a value no seed says is not here.
 */
export const PRESETS: readonly Preset[] = [
  { name: '默认', source: '方案 003（SPEC §4 的默认规则）', rows: [] },
  {
    // seed 003 §五.2(1) "本项成绩不计分" taken literally; §一.4 "青年教师上一节研讨课，骨干教师上一节示范课".
    name: '003原文',
    source: '方案 003：缺勤超限“本项成绩不计分”，青年教师上研讨课、骨干教师上示范课',
    rows: [['不合格处理', '仅本项'], ['须开课课型:青年教师', '研讨课'], ['须开课课型:骨干教师', '示范课']],
  },
  {
    // seed 000 一(1): "每位教师每学年至少上校级以上公开课1次、评课1节……每位教师每学期听课次数不少于10节";
    // 二.1: 3 次 5 节 / 技能类 2 次 2 节 (the defaults already). "校级以上公开课" is any open class, at any 级别.
    name: '000开课评课',
    source: '方案 000：每学年上校级以上公开课 1 次、评课 1 节，每学期听课不少于 10 节',
    rows: [['听课最少节数', 10], ['评课最少节数', 1], ['须开课课型:全体', DEFAULT_RULES.openClassTypes.join('、')]],
  },
  {
    // seed 001 篇一: "每位教师听、评课不少于15节，并且要做到“四个一”，即：参与一项小课题研究、提供一个实用的
    // 教学设计、上一节汇报课、撰写一篇有价值的研究论文"; "每学期每位教师的自学笔记不少于20篇".
    name: '001听评课',
    source: '方案 001 篇一：听、评课不少于 15 节；“四个一”（小课题、教学设计、汇报课、论文）；自学笔记不少于 20 篇',
    rows: [
      ['听课最少节数', 15], ['评课最少节数', 15], ['须开课课型:全体', '汇报课'],
      ['须交:小课题', 1], ['须交:教学设计', 1], ['须交:论文', 1], ['须交:自学笔记', 20],
    ],
  },
  {
    // seed 002 (五)2: "教师每学年完成“八个一”：上一节研讨课；一篇优秀论文或教学反思；一篇课例点评；一篇优秀教学设计；
    // 一篇说课稿；一项基本功训练；参加一个小课题研究；骨干教师承担一次专题讲座". "论文或教学反思" is either
    // of two 类别, which one 须交 key cannot say: left to the office (docs/rules.md).
    name: '002研讨课',
    source: '方案 002：“八个一”（研讨课、课例点评、教学设计、说课稿、基本功、小课题，骨干教师专题讲座）',
    rows: [
      ['须开课课型:全体', '研讨课'], ['须交:课例点评', 1], ['须交:教学设计', 1], ['须交:说课稿', 1], ['须交:基本功', 1],
      ['须交:小课题', 1], ['须交:专题讲座:骨干教师', 1],
    ],
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
 * @example presetPatch(findPreset('001听评课')!).minReviews // 15
 */
export function presetPatch(preset: Preset): RulesPatch {
  const patch: RulesPatch = {};
  for (const [name, value] of preset.rows) {
    const def = findRule(name);
    const parsed = def === null ? null : parseRuleEntry(def, value);
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

/** The value one rule holds in a patch or a full rule set (a record field's key, or the field). */
function valueIn(rules: RulesPatch | Readonly<Rules>, def: RuleDef): unknown {
  const value = (rules as Record<string, unknown>)[def.field];
  if (def.sub === undefined) return value;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[def.sub] : undefined;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * `preset-masked` (SPEC §3.6, issue 21): a row of the sheet that writes a rule's default while the chosen
 * 方案 sets another value. The row is used as written; the warning says that a blank 值 follows the 方案
 * (`第21行 评课最少节数 0 覆盖了方案“001听评课”的 15；留空即按方案`).
 * @example maskedPresetRules({ minReviews: 0 }, findPreset('001听评课')!, () => ({ row: 21 })) // [preset-masked]
 */
export function maskedPresetRules(sheet: RulesPatch, preset: Preset, at: (key: string) => IssueWhere): Issue[] {
  const issues: Issue[] = [];
  for (const [name, presetValue] of preset.rows) {
    const def = findRule(name);
    if (def === null) continue;
    const written = valueIn(sheet, def);
    const fallback = valueIn(DEFAULT_RULES, def);
    const own = valueIn(presetPatch(preset), def);
    if (written === undefined || fallback === undefined || !same(written, fallback) || same(written, own)) continue;
    const key = canonicalKey(def);
    issues.push(makeIssue('preset-masked', at(key), {
      key, value: String(ruleValueText(def, written)), preset: preset.name, presetValue: String(presetValue),
    }));
  }
  return issues;
}

/**
 * The value a preset gives one rule, as the 值 cell would hold it; null when the preset leaves it alone.
 * @example presetValueText(findPreset('001听评课')!, 'minReviews') // 15
 */
export function presetValueText(preset: Preset, field: keyof Rules, sub?: string): string | number | null {
  for (const [name] of preset.rows) {
    const def = findRule(name);
    if (def === null || def.field !== field || def.sub !== sub) continue;
    return ruleValueText(def, valueIn(presetPatch(preset), def));
  }
  return null;
}
