/**
 * Runs tables through the product (readWorkbook → score) and through the oracle, and lists every
 * field where they differ, one line each.
 */
import { readWorkbook } from '../../src/sheets/read/readWorkbook.js';
import { score } from '../../src/engine/score.js';
import type { Result } from '../../src/engine/model.js';
import type { Table } from '../../src/sheets/table.js';
import { oracle, type OracleResult } from './oracle.js';

export interface Comparison {
  product: Result | null;
  expected: OracleResult;
  differences: string[];
}

const ITEMS = ['external', 'attendance', 'notes', 'activity', 'reading', 'bonus'] as const;
const TEACHER_FIELDS = ['total', 'groupRank', 'tier', 'ethicsPoints', 'disqualified', 'observedLessons', 'openClasses', 'reportHours'] as const;
const GROUP_FIELDS = ['size', 'mean', 'openClassEvents', 'openClassLessons', 'eligibleForExcellentGroup'] as const;

/** Score `tables` with the product (readWorkbook → score, reader issues first as the app does) and with the oracle. */
export function compareWithOracle(tables: Table[]): Comparison {
  const expected = oracle(tables);
  const read = readWorkbook(tables);
  if (!read.canScore) return { product: null, expected, differences: ['product cannot score: ' + read.issues.filter((i) => i.severity === 'error').map((i) => i.code).join(',')] };
  const product = score(read.dataset, read.rules).result;
  product.issues = [...read.issues, ...product.issues];
  return { product, expected, differences: differencesFromOracle(product, expected) };
}

/** Every SPEC §8 field of teachers and groups where `product` and the oracle differ, one line each. */
export function differencesFromOracle(product: Result, expected: OracleResult): string[] {
  const differences: string[] = [];
  const key = (t: { id: string | null; name: string }): string => `${t.id ?? ''}/${t.name}`;
  const got = new Map(product.teachers.map((t) => [key(t), t]));
  if (product.teachers.length !== expected.teachers.length) differences.push(`teacher count ${product.teachers.length} ≠ ${expected.teachers.length}`);
  for (const e of expected.teachers) {
    const g = got.get(key(e));
    if (!g) {
      differences.push(`${key(e)}: missing in product`);
      continue;
    }
    if (g.group !== e.group) differences.push(`${key(e)}.group: product ${g.group}, oracle ${e.group}`);
    for (const k of ITEMS) if (g.items[k] !== e.items[k]) differences.push(`${key(e)}.items.${k}: product ${g.items[k]}, oracle ${e.items[k]}`);
    for (const k of TEACHER_FIELDS) if (g[k] !== e[k]) differences.push(`${key(e)}.${k}: product ${String(g[k])}, oracle ${String(e[k])}`);
    // issue 21: deliverables with 须交 rules; credits when the oracle keeps a ledger (a period names the term).
    if (e.deliverables !== undefined && JSON.stringify(g.deliverables) !== JSON.stringify(e.deliverables)) {
      differences.push(`${key(e)}.deliverables: product ${JSON.stringify(g.deliverables)}, oracle ${JSON.stringify(e.deliverables)}`);
    }
    if (e.deliverables === undefined && g.deliverables !== undefined) differences.push(`${key(e)}.deliverables: product has them, oracle none`);
    if (e.credits !== undefined && JSON.stringify(g.credits) !== JSON.stringify(e.credits)) {
      differences.push(`${key(e)}.credits: product ${JSON.stringify(g.credits)}, oracle ${JSON.stringify(e.credits)}`);
    }
  }
  const groups = new Map(product.groups.map((g) => [g.name, g]));
  if (product.groups.length !== expected.groups.length) differences.push(`group count ${product.groups.length} ≠ ${expected.groups.length}`);
  for (const e of expected.groups) {
    const g = groups.get(e.name);
    if (!g) {
      differences.push(`group ${e.name}: missing in product`);
      continue;
    }
    for (const k of GROUP_FIELDS) if (g[k] !== e[k]) differences.push(`group ${e.name}.${k}: product ${String(g[k])}, oracle ${String(e[k])}`);
    for (const t of ['优秀', '良好', '合格'] as const) if (g.quota[t] !== e.quota[t]) differences.push(`group ${e.name}.quota.${t}: product ${g.quota[t]}, oracle ${e.quota[t]}`);
    for (const t of ['优秀', '良好', '合格', '不合格'] as const) if (g.counts[t] !== e.counts[t]) differences.push(`group ${e.name}.counts.${t}: product ${g.counts[t]}, oracle ${e.counts[t]}`);
  }
  return differences;
}
