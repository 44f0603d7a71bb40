/**
 * Sheet names: Excel's rules (≤ 31 characters, none of `[]:*?/\`, unique ignoring case) and the free
 * name an output goes to when a user sheet already has its name (`考核结果` → `考核结果(1)`).
 */

const MAX_SHEET_NAME = 31;

/** A name Excel accepts: forbidden characters become `_`, cut to 31 characters. */
export function legalSheetName(wanted: string): string {
  // eslint-disable-next-line no-control-regex -- Excel refuses control characters in a sheet name
  const cleaned = wanted.replace(/[[\]:*?/\\\u0000-\u001F]/g, '_').replace(/^'+|'+$/g, '').trim();
  return [...(cleaned === '' ? '工作表' : cleaned)].slice(0, MAX_SHEET_NAME).join('');
}

/**
 * `wanted` if no sheet in `taken` has it (ignoring case), else the first free `wanted(k)`, shortened
 * so the suffix fits in 31 characters.
 * @example freeSheetName('考核结果', ['考核结果']) // '考核结果(1)'
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = legalSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let k = 1; ; k++) {
    const suffix = `(${k})`;
    const name = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join('') + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** True when `name` is `output` or one of its numbered variants `output(k)`. */
export function isVariantOf(name: string, output: string): boolean {
  const base = legalSheetName(output).toLowerCase();
  const lower = name.toLowerCase();
  if (lower === base) return true;
  const m = /^(.*)(\(\d+\))$/.exec(lower);
  if (!m || m[1] === undefined || m[2] === undefined) return false;
  // freeSheetName shortens the base only as far as the suffix needs.
  const fits = [...base].slice(0, MAX_SHEET_NAME - m[2].length).join('');
  return m[1] === fits;
}

/** A sheet name as it must appear in a formula: `'考核结果'!`. */
export function quotedSheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
