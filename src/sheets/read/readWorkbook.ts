/**
 * The reader of SPEC §3: the workbook's tables → Dataset + Rules + Issues. Never throws on user data
 * and never modifies the tables it is given. Every sheet is recognised by name or by content, the
 * sheets of one kind are combined by that kind's reader (`KIND_READERS`), and every sheet and column
 * is accounted for in the report.
 */
import type { Dataset } from '../../engine/model.js';
import { makeIssue, type Issue } from '../../engine/issues.js';
import type { Rules } from '../../engine/rules.js';
import { BLOCKING_RULE_CODES, type RulesPatch } from '../rules/rulesParse.js';
import type { MissingKind, ReadReport, SheetAccount, StandardSheet } from './readReport.js';
import type { Table } from '../table.js';
import { KIND_READERS, newReadContext } from './kindReaders.js';
import { kindByName, recogniseByContent, type KindFound } from './recognise.js';
import { isOutputSheet, isOwnSheet } from './findSheets.js';
import { accountColumns, reportHiddenSheet, reportOutputNamedSheet, reportUnreadSheet } from './sheetAccount.js';
import { judgeCandidate, namedRosterGroups, sampleCandidate } from './evidence.js';
import { sheetKey } from '../layout/ownership.js';
import { SHEET_NAMES } from '../words/vocabulary.js';

export { findStandardSheets, isOutputSheet } from './findSheets.js';

export interface ReadOutcome {
  dataset: Dataset;
  /** defaults ← 考核规则 sheet ← rulesOverride (SPEC §5). */
  rules: Rules;
  /** Every reader issue, workbook-level first, then in sheet (tab) and row order. */
  issues: Issue[];
  report: ReadReport;
  /** False when there is no roster, no teacher, two rule sheets or any `bad-rule` error. */
  canScore: boolean;
}

export interface ReadOptions {
  /** Rules from outside the workbook (CLI `--rules`): raw JSON or a `Partial<Rules>`; validated here. */
  rulesOverride?: Partial<Rules> | RulesPatch | unknown;
  /**
   * Last resort for year-less dates when there is neither a period nor any fully dated row: the
   * school year holding this day (the app passes the run time). Without it such dates are issues.
   */
  today?: Date;
  /**
   * The sheets the workbook's ownership record lists as ours (SPEC §7; `Host.outputSheets`). A sheet
   * that has an output's name (or a copy's, `考核结果(2)`) but is not listed is the school's: it is not
   * read either — it may be a stale result — but it is accounted for and, when it holds anything,
   * warned about (`output-name-sheet`). Without it, every output-named sheet is taken to be ours.
   */
  ownOutputs?: readonly string[];
}

/**
 * SPEC §3: an optional kind with no sheet leaves these at 0 for everyone (one issue per kind, instead
 * of one warning per teacher). 外出学习 only when 签到表 had no 外出学习 rows either.
 */
export const MISSING_KIND_ITEMS: Readonly<Partial<Record<StandardSheet, string>>> = {
  signin: '考勤（校本研训学时、缺勤检查）',
  external: '外出学习的学时部分',
  observations: '听课节数、公开课（活动参与中的开课得分、须开课检查）',
  awards: '教学类加分中的获奖分',
  judged: '学习笔记、读书活动、活动得分、二次培训、违纪扣分、集体加分',
};

/**
 * Read every input sheet of a workbook.
 * @example readWorkbook([{ name: '教师名册', rows: [['姓名', '教研组'], ['张三', '语文组']] }]).dataset.teachers.length // 1
 */
