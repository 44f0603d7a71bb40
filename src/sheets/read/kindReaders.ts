/**
 * The readers of SPEC §3 as data (issue 15: behaviour as a table, one runner): each kind names the
 * columns it reads, how a sheet of it is opened, how one sheet is read, and how the sheets of the kind
 * are combined. `readWorkbook` runs them in this order: rules date the cells, the roster identifies.
 */
import type { Dataset, JudgedRecord, Teacher } from '../../engine/model.js';
import { makeIssue, type Issue } from '../../engine/issues.js';
import { DEFAULT_RULES, type Rules } from '../../engine/rules.js';
import { parseRulesPatch, type RulesPatch } from '../rules/rulesParse.js';
import { findPreset, maskedPresetRules, resolveRules } from '../rules/presets.js';
import { checkRuleNames, validateRules, type RuleWhere } from '../rules/validateRules.js';
import type { CellValue, Table } from '../table.js';
import type { StandardSheet } from './readReport.js';
import { columnName as columnTitle, findHeader, type HeaderMatch, type HeaderSearch, type SheetSpec } from './header.js';
import { SheetCells } from './sheetCells.js';
import { DateReader, SchoolYearVote, schoolYearOfPeriod } from './dateReader.js';
import { schoolYearOf } from '../normalize/date.js';
import { Identity } from './identity.js';
import { SessionBook } from './sessionBook.js';
import { ExternalBook } from './externalBook.js';
import { HoursFallbacks } from './hoursFallback.js';
import { readRoster, ROSTER_SPEC } from './readRoster.js';
import { readRulesSheet, headerlessRules, RULES_SPEC } from '../rules/readRulesSheet.js';
import { readSigninLong, isCheckinExport, SIGNIN_LONG_SPEC, type SigninContext } from './readSigninLong.js';
import { readSigninMatrix } from './readSigninMatrix.js';
import { detectSigninShape } from './signinShape.js';
import { readExternal, EXTERNAL_SPEC } from './readExternal.js';
import { readObservations, OBSERVATIONS_SPEC } from './readObservations.js';
import { readAwards, AWARDS_SPEC, type AwardsSeen } from './readAwards.js';
import { readJudged, JUDGED_SPEC } from './readJudged.js';
import { readCredits, CREDITS_SPEC } from './readCredits.js';
import { readDeliverables, DELIVERABLES_SPEC } from './readDeliverables.js';
import { scoringTerm } from '../../engine/schoolTerm.js';
import { voteLongSheet, voteSigninSheet } from './schoolYearVotes.js';
import { titleRowText } from './recognise.js';
import type { ReadOptions } from './readWorkbook.js';

/** What the readers share while one workbook is read. */
export interface ReadContext {
  issues: Issue[];
  dates: DateReader;
  dataset: Dataset;
  rules: Rules;
  /** The 考核规则 sheet read, if any (validation issues name it). */
  rulesSheet: string | null;
  /** The rule values by layer (方案, sheet, `--rules`), once the rules are read. */
  ruleLayers?: { preset: RulesPatch; sheet: RulesPatch; json: RulesPatch };
  /** Where each rule was written (its 考核规则 row), for the rule issues raised after the roster is read. */
  ruleWhere: RuleWhere;
  identity: Identity;
  signin: SigninContext;
  options: ReadOptions;
  /** Every sheet of each kind, in tab order (the rules stage votes the school year over them). */
  tablesOf: (kind: StandardSheet) => readonly Table[];
  /** Whether a sheet was found by its name: only then may a header match by containment (SPEC §3). */
  byName: (table: Table) => boolean;
}

/** One sheet opened: its header, and what it read. */
export interface SheetRead {
  header: HeaderMatch;
  rowsRead: number;
  shape: 'long' | 'matrix' | null;
  /** Columns read beyond the header's own (a matrix's date columns) → what they hold. */
  used: Map<number, string>;
}

/** The sheets of one kind, read one by one and combined at the end. */
export interface KindSink {
  /** Read one sheet; null when its header cannot be found (the issues say why). */
  read(table: Table): SheetRead | null;
  /** Combine what the kind's sheets read into the dataset / context. */
  finish(): void;
}

export interface KindReader {
  kind: StandardSheet;
  /** Columns read and those required of a sheet found by name. */
  spec: SheetSpec;
  begin(ctx: ReadContext): KindSink;
}

function rowsOf(table: Table): readonly (readonly CellValue[])[] {
  return Array.isArray(table.rows) ? table.rows : [];
}

