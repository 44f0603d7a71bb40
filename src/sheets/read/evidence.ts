/**
 * Evidence before belief (SPEC §3, STYLE.md): a sheet found only by its content is a *candidate*. Its
 * rows are looked at first — apart from the workbook's issues — and only a candidate that looks like
 * its kind is read and merged. A school's 统计 sheet (教研组 | 教师 | 人数) has a roster's columns but its
 * "names" are `8`, `8人`; a last-term judged sheet names teachers who are not on the roster.
 *
 * Two steps, each visible and tested: `sampleCandidate` reads what the decision needs from the sheet,
 * `judgeCandidate` decides from that sample alone.
 */
import type { CellValue, Table } from '../table.js';
import type { StandardSheet } from './readReport.js';
import { findHeader, type HeaderMatch, type SheetSpec } from './header.js';
import { SheetCells } from './sheetCells.js';
import { isTotalLabel } from './sheetCells.js';
import type { DateReader } from './dateReader.js';
import type { Identity } from './identity.js';
import { detectSigninShape } from './signinShape.js';
import { ROSTER_SPEC } from './readRoster.js';
import { EXTERNAL_SPEC } from './readExternal.js';
import { OBSERVATIONS_SPEC } from './readObservations.js';
import { AWARDS_SPEC } from './readAwards.js';
import { JUDGED_SPEC } from './readJudged.js';
import { normalizeId } from '../normalize/name.js';
import { parseMonthCell } from '../normalize/date.js';
import { cellText } from '../normalize/text.js';
import type { ColumnKey } from '../words/vocabulary.js';

/** Why a candidate was not read (rendered by the `sheet-not-read` message). */
export type EvidenceReason =
  /** Its 姓名 cells are numbers or counts (`8`, `8人`), not names. */
  | 'not-names'
  /** Its 日期 cells are not dates. */
  | 'not-dates'
  /** Most of its teachers who are on the roster found by name are there in another 教研组. */
  | 'other-groups'
  /** Most of the people it names are not roster teachers. */
  | 'not-roster-teachers';

export type Evidence = { accepted: true } | { accepted: false; reason: EvidenceReason; examples: string[] };

/** What the decision looks at: counts over the candidate's data rows (at most `SAMPLE_ROWS`). */
export interface CandidateSample {
  /** Person-name cells read, and those that are no names (a number, a count such as `8人`). */
  names: number;
  notNames: string[];
  /** Date cells read where the kind needs a date, and those that are no dates. */
  dates: number;
  notDates: string[];
  /** Roster candidates: its teachers on the roster found by name, in the same 教研组 / in another. */
  sameGroup: number;
  otherGroup: string[];
  /** Judged candidates: people it names who are roster teachers, and those who are not. */
  rosterTeachers: number;
  strangers: string[];
}

/** What the sample is compared with. */
export interface EvidenceContext {
  dates: DateReader;
  /** Normalised name → 教研组, of the roster sheets found by name. */
  namedRoster: ReadonlyMap<string, string>;
  /** The roster as read (judged sheets are read after it). */
  identity: Identity;
}

/**
 * Rows looked at: a candidate's kind shows in its first rows, and a check-in export of 1,000,000 rows
 * must not be read twice.
 */
export const SAMPLE_ROWS = 1000;

/** A text with a letter (CJK or Latin) that is not a count: `8`, `8人`, `12名`, `3.5` are no names. */
const HAS_LETTER = /[A-Za-z\u3400-\u9fff]/;
const COUNT = /^[\d.,，、\s]+(人|名|位|个|次|节|户|项)?$/;

/**
 * Whether a person cell holds a name.
 * @example isPersonName('8人') // false
 */
export function isPersonName(value: CellValue): boolean {
  if (typeof value !== 'string') return false;
  const text = cellText(value);
  return HAS_LETTER.test(text) && !COUNT.test(text);
}

/** The decision's share: a candidate fails a test when more than this share of what it shows fails. */
const TOLERATED = 0.2;

/**
 * Whether a candidate looks like its kind (SPEC §3): its names are names, its dates are dates (each
 * tolerating one in five otherwise — a stray note), a roster's teachers are mostly new to or
 * consistent with the named roster, a judged sheet's people are mostly roster teachers.
 * @example judgeCandidate({ ...empty, names: 2, notNames: ['8', '8人'] }) // { accepted: false, reason: 'not-names', examples: ['8', '8人'] }
 */
