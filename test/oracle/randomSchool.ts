/**
 * Random clean schools in standard form, for comparing the product with the oracle: the school
 * generator (src/app/generator) with its edge-values profile — ties on tier boundaries, equal hours,
 * .xx5 roundings, quota edges, every status word, mixed date cells — plus staff who join, leave or are
 * marked not expected (addStaffChanges). Seeded, so a failing seed can be
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
  const tables = schoolSheets(school).map((s): Table => ({ name: s.name, rows: [[...s.header], ...s.rows()] }));
  addStaffChanges(tables, seed);
  return { tables };
}

/** SPEC §3.2 not-expected words, as offices write them. */
const NOT_EXPECTED = ['免', '免签', '不参加', '不适用', '未入职', '未到岗', '调出', '已调出', '离职', '已离职'];

/**
 * SPEC §4 "Staff changes" (issue 20): a joiner and a leaver dated in the roster (their dates copied from
 * 签到表 日期 cells, in whatever form those are written), some 状态 cells holding not-expected words, and
 * 中途入职学时 = 按实际 in every third school. Seeded apart from the generator's streams.
 */
function addStaffChanges(tables: Table[], seed: number): void {
  const random = mulberry32(seed * 7919 + 17);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const roster = tables.find((t) => t.name === '教师名册');
  const signin = tables.find((t) => t.name === '签到表');
  if (roster === undefined || signin === undefined) return;
  const header = signin.rows[0] ?? [];
  const dateAt = header.indexOf('日期');
  const typeAt = header.indexOf('类型');
  const statusAt = header.indexOf('状态');
  const sessionRows = signin.rows.slice(1).filter((r) => r[typeAt] !== '外出学习' && r[dateAt] !== null && r[dateAt] !== '');
  if (sessionRows.length === 0) return;
  // The template's roster has 入职日期 / 离职日期 columns (blank): use them, else add them at the end.
  if (!(roster.rows[0] ?? []).includes('入职日期')) {
    roster.rows = roster.rows.map((row, i) => (i === 0 ? [...row, '入职日期', '离职日期'] : [...row, null, null]));
  }
  const joinAt = roster.rows[0]!.indexOf('入职日期');
  const leaveAt = roster.rows[0]!.indexOf('离职日期');
  const width = Math.max(joinAt, leaveAt) + 1;
  roster.rows = roster.rows.map((row) => (row.length >= width ? row : [...row, ...new Array<null>(width - row.length).fill(null)]));
  // Two different teachers, so no 离职日期 falls before its own 入职日期 (that is a warning, not clean data).
  const teachers = roster.rows.length - 1;
  if (teachers >= 2) {
    const joiner = Math.floor(random() * teachers); //                        0-based among the teachers
    const leaver = (joiner + 1 + Math.floor(random() * (teachers - 1))) % teachers; // any other one
    for (const [row, column] of [[joiner, joinAt], [leaver, leaveAt]] as const) {
      const day = pick(sessionRows)?.[dateAt];
      if (day !== undefined && random() < 0.8) roster.rows[row + 1]![column] = day;
    }
  }
  for (const row of sessionRows) if (random() < 0.04) row[statusAt] = pick(NOT_EXPECTED) ?? '免签';
  if (seed % 3 === 0) tables.find((t) => t.name === '考核规则')?.rows.push(['中途入职学时', '按实际']);
}

/** A small seeded PRNG (mulberry32): the same seed gives the same school. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