/** `no-header` / `missing-column` for a sheet whose header cannot be found. */
export function headerIssues(table: Table, spec: SheetSpec, search: HeaderSearch, issues: Issue[]): void {
  const sheet = table.name;
  if (search.kind === 'found') return;
  if (search.kind === 'incomplete') {
    const row = (table.firstRow ?? 1) + search.header.rowIndex;
    for (const key of search.missing) issues.push(makeIssue('missing-column', { sheet, row }, { sheet, column: columnTitle(key) }));
    return;
  }
  const columns = spec.required.map((r) => r.map(columnTitle).join('或')).join('、');
  issues.push(makeIssue('no-header', { sheet }, { sheet, columns }));
}

/** A long-shape kind: find the header, read the rows with `read`, count them. */
function longSink(ctx: ReadContext, spec: SheetSpec, read: (cells: SheetCells) => number, finish: () => void): KindSink {
  return {
    read(table) {
      const search = findHeader(rowsOf(table), spec, ctx.byName(table));
      if (search.kind !== 'found') {
        headerIssues(table, spec, search, ctx.issues);
        return null;
      }
      const cells = new SheetCells(table, search.header, ctx.issues, ctx.dates);
      const rowsRead = read(cells);
      cells.reportSkippedRows();
      emptyIssue(cells, rowsRead, ctx.issues);
      return { header: search.header, rowsRead, shape: null, used: new Map() };
    },
    finish,
  };
}

/**
 * `items` added to the end of `target`. Not `target.push(...items)`: spread passes every item as an
 * argument, and a sheet of a few hundred thousand rows overflows the call stack (RangeError).
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Sheets that hold no data but a header are reported (提示) so an empty term is not a surprise. */
function emptyIssue(cells: SheetCells, rowsRead: number, issues: Issue[]): void {
  if (rowsRead === 0) issues.push(makeIssue('empty-sheet', { sheet: cells.sheet }, { sheet: cells.sheet }));
}

const rulesReader: KindReader = {
  kind: 'rules',
  spec: RULES_SPEC,
  begin(ctx) {
    let patch: RulesPatch = {};
    let rows = new Map<string, number>();
    let keyColumn: string | undefined;
    return {
      read(table) {
        // SPEC §3: only 考核规则 must be single.
        if (ctx.rulesSheet !== null) {
          ctx.issues.push(makeIssue('duplicate-rules-sheet', { sheet: table.name }, { sheet: table.name, first: ctx.rulesSheet }));
          return null;
        }
        ctx.rulesSheet = table.name;
        const search = findHeader(rowsOf(table), RULES_SPEC);
        const header: HeaderMatch = search.kind === 'found' ? search.header : headerlessRules(table.firstColumn ?? 1);
        // Every row: a 合计 or numbered row in 考核规则 is the rules reader's to warn about (SPEC §3.6).
        const read = readRulesSheet(new SheetCells(table, header, ctx.issues, ctx.dates, { skipNotData: false }));
        patch = read.rules;
        rows = read.rows;
        keyColumn = header.columns.ruleKey?.header;
        return { header, rowsRead: read.rowsRead, shape: null, used: new Map() };
      },
      finish() {
        const override = parseRulesPatch(ctx.options.rulesOverride);
        ctx.issues.push(...override.issues);
        const resolved = resolveRules(patch, override.rules);
        ctx.issues.push(...resolved.issues);
        ctx.rules = resolved.rules;
        ctx.ruleLayers = resolved.layers;
        const sheet = ctx.rulesSheet;
        ctx.ruleWhere = (key) => {
          const row = rows.get(key);
          if (sheet === null) return {};
          return row === undefined ? { sheet } : { sheet, row, ...(keyColumn === undefined ? {} : { column: keyColumn }) };
        };
        ctx.issues.push(...validateRules(ctx.rules, ctx.ruleWhere));
        const preset = findPreset(ctx.rules.preset);
        if (preset !== null) ctx.issues.push(...maskedPresetRules(patch, preset, ctx.ruleWhere));
        // The school year of year-less dates: the period's, else the most common one, else today's.
        const { dates, rules, options } = ctx;
        ctx.signin.hoursPerDay = rules.hoursPerDay;
        dates.period = { from: rules.periodFrom, to: rules.periodTo };
        dates.schoolYear = schoolYearOfPeriod(rules.periodFrom, rules.periodTo) ?? voteSchoolYear(ctx);
        if (dates.schoolYear === null && options.today instanceof Date && !Number.isNaN(options.today.getTime())) {
          dates.schoolYear = schoolYearOf(options.today.toISOString().slice(0, 10));
        }
      },
    };
  },
};

