/**
 * Random clean schools in standard form, for comparing the product with the oracle: the school
 * generator (src/app/generator) with its edge-values profile — ties on tier boundaries, equal hours,
 * .xx5 roundings, quota edges, every status word, mixed date cells. Seeded, so a failing seed can be
 * replayed. Only the data is shared with the product; the oracle's scoring (oracle.ts) is independent.
 */
import type { Table } from '../../src/sheets/table.js';
import { EDGE_PROFILE } from '../../src/app/generator/profiles.js';
import { schoolSheets } from '../../src/app/generator/rows.js';
import { generateSchool } from '../../src/app/generator/school.js';

export interface RandomSchool {
  tables: Table[];
}

/** One random clean school: roster, 签到表, 外出学习, 听课记录, 获奖登记, 考核登记, 考核规则. */
export function randomSchool(seed: number): RandomSchool {
  // Seeds 1000 apart: each school's sheets draw from seed + 0 … + 6, so schools never share a stream.
  const school = generateSchool(seed * 1000, EDGE_PROFILE);
  return { tables: schoolSheets(school).map((s) => ({ name: s.name, rows: [[...s.header], ...s.rows()] })) };
}
