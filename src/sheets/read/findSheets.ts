/**
 * Finding the standard input sheets by name (SPEC §3): exact name first, then aliases in order,
 * ignoring spaces and full/half-width differences. The product's own output sheets (SPEC §7) are
 * never taken as inputs.
 */
import type { StandardSheet } from './readReport.js';
import { headerKey } from '../normalize/text.js';
import { CONDITIONAL_OUTPUT_SHEET_NAMES, OUTPUT_SHEET_NAMES, OWN_SHEET_NAMES, SHEET_NAMES } from '../words/vocabulary.js';

const OUTPUT_KEYS: readonly string[] = [...OUTPUT_SHEET_NAMES, ...CONDITIONAL_OUTPUT_SHEET_NAMES].map(headerKey);

/** Whether a sheet is one the product writes (also its renamed copies such as `考核结果(2)`). */
export function isOutputSheet(name: string): boolean {
  const key = headerKey(name);
  return OUTPUT_KEYS.some((out) => key === out || (key.startsWith(out) && /^[(_\-\d]/.test(key.slice(out.length))));
}

const OWN_KEYS: ReadonlySet<string> = new Set(OWN_SHEET_NAMES.map(headerKey));

/**
 * Whether a sheet is one the product writes that is neither input nor output (the template's 使用说明,
 * also a renamed copy `使用说明(2)`): known, listed in 计算记录, never warned about (SPEC §3).
 * @example isOwnSheet('使用说明') // true
 */
export function isOwnSheet(name: string): boolean {
  const key = headerKey(name);
  for (const own of OWN_KEYS) if (key === own || (key.startsWith(own) && /^[(_\-\d]/.test(key.slice(own.length)))) return true;
  return false;
}

/**
 * Role → sheet name (or null), from the workbook's sheet names in tab order.
 * @example findStandardSheets(['名册', '考勤表']).signin // '考勤表'
 */
export function findStandardSheets(names: readonly string[]): Record<StandardSheet, string | null> {
  const candidates = names.filter((n) => typeof n === 'string' && !isOutputSheet(n));
  const byKey = new Map<string, string>();
  for (const name of candidates) if (!byKey.has(headerKey(name))) byKey.set(headerKey(name), name);
  const taken = new Set<string>();
  const found = {} as Record<StandardSheet, string | null>;
  for (const role of Object.keys(SHEET_NAMES) as StandardSheet[]) {
    found[role] = null;
    for (const alias of SHEET_NAMES[role]) {
      const name = byKey.get(headerKey(alias));
      if (name !== undefined && !taken.has(name)) {
        found[role] = name;
        taken.add(name);
        break;
      }
    }
  }
  return found;
}