export function readWorkbook(tables: Table[], options: ReadOptions = {}): ReadOutcome {
  const list = Array.isArray(tables) ? tables.filter((t) => typeof t === 'object' && t !== null && typeof t.name === 'string') : [];
  const seenNames = new Set<string>();
  const sheets = list.filter((t) => !seenNames.has(t.name) && seenNames.add(t.name));

  // 1. What each sheet is: an output (never read), a kind by name, a kind by content, or nothing. A
  // hidden sheet is read only under a standard name (SPEC §3): a hidden 2022学年名册 is last year's.
  const found = new Map<Table, KindFound | 'output'>();
  const hiddenUnread = new Set<Table>();
  const owned = options.ownOutputs === undefined ? null : new Set(options.ownOutputs.map(sheetKey));
  for (const table of sheets) {
    if (isOutputSheet(table.name)) found.set(table, 'output');
    else {
      const byName = kindByName(table.name);
      if (byName === null && table.hidden === true) {
        if (!isOwnSheet(table.name)) hiddenUnread.add(table);
        continue;
      }
      const kind = byName !== null ? { kind: byName, recognition: 'name' as const } : recogniseByContent(table);
      if (kind !== null) found.set(table, kind);
    }
  }
  const tablesOf = (kind: StandardSheet): Table[] => sheets.filter((t) => {
    const f = found.get(t);
    return f !== undefined && f !== 'output' && f.kind === kind;
  });

  // 2. The readers, kind by kind: each reads its sheets and combines them.
  const byName = (table: Table): boolean => {
    const f = found.get(table);
    return f !== undefined && f !== 'output' && f.recognition === 'name';
  };
  const ctx = newReadContext(options, tablesOf, byName);
  const { issues } = ctx;
  let namedRoster: Map<string, string> | null = null;
  const accounts = new Map<Table, SheetAccount>();
  // The school's sheets with our outputs' names: not read, but accounted for (SPEC §3, §7).
  for (const table of sheets) {
    if (found.get(table) === 'output' && owned !== null && !owned.has(sheetKey(table.name))) {
      accounts.set(table, { sheet: table.name, kind: null, recognition: null, notRead: reportOutputNamedSheet(table, issues), shape: null, rowsRead: 0, columns: [] });
    }
  }
  for (const reader of KIND_READERS) {
    const sink = reader.begin(ctx);
    for (const table of tablesOf(reader.kind)) {
      const how = found.get(table);
      if (how === undefined || how === 'output') continue;
      if (how.recognition !== 'name') {
        // Evidence before belief: a sheet found by its content is read only when its rows look like the kind.
        namedRoster ??= namedRosterGroups(tablesOf('roster').filter(byName), ctx.dates);
        const evidence = judgeCandidate(sampleCandidate(reader.kind, table, { dates: ctx.dates, namedRoster, identity: ctx.identity }));
        if (!evidence.accepted) {
          issues.push(makeIssue('sheet-not-read', { sheet: table.name }, {
            sheet: table.name, kind: SHEET_NAMES[reader.kind][0] ?? reader.kind, reason: evidence.reason,
            examples: evidence.examples.map((e) => `“${e}”`).join('、'),
          }));
          accounts.set(table, { sheet: table.name, kind: null, recognition: null, notRead: 'not-like-kind', shape: null, rowsRead: 0, columns: [] });
          found.delete(table);
          continue;
        }
      }
      sheetNotes(table, issues);
      if (how.recognition !== 'name') {
        issues.push(makeIssue('sheet-recognised-by-content', { sheet: table.name }, { sheet: table.name, kind: SHEET_NAMES[reader.kind][0] ?? reader.kind }));
      }
      if (how.recognition === 'guessed') issues.push(makeIssue('sheet-kind-guessed', { sheet: table.name }, { sheet: table.name }));
      const read = sink.read(table);
      accounts.set(table, {
        sheet: table.name,
        kind: read === null ? null : reader.kind,
        recognition: how.recognition,
        notRead: read === null ? (reader.kind === 'rules' && ctx.rulesSheet !== table.name ? 'second-rules' : 'bad-header') : null,
        shape: read?.shape ?? null,
        rowsRead: read?.rowsRead ?? 0,
        columns: read === null ? [] : accountColumns(table, read.header, reader.kind, read.used, issues),
      });
    }
    sink.finish();
  }

  // 3. Every other input sheet: empty, or not read (a warning when it names people). The product's own
  // outputs are not the school's sheets: a re-run must account for the same sheets as the first run.
  for (const table of sheets) {
    if (accounts.has(table) || found.get(table) === 'output') continue;
    if (isOwnSheet(table.name)) {
      accounts.set(table, { sheet: table.name, kind: null, recognition: null, notRead: 'ours', shape: null, rowsRead: 0, columns: [] });
      continue;
    }
    const notRead = hiddenUnread.has(table) ? reportHiddenSheet(table, issues) : reportUnreadSheet(table, issues);
    accounts.set(table, { sheet: table.name, kind: null, recognition: null, notRead, shape: null, rowsRead: 0, columns: [] });
  }

  // 4. Optional kinds with no sheet at all: one issue each, naming what stays at 0.
  const { dataset } = ctx;
  const missing: MissingKind[] = [];
  for (const [kind, items] of Object.entries(MISSING_KIND_ITEMS) as [StandardSheet, string][]) {
    if (tablesOf(kind).length > 0 || (kind === 'external' && dataset.external.length > 0)) continue;
    missing.push({ kind, items });
    issues.push(makeIssue('missing-sheet', {}, { sheet: SHEET_NAMES[kind][0] ?? kind, items }));
  }

  // issue 21: the ledgers are optional, but not once a rule relies on them.
  const ledgers: [StandardSheet, boolean, string][] = [
    ['deliverables', Object.keys(ctx.rules.requiredDeliverables).length > 0, '须交的成果（每位教师都按未交计）'],
    ['credits', ctx.rules.creditCycleStart !== null, '往年学分（学分台账只计本学期）'],
  ];
  for (const [kind, needed, items] of ledgers) {
    if (!needed || tablesOf(kind).length > 0) continue;
    missing.push({ kind, items });
    issues.push(makeIssue('missing-sheet', {}, { sheet: SHEET_NAMES[kind][0] ?? kind, items }));
  }

  const ordered = sheets.map((t) => accounts.get(t)).filter((a): a is SheetAccount => a !== undefined);
  const report = buildReport(ordered, dataset.teachers.length, missing);
  if (ctx.ruleLayers !== undefined) report.ruleLayers = ctx.ruleLayers;
  const canScore = tablesOf('roster').length > 0 && dataset.teachers.length > 0 &&
    !issues.some((i) => BLOCKING_RULE_CODES.has(i.code) || i.code === 'duplicate-rules-sheet');
  return { dataset, rules: ctx.rules, issues: sortIssues(issues, sheets.map((t) => t.name)), report, canScore };
}

