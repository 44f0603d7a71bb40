/**
 * Which sheets are ours. A workbook-level defined name `_YanxiuOutputs` holds the names of the
 * sheets the last run wrote, as a string constant `="考核结果|分组统计|…"`. Only sheets listed there
 * are ever deleted; a user's sheet that happens to be called 考核结果 is kept (SPEC §7).
 */

export const OWNERSHIP_NAME = '_YanxiuOutputs';

/** The name's formula for a list of sheet names. Quotes are doubled as Excel string constants need. */
export function ownershipFormula(sheetNames: readonly string[]): string {
  return `="${sheetNames.join('|').replace(/"/g, '""')}"`;
}

/**
 * Sheet names from the defined name's value. Excel reports a string constant either as the text
 * itself or as its formula (`="a|b"`), depending on version; both are read.
 */
export function parseOwnership(value: unknown): Set<string> {
  if (typeof value !== 'string') return new Set();
  let text = value.trim();
  if (text.startsWith('=')) text = text.slice(1).trim();
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) text = text.slice(1, -1).replace(/""/g, '"');
  return new Set(text.split('|').filter((n) => n.length > 0));
}

/**
 * The sheet name each output goes to: its own name when free or ours, else `name(1)`, `name(2)`, …
 * (the first that is free or ours). Names compare case-insensitively, as Excel's do.
 * @example targetNames(['考核结果'], ['考核结果'], new Set()) // → { 考核结果: '考核结果(1)' }
 */
export function targetNames(
  outputs: readonly string[],
  existing: readonly string[],
  owned: ReadonlySet<string>,
): Record<string, string> {
  const key = (n: string): string => n.toLocaleLowerCase();
  const ownedKeys = new Set([...owned].map(key));
  const userKeys = new Set(existing.map(key).filter((k) => !ownedKeys.has(k)));
  const taken = new Set<string>();
  const out: Record<string, string> = {};
  for (const name of outputs) {
    let candidate = name;
    for (let n = 1; userKeys.has(key(candidate)) || taken.has(key(candidate)); n++) {
      candidate = fitSheetName(name, `(${n})`);
    }
    taken.add(key(candidate));
    out[name] = candidate;
  }
  return out;
}

/** Excel sheet names are at most 31 characters: shorten the base so the suffix fits. */
function fitSheetName(base: string, suffix: string): string {
  return base.slice(0, 31 - suffix.length) + suffix;
}
