/**
 * Which sheets are ours, and the sheet names our outputs go to — one pure module both hosts use, so
 * the Office.js host and the .xlsx host agree on case, truncation and legality (SPEC §7).
 *
 * Ownership is a hidden workbook-level defined name `_YanxiuOutputs` whose value is a string constant
 * `"考核结果|分组统计|…"`: Excel and WPS keep defined names through a re-save, so re-runs find and
 * replace our sheets and never a sheet the school made.
 *
 * Sheet names follow Excel's rules (Microsoft, "Rename a worksheet"): not blank, at most 31
 * characters, none of `/ \ ? * : [ ]`, not beginning or ending with an apostrophe, not the reserved
 * name `History`; unique ignoring case.
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
import { CONDITIONAL_OUTPUT_SHEET_NAMES } from '../words/vocabulary.js';

export const OWNERSHIP_NAME = '_YanxiuOutputs';

/** Excel's limit on a sheet name, in characters (code points: 考核结果 is 4). */
export const MAX_SHEET_NAME = 31;

/** Excel reserves this name for its change-tracking history sheet. */
const RESERVED_SHEET_NAMES = new Set(['history']);

/** How Excel compares sheet names: ignoring case. The one comparison key both hosts use. */
export function sheetKey(name: string): string {
  return name.toLowerCase();
}

/**
 * The string constant (with its quotes, no '=') listing `sheets`; quotes are doubled as Excel string
 * constants need. A defined name's formula is `=` followed by this.
 * @example ownershipConstant(['考核结果', '图表']) // '"考核结果|图表"'
 */
export function ownershipConstant(sheets: readonly string[]): string {
  return `"${sheets.join('|').replace(/"/g, '""')}"`;
}

/**
 * Sheet names from the defined name's value. Excel reports a string constant as the text itself or
 * as its formula (`="a|b"`), depending on version; a file stores `"a|b"`. All three are read.
 * @example parseOwnership('="考核结果|图表"') // ['考核结果', '图表']
 */
export function parseOwnership(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  let text = value.trim();
  if (text.startsWith('=')) text = text.slice(1).trim();
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) text = text.slice(1, -1).replace(/""/g, '"');
  return text.split('|').filter((n) => n.length > 0);
}

/**
 * A name Excel accepts: forbidden characters become `_`, apostrophes at either end and surrounding
 * blanks go, cut to 31 characters; blank or reserved names get a word of their own.
 * @example legalSheetName('a/b') // 'a_b'
 */
export function legalSheetName(wanted: string): string {
  // eslint-disable-next-line no-control-regex -- Excel refuses control characters in a sheet name
  let cleaned = wanted.replace(/[[\]:*?/\\\u0000-\u001F]/g, '_').trim().replace(/^'+|'+$/g, '').trim();
  if (cleaned === '') cleaned = '工作表';
  if (RESERVED_SHEET_NAMES.has(sheetKey(cleaned))) cleaned = `${cleaned}_`;
  // Cutting may leave an apostrophe at the end: take it off too.
  return [...cleaned].slice(0, MAX_SHEET_NAME).join('').replace(/'+$/, '');
}

/** Whether Excel accepts `name` as it is. */
export function isLegalSheetName(name: string): boolean {
  return name !== '' && legalSheetName(name) === name;
}

/** `base(k)`, with the base shortened (by code points) so the whole fits in 31 characters. */
function numbered(base: string, k: number): string {
  const suffix = `(${k})`;
  return [...base].slice(0, MAX_SHEET_NAME - suffix.length).join('') + suffix;
}

/**
 * `wanted` (made legal) if no sheet in `taken` has it, ignoring case; else the first free `wanted(k)`.
 * @example freeSheetName('考核结果', ['考核结果']) // '考核结果(1)'
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(sheetKey));
  const base = legalSheetName(wanted);
  if (!used.has(sheetKey(base))) return base;
  for (let k = 1; ; k++) {
    const name = numbered(base, k);
    if (!used.has(sheetKey(name))) return name;
  }
}

/** True when `name` is `output` or one of its numbered variants `output(k)`, ignoring case. */
export function isVariantOf(name: string, output: string): boolean {
  const base = legalSheetName(output);
  if (sheetKey(name) === sheetKey(base)) return true;
  const m = /^(.*)\((\d+)\)$/.exec(name);
  if (!m || m[2] === undefined) return false;
  return sheetKey(name) === sheetKey(numbered(base, Number(m[2])));
}

/**
 * The sheet each output goes to: its own (legal) name when free or already ours, else `name(1)`,
 * `name(2)`, … — the first that is free or ours. A sheet of ours keeps being written in place.
 * @example targetNames(['考核结果'], ['考核结果'], []) // { 考核结果: '考核结果(1)' }
 */
export function targetNames(outputs: readonly string[], existing: readonly string[], owned: Iterable<string>): Record<string, string> {
  const ours = new Set([...owned].map(sheetKey));
  const taken = existing.filter((n) => !ours.has(sheetKey(n)));
  const out: Record<string, string> = {};
  for (const name of outputs) {
    const target = freeSheetName(name, taken);
    taken.push(target);
    out[name] = target;
  }
  return out;
}

/**
 * Our sheets that a school run leaves stale (issue 21): a 任务完成 or 学分台账 written by an earlier run
 * whose rules no longer ask for it. Kept, it would show that run's numbers beside this run's results,
 * so a run that writes the school's outputs (考核结果 among them) removes it. A district run (other
 * sheets) removes nothing of the school's.
 * @example staleOutputs(['考核结果', '任务完成'], ['考核结果'], ['考核结果', '任务完成']) // ['任务完成']
 */
export function staleOutputs(existing: readonly string[], outputs: readonly string[], owned: Iterable<string>): string[] {
  if (!outputs.some((o) => isVariantOf(o, SCHOOL_RUN_MARKER))) return [];
  const ours = new Set([...owned].map(sheetKey));
  return existing.filter(
    (name) =>
      ours.has(sheetKey(name)) &&
      CONDITIONAL_OUTPUT_SHEET_NAMES.some((c) => isVariantOf(name, c)) &&
      !outputs.some((o) => isVariantOf(name, o)),
  );
}

/** The sheet every school run writes (考核结果). */
const SCHOOL_RUN_MARKER = '考核结果';