export function judgeCandidate(sample: CandidateSample): Evidence {
  const reject = (reason: EvidenceReason, examples: string[]): Evidence => ({ accepted: false, reason, examples: examples.slice(0, 3) });
  if (sample.names > 0 && sample.notNames.length > sample.names * TOLERATED) return reject('not-names', sample.notNames);
  if (sample.dates > 0 && sample.notDates.length > sample.dates * TOLERATED) return reject('not-dates', sample.notDates);
  if (sample.otherGroup.length > sample.sameGroup) return reject('other-groups', sample.otherGroup);
  const named = sample.rosterTeachers + sample.strangers.length;
  if (named > 0 && sample.strangers.length * 2 > named) return reject('not-roster-teachers', sample.strangers);
  return { accepted: true };
}

/** The header a content-recognised sheet of a kind is read by (equality only), or null. */
function contentHeader(kind: StandardSheet, rows: readonly (readonly CellValue[])[]): HeaderMatch | null {
  if (kind === 'signin') {
    const shape = detectSigninShape(rows, false);
    return shape.shape === 'long' ? shape.header : shape.shape === 'matrix' ? shape.matrix.header : null;
  }
  const spec = SPECS[kind];
  if (spec === undefined) return null;
  const search = findHeader(rows, spec, false);
  return search.kind === 'found' ? search.header : null;
}

const SPECS: Partial<Record<StandardSheet, SheetSpec>> = {
  roster: ROSTER_SPEC, external: EXTERNAL_SPEC, observations: OBSERVATIONS_SPEC, awards: AWARDS_SPEC, judged: JUDGED_SPEC,
};

/** Person-name columns of each kind. */
const NAME_COLUMNS: Partial<Record<StandardSheet, readonly ColumnKey[]>> = {
  roster: ['name'], signin: ['name'], external: ['name'], awards: ['name'], judged: ['name'], observations: ['observer', 'teacher'],
};

/**
 * Read what `judgeCandidate` needs from a candidate sheet. Issues raised while sampling are dropped:
 * the sheet's issues come from its real reading, once accepted.
 */
export function sampleCandidate(kind: StandardSheet, table: Table, ctx: EvidenceContext): CandidateSample {
  const sample: CandidateSample = { names: 0, notNames: [], dates: 0, notDates: [], sameGroup: 0, otherGroup: [], rosterTeachers: 0, strangers: [] };
  const rows = Array.isArray(table.rows) ? table.rows : [];
  const header = contentHeader(kind, rows);
  if (header === null) return sample;
  const cells = new SheetCells(table, header, [], ctx.dates);
  const nameKeys = (NAME_COLUMNS[kind] ?? []).filter((key) => cells.has(key));
  // The date must be a date where it names the session (签到表, long shape) or dates a record (外出学习).
  const dated = (kind === 'signin' || kind === 'external') && cells.has('date');
  let looked = 0;
  for (const i of cells.dataRows()) {
    if (looked++ >= SAMPLE_ROWS) break;
    for (const key of nameKeys) {
      const raw = cells.raw(i, key);
      const name = cells.name(i, key);
      if (name === '' || isTotalLabel(name)) continue;
      sample.names++;
      if (!isPersonName(raw)) sample.notNames.push(name);
    }
    if (dated) {
      const raw = cells.raw(i, 'date');
      const parse = ctx.dates.parse(raw);
      if (parse !== null) {
        sample.dates++;
        if (parse.kind === 'bad' && !(kind === 'external' && parseMonthCell(raw) !== null)) sample.notDates.push(cellText(raw));
      }
    }
    if (kind === 'roster') {
      const name = cells.name(i, 'name');
      const known = ctx.namedRoster.get(name);
      if (known !== undefined) {
        if (known === cells.text(i, 'group')) sample.sameGroup++;
        else sample.otherGroup.push(name);
      }
    }
    if (kind === 'judged') {
      const name = cells.name(i, 'name');
      if (isTotalLabel(name)) continue;
      const found = ctx.identity.match(normalizeId(cells.text(i, 'id')), name);
      if (found.kind === 'teacher' || found.kind === 'ambiguous') sample.rosterTeachers++;
      else if (found.kind === 'unknown') sample.strangers.push(found.name);
    }
  }
  return sample;
}

/**
 * Name → 教研组 of the teachers on the roster sheets found by name (the first sheet's group wins, as
 * in the roster reader): what a roster found by content must be consistent with.
 */
export function namedRosterGroups(tables: readonly Table[], dates: DateReader): Map<string, string> {
  const groups = new Map<string, string>();
  for (const table of tables) {
    const search = findHeader(Array.isArray(table.rows) ? table.rows : [], ROSTER_SPEC);
    if (search.kind !== 'found') continue;
    const cells = new SheetCells(table, search.header, [], dates);
    for (const i of cells.dataRows()) {
      const name = cells.name(i, 'name');
      if (name !== '' && !isTotalLabel(name) && !groups.has(name)) groups.set(name, cells.text(i, 'group'));
    }
  }
  return groups;
}
