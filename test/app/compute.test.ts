import { describe, expect, it } from 'vitest';
import { computeBetweenTasks, computeRun } from '../../src/app/compute.js';
import { readTables } from '../../src/app/inspect.js';
import { planCredits } from '../../src/app/recordCredits.js';
import { EDGE_PROFILE, realisticProfile } from '../../src/app/generator/profiles.js';
import { schoolSheets } from '../../src/app/generator/rows.js';
import { generateSchool } from '../../src/app/generator/school.js';
import type { ReadOutcome } from '../../src/sheets/read/readWorkbook.js';
import type { CellValue, Table } from '../../src/sheets/table.js';
import { MemoryHost } from './memoryHost.js';

const NOW = new Date(Date.UTC(2024, 0, 20, 9, 5));

/** A generated school's input sheets as a host would hand them over. */
const tablesOf = (seed: number, profile = EDGE_PROFILE): Table[] =>
  schoolSheets(generateSchool(seed, profile)).map((s) => ({ name: s.name, rows: [[...s.header], ...s.rows()] as CellValue[][] }));

/** Object.freeze all the way down (a write to a frozen object throws in a module's strict code). */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Map) for (const [k, v] of value) { deepFreeze(k, seen); deepFreeze(v, seen); }
  else if (value instanceof Set) for (const v of value) deepFreeze(v, seen);
  else for (const v of Object.values(value)) deepFreeze(v, seen);
  return Object.freeze(value);
}

const SCHOOLS: [string, () => Table[]][] = [
  ['an edge-values school', () => tablesOf(1000)],
  ['another edge-values school', () => tablesOf(7000)],
  ['a realistic school of 120', () => tablesOf(3, realisticProfile(120, '城关第一中学', 7))],
];

describe('the parse is shared by 检查数据 and 开始计算 (lastParse.ts), so nothing after it changes it', () => {
  it.each(SCHOOLS)('score and layout leave the parse of %s as they found it', async (_, tables) => {
    const read = readTables(tables(), { now: NOW });
    expect(read.canScore).toBe(true);
    const before = structuredClone(read);
    // Frozen: an in-place write to an object or array throws; compared after: Maps, Sets and Dates too.
    deepFreeze(read);
    const compute = computeBetweenTasks(() => Promise.resolve(), () => read);
    const out = await compute({ tables: [], now: NOW, version: 'test' }, {});
    expect(out.sheets.length).toBeGreaterThan(0);
    expect(read).toEqual(before);
  });

  it('planning 登记本学期学分 leaves a shared parse as it found it too', async () => {
    const tables = tablesOf(1000);
    const read: ReadOutcome = readTables(tables, { now: NOW });
    const before = structuredClone(read);
    deepFreeze(read);
    await planCredits(new MemoryHost(tables), { now: NOW }, () => read);
    expect(read).toEqual(before);
  });

  it.each(SCHOOLS)('gives the same output sheets with a reused parse as with a fresh one (%s)', async (_, tables) => {
    const input = tables();
    const shared = readTables(input, { now: NOW });
    const reusing = computeBetweenTasks(() => Promise.resolve(), () => shared);
    // Used by one run already (as by 检查数据 and a first 开始计算), then by another.
    await reusing({ tables: input, now: NOW, version: 'test' }, {});
    const reused = await reusing({ tables: input, now: NOW, version: 'test' }, {});
    const fresh = computeRun({ tables: tables(), now: NOW, version: 'test' });
    expect(reused.sheets).toEqual(fresh.sheets);
    expect(reused.inspect).toEqual(fresh.inspect);
  });
});
