/**
 * 检查数据: read every input sheet and run the readers (SPEC §3).
 */
import type { Issue } from '../engine/issues.js';
import type { Host } from './host.js';
import type { InspectReport, RunOptions } from './types.js';
import type { Table } from '../sheets/table.js';
import { isOutputSheet, readWorkbook, type ReadOutcome } from '../sheets/read/readWorkbook.js';
import { sheetKey } from '../sheets/layout/ownership.js';
import { presetSummary, ruleOrigins } from '../sheets/layout/rulesRows.js';

export type InspectOptions = Pick<RunOptions, 'rulesOverride' | 'now'>;

/** What a parse of the input tables is told besides the tables (readTables' options). */
export type ParseOptions = InspectOptions & { ownOutputs?: readonly string[] };

/**
 * The parse of the input tables: readTables, or one that gives back an earlier parse of the same
 * inputs (the standalone page's file worker, app/lastParse.ts).
 */
export type ParseTables = (tables: Table[], options?: ParseOptions) => ReadOutcome;

/**
 * Read the standard input sheets of the host's workbook and parse them. The product's own output
 * sheets are never read, so a re-run cannot feed on the previous run's results.
 * @example const read = await readInputs(host); read.canScore // false when there is no 教师名册
 */
export async function readInputs(host: Host, options: InspectOptions = {}, parse: ParseTables = readTables): Promise<ReadOutcome> {
  const ownOutputs = await host.outputSheets?.();
  const tables = await readInputTables(host, ownOutputs);
  return parse(tables, { ...options, ...(ownOutputs === undefined ? {} : { ownOutputs }) });
}

/**
 * readWorkbook on tables already read (pure: the task pane runs it in a Web Worker). `ownOutputs`:
 * the workbook's ownership record (`Host.outputSheets`), when the host could tell.
 */
export function readTables(tables: Table[], options: ParseOptions = {}): ReadOutcome {
  return readWorkbook(tables, {
    ...(options.ownOutputs === undefined ? {} : { ownOutputs: options.ownOutputs }),
    // Year-less dates with neither a period nor a dated row fall back to the school year of the run.
    today: options.now ?? new Date(),
    ...(options.rulesOverride === undefined ? {} : { rulesOverride: options.rulesOverride }),
  });
}

/**
 * The standard input sheets of the host's workbook as Tables: the host's part of a run (the only
 * I/O; everything after it is pure and may run elsewhere). Our own output sheets are never read:
 * those `ownOutputs` lists (the workbook's ownership record), or, when the host cannot tell, every
 * sheet with an output's name. A school's sheet that only has such a name is read, so the reader can
 * say whether it holds anything (it is never taken as input either).
 */
export async function readInputTables(host: Host, ownOutputs?: readonly string[]): Promise<Table[]> {
  // SPEC §3: sheets are recognised by content too, and every sheet is accounted for, so every sheet
  // but the product's own outputs is read.
  const all = (await host.listSheets()).map((s) => s.name);
  const owned = ownOutputs === undefined ? null : new Set(ownOutputs.map(sheetKey));
  const ours = (name: string): boolean => (owned === null ? isOutputSheet(name) : owned.has(sheetKey(name)));
  const wanted = all.filter((n) => !ours(n));
  const tables: Table[] = [];
  // Excel reads every wanted sheet in shared, payload-bounded syncs; the file host goes one by one.
  if (host.readSheets) tables.push(...(await host.readSheets(wanted)));
  else for (const name of wanted) tables.push(await host.readSheet(name));
  // Output sheets are accounted for (as not read) without reading their cells; tab order is kept.
  const byName = new Map(tables.map((t) => [t.name, t]));
  return all.map((name): Table => byName.get(name) ?? { name, rows: [] });
}

/**
 * 检查数据: what was found, the rules in force, every reader issue, and whether scoring can run.
 * @example const report = await inspect(host); report.issues.filter((i) => i.severity === 'error')
 */
export async function inspect(host: Host, options: InspectOptions = {}, parse: ParseTables = readTables): Promise<InspectReport> {
  return toInspectReport(await readInputs(host, options, parse));
}

export function toInspectReport(read: ReadOutcome): InspectReport {
  return {
    read: read.report, rules: read.rules, issues: read.issues, canScore: read.canScore,
    preset: presetSummary(read.rules, read.report.ruleLayers), ruleOrigins: ruleOrigins(read.rules, read.report.ruleLayers),
  };
}

/** Issues that say some of the workbook is not used (SPEC §3 "Nothing is dropped silently"). */
const CAVEAT_CODES: ReadonlySet<string> = new Set(['missing-sheet', 'sheet-not-read', 'output-name-sheet', 'column-not-read', 'sheet-kind-guessed']);

/** An issue that says some of the workbook will not be used (a line of caveats()). */
export function isCaveat(issue: Issue): boolean {
  return CAVEAT_CODES.has(issue.code) && issue.severity !== 'info';
}

/**
 * 可以计算，但…: one line per thing the scoring will not use — a missing optional sheet (and the items
 * it leaves at 0), a sheet or column not read — for the inspect step and the CLI summary.
 * @example caveats(report) // ['没有找到“考核登记”工作表，学习笔记、读书活动……对所有教师都按 0 计。', …]
 */
export function caveats(report: Pick<InspectReport, 'issues'>): string[] {
  return report.issues.filter(isCaveat).map((i) =>
    i.sheet === undefined || i.code !== 'column-not-read' ? i.message : `“${i.sheet}”${i.message}`);
}
