/**
 * The invariants every scored workbook must satisfy, whatever went into it (robustness issue §2).
 * Each check returns the list of violations (empty when it holds), so a failing test says what broke.
 */
import { ITEM_KEYS, TIERS, type Result } from '../../src/engine/model.js';
import type { CellValue } from '../../src/sheets/table.js';

/** Cents of a 2-decimal figure, exactly (no binary-float drift in the comparison itself). */
export const cents = (x: number): number => Math.round(x * 100);

/** Totals equal the sum of the items; the sum of tier counts equals the group size; sizes add up. */
export function resultViolations(result: Result): string[] {
  const out: string[] = [];
  for (const t of result.teachers) {
    const sum = ITEM_KEYS.reduce((acc, k) => acc + cents(t.items[k]), 0);
    if (sum !== cents(t.total)) out.push(`${t.name}: total ${t.total} ≠ Σ items (${sum / 100})`);
    if (Math.abs(t.total * 100 - cents(t.total)) > 1e-6) out.push(`${t.name}: total ${t.total} has more than 2 decimals`);
    for (const k of ITEM_KEYS) {
      if (!Number.isFinite(t.items[k])) out.push(`${t.name}: item ${k} is ${t.items[k]}`);
    }
    if (!TIERS.includes(t.tier)) out.push(`${t.name}: tier ${String(t.tier)}`);
  }
  for (const g of result.groups) {
    const counted = TIERS.reduce((acc, tier) => acc + g.counts[tier], 0);
    if (counted !== g.size) out.push(`${g.name}: tier counts ${counted} ≠ size ${g.size}`);
    const members = result.teachers.filter((t) => t.group === g.name).length;
    if (members !== g.size) out.push(`${g.name}: ${members} teachers ≠ size ${g.size}`);
    for (const tier of TIERS) {
      const n = result.teachers.filter((t) => t.group === g.name && t.tier === tier).length;
      if (n !== g.counts[tier]) out.push(`${g.name}: ${n} teachers are ${tier}, counts say ${g.counts[tier]}`);
    }
  }
  const groupSizes = result.groups.reduce((acc, g) => acc + g.size, 0);
  if (groupSizes !== result.teachers.length) out.push(`groups hold ${groupSizes} teachers, result has ${result.teachers.length}`);
  return out;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v).trim());

/**
 * Every teacher of the result appears exactly once in the 考核结果 sheet (given as its rows), matched
 * on (工号, 姓名, 教研组) as printed.
 */
export function resultsSheetViolations(rows: readonly (readonly CellValue[])[], result: Result): string[] {
  const headerRow = rows.findIndex((r) => r.some((v) => text(v) === '姓名') && r.some((v) => text(v) === '教研组'));
  if (headerRow === -1) return ['考核结果 has no header row with 姓名 and 教研组'];
  const header = (rows[headerRow] ?? []).map(text);
  const col = (name: string): number => header.indexOf(name);
  const [idCol, nameCol, groupCol] = [col('工号'), col('姓名'), col('教研组')];
  const seen = new Map<string, number>();
  for (const row of rows.slice(headerRow + 1)) {
    const name = text(row[nameCol]);
    if (name === '') continue;
    const key = `${idCol === -1 ? '' : text(row[idCol])}|${name}|${text(row[groupCol])}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const out: string[] = [];
  const wanted = new Map<string, number>();
  for (const t of result.teachers) {
    const key = `${t.id ?? ''}|${t.name}|${t.group}`;
    wanted.set(key, (wanted.get(key) ?? 0) + 1);
  }
  for (const [key, n] of wanted) if (seen.get(key) !== n) out.push(`考核结果 lists ${key} ${seen.get(key) ?? 0}× (want ${n})`);
  for (const [key, n] of seen) if (!wanted.has(key)) out.push(`考核结果 lists ${key} ${n}× but it is not in the result`);
  return out;
}

/** `<f>` elements in a worksheet part: there must be none in any output sheet. */
export function formulaElements(worksheetXml: string): string[] {
  return worksheetXml.match(/<(?:\w+:)?f(?:\s[^>]*)?>[^<]*<\/(?:\w+:)?f>|<(?:\w+:)?f(?:\s[^>]*)?\/>/g) ?? [];
}