function voteSchoolYear(ctx: ReadContext): number | null {
  const vote = new SchoolYearVote();
  for (const table of ctx.tablesOf('signin')) voteSigninSheet(vote, table, SIGNIN_LONG_SPEC, ctx.dates);
  const kinds: [StandardSheet, SheetSpec][] = [['external', EXTERNAL_SPEC], ['observations', OBSERVATIONS_SPEC], ['awards', AWARDS_SPEC]];
  for (const [kind, spec] of kinds) for (const table of ctx.tablesOf(kind)) voteLongSheet(vote, table, spec, ctx.dates);
  return vote.winner();
}

const rosterReader: KindReader = {
  kind: 'roster',
  spec: ROSTER_SPEC,
  begin(ctx) {
    const ambiguousNames = new Set<string>();
    /** Teacher key → the sheet and 教研组 it was first read with (rosters split by group, SPEC §3). */
    const first = new Map<string, { sheet: string; group: string }>();
    let sheets = 0;
    return {
      ...longSink(ctx, ROSTER_SPEC, (cells) => {
        sheets++;
        const read = readRoster(cells);
        hiddenRosterRows(cells, read.teachers, ctx.issues);
        for (const name of read.ambiguousNames) ambiguousNames.add(name);
        for (const teacher of read.teachers) {
          const seen = first.get(teacher.key);
          if (seen === undefined) {
            first.set(teacher.key, { sheet: cells.sheet, group: teacher.group });
            ctx.dataset.teachers.push(teacher);
          } else if (seen.group !== teacher.group) {
            ctx.issues.push(makeIssue('roster-group-conflict', { sheet: cells.sheet, row: teacher.source.row }, {
              name: teacher.name, firstSheet: seen.sheet, firstGroup: seen.group, group: teacher.group,
            }));
          }
          // The same teacher on two roster sheets with the same 教研组 is one teacher.
        }
        return read.rowsRead;
      }, () => undefined),
      finish() {
        if (sheets === 0 && ctx.tablesOf('roster').length === 0) ctx.issues.push(makeIssue('missing-roster'));
        else if (ctx.dataset.teachers.length === 0) {
          const sheet = ctx.tablesOf('roster')[0]?.name ?? '';
          ctx.issues.push(makeIssue('no-teachers', { sheet }, { sheet }));
        }
        ctx.identity = new Identity(ctx.dataset.teachers, ambiguousNames);
        if (ctx.ruleLayers !== undefined && ctx.dataset.teachers.length > 0) {
          const groups = new Set(ctx.dataset.teachers.map((t) => t.group));
          const echelons = new Set(ctx.dataset.teachers.flatMap((t) => (t.echelon === null ? [] : [t.echelon])));
          ctx.issues.push(...checkRuleNames([ctx.ruleLayers.sheet, ctx.ruleLayers.json], { groups, echelons }, ctx.ruleWhere));
        }
        ctx.signin.identity = ctx.identity;
        ctx.signin.rosterGroups = new Set(ctx.dataset.teachers.map((t) => t.group));
      },
    };
  },
};

/**
 * SPEC §3: hidden rows of a roster are counted — hiding is a view, and the teachers are on the staff —
 * with one warning listing them, since a hidden row is often a leaver the office meant to leave out.
 */
function hiddenRosterRows(cells: SheetCells, teachers: readonly Teacher[], issues: Issue[]): void {
  const hidden = new Set(cells.hiddenRows);
  if (hidden.size === 0) return;
  const found = teachers.filter((t) => t.source.sheet === cells.sheet && hidden.has(t.source.row));
  if (found.length === 0) return;
  const listed = found.slice(0, 10).map((t) => `第 ${t.source.row} 行 ${t.name}`).join('、') + (found.length > 10 ? ` 等 ${found.length} 行` : '');
  issues.push(makeIssue('hidden-roster-rows', { sheet: cells.sheet }, { sheet: cells.sheet, rows: listed, count: found.length }));
}

const signinReader: KindReader = {
  kind: 'signin',
  spec: SIGNIN_LONG_SPEC,
  begin(ctx) {
    return {
      read(table) {
        const rows = rowsOf(table);
        const shape = detectSigninShape(rows, ctx.byName(table));
        if (shape.shape === null) {
          headerIssues(table, SIGNIN_LONG_SPEC, shape.search, ctx.issues);
          return null;
        }
        const header = shape.shape === 'long' ? shape.header : shape.matrix.header;
        const cells = new SheetCells(table, header, ctx.issues, ctx.dates);
        const used = new Map<number, string>();
        let rowsRead: number;
        if (shape.shape === 'long') {
          // A check-in export's sessions are named from its title row, else its sheet name (SPEC §3.2).
          const title = isCheckinExport(header) ? (titleRowText(rows, header.rowIndex) || table.name) : null;
          rowsRead = readSigninLong(cells, ctx.signin, title);
        } else {
          rowsRead = readSigninMatrix(table, cells, shape.matrix, ctx.signin, ctx.dates);
          for (const column of shape.matrix.dateColumns) used.set(column.index, '签到（一次活动）');
        }
        cells.reportSkippedRows();
        emptyIssue(cells, rowsRead, ctx.issues);
        return { header, rowsRead, shape: shape.shape, used };
      },
      finish() {
        ctx.dataset.sessions = ctx.signin.sessions.sessions;
        ctx.dataset.attendance = ctx.signin.sessions.attendance;
      },
    };
  },
};

