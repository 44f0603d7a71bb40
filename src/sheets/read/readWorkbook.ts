/**
 * The reader of SPEC §3: the workbook's tables → Dataset + Rules + Issues. Never throws on user data
 * and never modifies the tables it is given.
 */
import type { Dataset } from '../../engine/model.js';
import { makeIssue, type Issue } from '../../engine/issues.js';
import type { Rules } from '../../engine/rules.js';
import { BLOCKING_RULE_CODES, parseRulesPatch, validateRules, type RulesPatch } from '../rules/rulesParse.js';
import { resolveRules } from '../rules/presets.js';
import type { ReadReport, StandardSheet } from './readReport.js';
import type { Table } from '../table.js';
import { findHeader, columnName, type HeaderMatch, type SheetSpec } from './header.js';
import { SheetCells } from './sheetCells.js';
import { DateReader, SchoolYearVote, schoolYearOfPeriod } from './dateReader.js';
import { schoolYearOf } from '../normalize/date.js';
import { Identity } from './identity.js';
import { SessionBook } from './sessionBook.js';
import { ExternalBook } from './externalBook.js';
import { findStandardSheets } from './findSheets.js';
import { readRoster, ROSTER_SPEC } from './readRoster.js';
import { readRulesSheet, headerlessRules, RULES_SPEC } from '../rules/readRulesSheet.js';
import { readSigninLong, SIGNIN_LONG_SPEC, type SigninContext } from './readSigninLong.js';
import { readSigninMatrix } from './readSigninMatrix.js';
import { detectSigninShape } from './signinShape.js';
import { readExternal, EXTERNAL_SPEC } from './readExternal.js';
import { readObservations, OBSERVATIONS_SPEC } from './readObservations.js';
import { readAwards, AWARDS_SPEC } from './readAwards.js';
import { readJudged, JUDGED_SPEC } from './readJudged.js';
import { voteLongSheet, voteSigninSheet } from './schoolYearVotes.js';

export { findStandardSheets } from './findSheets.js';

export interface ReadOutcome {
  dataset: Dataset;
  /** defaults ← 考核规则 sheet ← rulesOverride (SPEC §5). */
  rules: Rules;
  /** Every reader issue, workbook-level first, then in sheet (tab) and row order. */
  issues: Issue[];
  report: ReadReport;
  /** False when there is no roster, no teacher, or any `bad-rule` error. */
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
}

/** Sheets that hold no data but a header are reported (提示) so an empty term is not a surprise. */
function emptyIssue(cells: SheetCells, rowsRead: number, issues: Issue[]): void {
  if (rowsRead === 0) issues.push(makeIssue('empty-sheet', { sheet: cells.sheet }, { sheet: cells.sheet }));
}

/**
 * Read every standard sheet of a workbook.
 * @example readWorkbook([{ name: '教师名册', rows: [['姓名', '教研组'], ['张三', '语文组']] }]).dataset.teachers.length // 1
 */