function buildReport(accounts: SheetAccount[], teacherCount: number, missing: MissingKind[]): ReadReport {
  const kinds: StandardSheet[] = ['roster', 'signin', 'external', 'observations', 'awards', 'judged', 'rules', 'credits', 'deliverables'];
  const sheetsOf = Object.fromEntries(kinds.map((k) => [k, accounts.filter((a) => a.kind === k).map((a) => a.sheet)])) as Record<StandardSheet, string[]>;
  const sheets = Object.fromEntries(kinds.map((k) => [k, sheetsOf[k][0] ?? null])) as Record<StandardSheet, string | null>;
  const rowsRead: Record<string, number> = {};
  for (const a of accounts) if (a.kind !== null) rowsRead[a.sheet] = a.rowsRead;
  const signinShape = accounts.find((a) => a.kind === 'signin')?.shape ?? null;
  return { sheets, sheetsOf, signinShape, rowsRead, teacherCount, accounts, missing };
}

/** 提示 for hidden and protected input sheets (they are read all the same). */
function sheetNotes(table: Table, issues: Issue[]): void {
  if (table.hidden === true) issues.push(makeIssue('hidden-sheet', { sheet: table.name }, { sheet: table.name }));
  if (table.protected === true) issues.push(makeIssue('protected-sheet', { sheet: table.name }, { sheet: table.name }));
}

/** Workbook-level issues first, then by the sheet's tab position and row (stable otherwise). */
function sortIssues(issues: Issue[], order: string[]): Issue[] {
  const position = new Map(order.map((name, i) => [name, i]));
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => {
      const pa = a.issue.sheet === undefined ? -1 : (position.get(a.issue.sheet) ?? order.length);
      const pb = b.issue.sheet === undefined ? -1 : (position.get(b.issue.sheet) ?? order.length);
      if (pa !== pb) return pa - pb;
      const ra = a.issue.row ?? 0;
      const rb = b.issue.row ?? 0;
      return ra !== rb ? ra - rb : a.i - b.i;
    })
    .map((x) => x.issue);
}