const externalReader: KindReader = {
  kind: 'external',
  spec: EXTERNAL_SPEC,
  begin: (ctx) => longSink(ctx, EXTERNAL_SPEC, (cells) => readExternal(cells, ctx.identity, ctx.signin.external, {
    perDay: ctx.signin.hoursPerDay, fallbacks: ctx.signin.hoursFallbacks,
  }), () => {
    ctx.dataset.external = ctx.signin.external.records;
    // Every sign-in and 外出学习 row is read: the hours a cell that could not be used counts with are known.
    ctx.issues.push(...ctx.signin.hoursFallbacks.report(ctx.dataset, ctx.rules));
  }),
};

const observationsReader: KindReader = {
  kind: 'observations',
  spec: OBSERVATIONS_SPEC,
  begin: (ctx) => longSink(ctx, OBSERVATIONS_SPEC, (cells) => {
    const read = readObservations(cells, ctx.identity);
    append(ctx.dataset.observations, read.observations);
    return read.rowsRead;
  }, () => undefined),
};

const awardsReader: KindReader = {
  kind: 'awards',
  spec: AWARDS_SPEC,
  begin(ctx) {
    const seen: AwardsSeen = new Map();
    return longSink(ctx, AWARDS_SPEC, (cells) => {
      const read = readAwards(cells, ctx.identity, ctx.rules, seen);
      append(ctx.dataset.awards, read.awards);
      return read.rowsRead;
    }, () => undefined);
  },
};

const judgedReader: KindReader = {
  kind: 'judged',
  spec: JUDGED_SPEC,
  begin(ctx) {
    const firstByTeacher = new Map<string, JudgedRecord>();
    return longSink(ctx, JUDGED_SPEC, (cells) => {
      const read = readJudged(cells, ctx.identity, firstByTeacher);
      append(ctx.dataset.judged, read.judged);
      return read.rowsRead;
    }, () => undefined);
  },
};

// issue 21: 学分登记 comes after the sign-in kinds, whose dates tell the term being scored without a period.
const creditsReader: KindReader = {
  kind: 'credits',
  spec: CREDITS_SPEC,
  begin(ctx) {
    const rows: NonNullable<Dataset['creditRows']> = [];
    const term = scoringTerm(ctx.dataset, ctx.rules);
    return longSink(ctx, CREDITS_SPEC, (cells) => {
      const read = readCredits(cells, ctx.identity, ctx.rules, term, ctx.issues);
      append(rows, read.rows);
      return read.rowsRead;
    }, () => {
      if (rows.length > 0) ctx.dataset.creditRows = rows;
    });
  },
};

const deliverablesReader: KindReader = {
  kind: 'deliverables',
  spec: DELIVERABLES_SPEC,
  begin(ctx) {
    const rows: NonNullable<Dataset['deliverables']> = [];
    return longSink(ctx, DELIVERABLES_SPEC, (cells) => {
      const read = readDeliverables(cells, ctx.identity);
      append(rows, read.deliverables);
      return read.rowsRead;
    }, () => {
      if (rows.length > 0) ctx.dataset.deliverables = rows;
    });
  },
};

/** Every kind, in the order the runner reads them. */
export const KIND_READERS: readonly KindReader[] = [
  rulesReader, rosterReader, signinReader, externalReader, observationsReader, awardsReader, judgedReader,
  creditsReader, deliverablesReader,
];

/** A context before any sheet is read. */
export function newReadContext(
  options: ReadOptions, tablesOf: (kind: StandardSheet) => readonly Table[], byName: (table: Table) => boolean = () => true,
): ReadContext {
  const identity = new Identity([], new Set());
  return {
    issues: [],
    dates: new DateReader(),
    dataset: { teachers: [], sessions: [], attendance: [], external: [], observations: [], awards: [], judged: [] },
    rules: DEFAULT_RULES,
    rulesSheet: null,
    ruleWhere: () => ({}),
    identity,
    signin: {
      identity, rosterGroups: new Set(), sessions: new SessionBook(), external: new ExternalBook(),
      hoursPerDay: DEFAULT_RULES.hoursPerDay, hoursFallbacks: new HoursFallbacks(),
    },
    options,
    tablesOf,
    byName,
  };
}