export function readWorkbook(tables: Table[], options: ReadOptions = {}): ReadOutcome {
  const issues: Issue[] = [];
  const list = Array.isArray(tables) ? tables.filter((t) => typeof t === 'object' && t !== null && typeof t.name === 'string') : [];
  const byName = new Map<string, Table>();
  for (const t of list) if (!byName.has(t.name)) byName.set(t.name, t);
  const sheets = findStandardSheets(list.map((t) => t.name));
  const tableOf = (role: StandardSheet): Table | null => {
    const name = sheets[role];
    return name === null ? null : (byName.get(name) ?? null);
  };
  const dates = new DateReader();
  const rowsRead: Record<string, number> = {};

  /** Find a sheet's header, raising `no-header` / `missing-column`; also hidden/protected notes. */
  const open = (table: Table, spec: SheetSpec): SheetCells | null => {
    sheetNotes(table, issues);
    const search = findHeader(rowsOf(table), spec);
    if (search.kind === 'found') return new SheetCells(table, search.header, issues, dates);
    headerIssues(table, spec, search, issues);
    return null;
  };

  // 1. Rules first: the period dates year-less cells.
  const rulesTable = tableOf('rules');
  let sheetPatch: RulesPatch = {};
  if (rulesTable !== null) {
    sheetNotes(rulesTable, issues);
    const search = findHeader(rowsOf(rulesTable), RULES_SPEC);
    const header: HeaderMatch = search.kind === 'found' ? search.header : headerlessRules(rulesTable.firstColumn ?? 1);
    const read = readRulesSheet(new SheetCells(rulesTable, header, issues, dates));
    sheetPatch = read.rules;
    rowsRead[rulesTable.name] = read.rowsRead;
  }
  const override = parseRulesPatch(options.rulesOverride);
  issues.push(...override.issues);
  const resolved = resolveRules(sheetPatch, override.rules);
  issues.push(...resolved.issues);
  const { rules } = resolved;
  issues.push(...validateRules(rules, rulesTable === null ? {} : { sheet: rulesTable.name }));

  // 2. The school year of year-less dates: the period's, else the most common one, else today's.
  dates.schoolYear = schoolYearOfPeriod(rules.periodFrom, rules.periodTo) ?? voteSchoolYear(tableOf, dates);
  if (dates.schoolYear === null && options.today instanceof Date && !Number.isNaN(options.today.getTime())) {
    dates.schoolYear = schoolYearOf(options.today.toISOString().slice(0, 10));
  }

  // 3. Roster and identity.
  const dataset: Dataset = { teachers: [], sessions: [], attendance: [], external: [], observations: [], awards: [], judged: [] };
  const rosterTable = tableOf('roster');
  let ambiguousNames = new Set<string>();
  if (rosterTable === null) issues.push(makeIssue('missing-roster'));
  else {
    const cells = open(rosterTable, ROSTER_SPEC);
    if (cells !== null) {
      const read = readRoster(cells);
      dataset.teachers = read.teachers;
      ambiguousNames = read.ambiguousNames;
      rowsRead[rosterTable.name] = read.rowsRead;
    }
    if (dataset.teachers.length === 0) issues.push(makeIssue('no-teachers', { sheet: rosterTable.name }, { sheet: rosterTable.name }));
  }
  const identity = new Identity(dataset.teachers, ambiguousNames);

  // 4. Sign-in (either shape) and 外出学习.
  const ctx: SigninContext = {
    identity,
    rosterGroups: new Set(dataset.teachers.map((t) => t.group)),
    sessions: new SessionBook(),
    external: new ExternalBook(),
  };
  let signinShape: ReadReport['signinShape'] = null;
  const signinTable = tableOf('signin');
  if (signinTable !== null) {
    sheetNotes(signinTable, issues);
    const shape = detectSigninShape(rowsOf(signinTable));
    if (shape.shape === null) headerIssues(signinTable, SIGNIN_LONG_SPEC, shape.search, issues);
    else {
      signinShape = shape.shape;
      const header = shape.shape === 'long' ? shape.header : shape.matrix.header;
      const cells = new SheetCells(signinTable, header, issues, dates);
      const n = shape.shape === 'long' ? readSigninLong(cells, ctx) : readSigninMatrix(signinTable, cells, shape.matrix, ctx, dates);
      rowsRead[signinTable.name] = n;
      emptyIssue(cells, n, issues);
    }
  }
  const externalTable = tableOf('external');
  if (externalTable !== null) {
    const cells = open(externalTable, EXTERNAL_SPEC);
    if (cells !== null) {
      const n = readExternal(cells, identity, ctx.external);
      rowsRead[externalTable.name] = n;
      emptyIssue(cells, n, issues);
    }
  }
  dataset.sessions = ctx.sessions.sessions;
  dataset.attendance = ctx.sessions.attendance;
  dataset.external = ctx.external.records;

  // 5. 听课记录, 获奖登记, 考核登记.
  const observationsTable = tableOf('observations');
  if (observationsTable !== null) {
    const cells = open(observationsTable, OBSERVATIONS_SPEC);
    if (cells !== null) {
      const read = readObservations(cells, identity);
      dataset.observations = read.observations;
      rowsRead[observationsTable.name] = read.rowsRead;
      emptyIssue(cells, read.rowsRead, issues);
    }
  }
  const awardsTable = tableOf('awards');
  if (awardsTable !== null) {
    const cells = open(awardsTable, AWARDS_SPEC);
    if (cells !== null) {
      const read = readAwards(cells, identity, rules);
      dataset.awards = read.awards;
      rowsRead[awardsTable.name] = read.rowsRead;
      emptyIssue(cells, read.rowsRead, issues);
    }
  }
  const judgedTable = tableOf('judged');
  if (judgedTable !== null) {
    const cells = open(judgedTable, JUDGED_SPEC);
    if (cells !== null) {
      const read = readJudged(cells, identity);
      dataset.judged = read.judged;
      rowsRead[judgedTable.name] = read.rowsRead;
      emptyIssue(cells, read.rowsRead, issues);
    }
  }

  // 6. Optional sheets that are missing (外出学习 only when 签到表 had no 外出学习 rows either).
  for (const role of ['signin', 'observations', 'awards', 'judged'] as const) {
    if (sheets[role] === null) issues.push(makeIssue('missing-sheet', {}, { sheet: SHEET_TITLES[role] }));
  }
  if (sheets.external === null && dataset.external.length === 0) {
    issues.push(makeIssue('missing-sheet', {}, { sheet: SHEET_TITLES.external }));
  }

  const canScore = rosterTable !== null && dataset.teachers.length > 0 && !issues.some((i) => BLOCKING_RULE_CODES.has(i.code));
  const report: ReadReport = { sheets, signinShape, rowsRead, teacherCount: dataset.teachers.length, ruleLayers: resolved.layers };
  return { dataset, rules, issues: sortIssues(issues, list.map((t) => t.name)), report, canScore };
}

