/**
 * Which sheets are ours. The list lives in a hidden workbook-level defined name, `_YanxiuOutputs`,
 * whose value is a string constant `"考核结果|分组统计|…"`: Excel and WPS keep defined names through
 * a re-save, so re-runs find and replace our sheets and never a sheet the school made (SPEC §7).
 */
import type { DefinedName } from '../package/workbookPart.js';

export const OWNERSHIP_NAME = '_YanxiuOutputs';

/** The sheet names listed by the ownership name, if the workbook has one. */
export function ownedSheets(names: DefinedName[]): string[] {
  const mark = names.find((n) => n.sheet === null && n.name.toLowerCase() === OWNERSHIP_NAME.toLowerCase());
  if (!mark) return [];
  const m = /^\s*"((?:[^"]|"")*)"\s*$/.exec(mark.value);
  if (!m || m[1] === undefined) return [];
  return m[1].replace(/""/g, '"').split('|').filter((s) => s !== '');
}

/** The defined names with the ownership name set to exactly `sheets` (removed when empty). */
export function withOwnedSheets(names: DefinedName[], sheets: string[]): DefinedName[] {
  const others = names.filter((n) => !(n.sheet === null && n.name.toLowerCase() === OWNERSHIP_NAME.toLowerCase()));
  if (sheets.length === 0) return others;
  const value = `"${sheets.join('|').replace(/"/g, '""')}"`;
  return [...others, { name: OWNERSHIP_NAME, sheet: null, hidden: true, value, source: null }];
}