const SHEET_TITLES: Record<StandardSheet, string> = {
  roster: '教师名册', signin: '签到表', external: '外出学习', observations: '听课记录', awards: '获奖登记', judged: '考核登记', rules: '考核规则',
};

function rowsOf(table: Table): Table['rows'] {
  return Array.isArray(table.rows) ? table.rows : [];
}

/** 提示 for hidden and protected input sheets (they are read all the same). */
function sheetNotes(table: Table, issues: Issue[]): void {
  if (table.hidden === true) issues.push(makeIssue('hidden-sheet', { sheet: table.name }, { sheet: table.name }));
  if (table.protected === true) issues.push(makeIssue('protected-sheet', { sheet: table.name }, { sheet: table.name }));
}

function headerIssues(table: Table, spec: SheetSpec, search: ReturnType<typeof findHeader>, issues: Issue[]): void {
  const sheet = table.name;
  if (search.kind === 'incomplete') {
    const row = (table.firstRow ?? 1) + search.header.rowIndex;
    for (const key of search.missing) issues.push(makeIssue('missing-column', { sheet, row }, { sheet, column: columnName(key) }));
    return;
  }
  const columns = spec.required.map((r) => r.map(columnName).join('或')).join('、');
  issues.push(makeIssue('no-header', { sheet }, { sheet, columns }));
}

function voteSchoolYear(tableOf: (role: StandardSheet) => Table | null, dates: DateReader): number | null {
  const vote = new SchoolYearVote();
  const signin = tableOf('signin');
  if (signin !== null) voteSigninSheet(vote, signin, SIGNIN_LONG_SPEC, dates);
  const sheets: [StandardSheet, SheetSpec][] = [['external', EXTERNAL_SPEC], ['observations', OBSERVATIONS_SPEC], ['awards', AWARDS_SPEC]];
  for (const [role, spec] of sheets) {
    const table = tableOf(role);
    if (table !== null) voteLongSheet(vote, table, spec, dates);
  }
  return vote.winner();
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
