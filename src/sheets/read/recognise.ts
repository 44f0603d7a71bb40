/**
 * Which standard kind a sheet is (SPEC §3): by its name (exact or an alias, ignoring spaces and
 * full/half-width), else by its header row holding a kind's required columns. A sheet with the
 * columns of both a long 签到表 and 外出学习 is told apart by 类型/参加对象 and the words of its name
 * and title row, else taken as a 签到表 with a `sheet-kind-guessed` warning.
 */
import type { CellValue, Table } from '../table.js';
import type { Recognition, StandardSheet } from './readReport.js';
import type { ColumnKey } from '../words/vocabulary.js';
import { findHeader, type HeaderMatch } from './header.js';
import { findMatrixHeader } from './readSigninMatrix.js';
import { isCheckinExport, SIGNIN_LONG_SPEC } from './readSigninLong.js';
import { EXTERNAL_SPEC } from './readExternal.js';
import { OBSERVATIONS_SPEC } from './readObservations.js';
import { AWARDS_SPEC } from './readAwards.js';
import { JUDGED_COLUMNS, JUDGED_SPEC } from './readJudged.js';
import { ROSTER_SPEC } from './readRoster.js';
import { RULES_SPEC } from '../rules/readRulesSheet.js';
import { CREDITS_SPEC } from './readCredits.js';
import { DELIVERABLES_SPEC } from './readDeliverables.js';
import { cellText, headerKey } from '../normalize/text.js';
import { EXTERNAL_SHEET_WORDS, SHEET_NAMES, SIGNIN_SHEET_WORDS } from '../words/vocabulary.js';

export interface KindFound {
  kind: StandardSheet;
  recognition: Recognition;
}

const KIND_BY_NAME = new Map<string, StandardSheet>();
for (const kind of Object.keys(SHEET_NAMES) as StandardSheet[]) {
  for (const alias of SHEET_NAMES[kind]) if (!KIND_BY_NAME.has(headerKey(alias))) KIND_BY_NAME.set(headerKey(alias), kind);
}

/**
 * The kind a sheet name names, or null.
 * @example kindByName('考勤表') // 'signin'
 */
export function kindByName(name: string): StandardSheet | null {
  return KIND_BY_NAME.get(headerKey(name)) ?? null;
}

function rowsOf(table: Table): readonly (readonly CellValue[])[] {
  return Array.isArray(table.rows) ? table.rows : [];
}

const has = (header: HeaderMatch, key: ColumnKey): boolean => header.columns[key] !== undefined;
const person = (header: HeaderMatch): boolean => has(header, 'name') || has(header, 'id');

/** A candidate kind and how many of its columns the header holds (more is more specific). */
interface Candidate {
  kind: StandardSheet;
  matched: number;
  rowIndex: number;
}

/**
 * SPEC §3 "Required columns for recognition", kind by kind (roster last: its columns are the commonest).
 * Headers match by equality only: containment is for sheets found by name (`教师数` holds 教师 but is
 * no 姓名 column, and made a 统计 sheet a second roster).
 */
function candidates(rows: readonly (readonly CellValue[])[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (kind: StandardSheet, header: HeaderMatch): void => {
    found.push({ kind, matched: Object.keys(header.columns).length, rowIndex: header.rowIndex });
  };
  const rules = findHeader(rows, RULES_SPEC, false);
  // 参数 | 值 by their own names: the aliases (名称, 数值) are too common to recognise a sheet by.
  if (rules.kind === 'found' && headerKey(rules.header.columns.ruleKey?.header ?? '') === '参数' &&
    ['值', '参数值'].includes(headerKey(rules.header.columns.ruleValue?.header ?? ''))) add('rules', rules.header);
  const judged = findHeader(rows, JUDGED_SPEC, false);
  if (judged.kind === 'found' && JUDGED_COLUMNS.filter((k) => has(judged.header, k)).length >= 2) add('judged', judged.header);
  const awards = findHeader(rows, AWARDS_SPEC, false);
  if (awards.kind === 'found') add('awards', awards.header);
  const observations = findHeader(rows, OBSERVATIONS_SPEC, false);
  if (observations.kind === 'found') add('observations', observations.header);
  const long = findHeader(rows, SIGNIN_LONG_SPEC, false);
  if (long.kind === 'found' && (has(long.header, 'title') || isCheckinExport(long.header))) add('signin', long.header);
  else {
    const matrix = findMatrixHeader(rows, false);
    if (matrix !== null) add('signin', matrix.header);
  }
  // issue 21: 学分登记 by 学年 + 类别 + 学分/学时; 成果登记 by 类别 + 数量 or 标题 (an award sheet has 奖项 instead).
  const credits = findHeader(rows, CREDITS_SPEC, false);
  if (credits.kind === 'found') add('credits', credits.header);
  const deliverables = findHeader(rows, DELIVERABLES_SPEC, false);
  if (deliverables.kind === 'found' && (has(deliverables.header, 'count') || has(deliverables.header, 'deliverableTitle'))) {
    add('deliverables', deliverables.header);
  }
  const external = findHeader(rows, EXTERNAL_SPEC, false);
  if (external.kind === 'found' && person(external.header) && has(external.header, 'date') && has(external.header, 'title') &&
    has(external.header, 'hours')) add('external', external.header);
  return found;
}

/** The first text above the header row (a title such as “2023学年第一学期校本研修签到表”), or ''. */
export function titleRowText(rows: readonly (readonly CellValue[])[], headerRowIndex: number): string {
  for (let i = 0; i < headerRowIndex; i++) {
    const row = rows[i];
    if (!Array.isArray(row)) continue;
    for (const cell of row) {
      const text = cellText(cell);
      if (text !== '') return text;
    }
  }
  return '';
}

/**
 * The kind a sheet's header row shows, or null. Of several, the one whose columns the header holds
 * most of; the roster only when nothing else fits.
 * @example recogniseByContent({ name: '钉钉签到', rows: [['姓名', '工号', '部门', '签到时间']] }) // { kind: 'signin', recognition: 'content' }
 */
export function recogniseByContent(table: Table): KindFound | null {
  const rows = rowsOf(table);
  const found = candidates(rows);
  const signin = found.find((c) => c.kind === 'signin');
  const external = found.find((c) => c.kind === 'external');
  if (signin !== undefined && external !== undefined) return signinOrExternal(table, rows, signin.rowIndex);
  const best = found.reduce<Candidate | null>((a, c) => (a === null || c.matched > a.matched ? c : a), null);
  if (best !== null) return { kind: best.kind, recognition: 'content' };
  const roster = findHeader(rows, ROSTER_SPEC, false);
  return roster.kind === 'found' ? { kind: 'roster', recognition: 'content' } : null;
}

/** SPEC §3 tie-break between a long 签到表 and 外出学习. */
function signinOrExternal(table: Table, rows: readonly (readonly CellValue[])[], headerRowIndex: number): KindFound {
  const header = findHeader(rows, SIGNIN_LONG_SPEC, false);
  if (header.kind === 'found' && (has(header.header, 'type') || has(header.header, 'target'))) return { kind: 'signin', recognition: 'content' };
  const words = headerKey(`${table.name} ${titleRowText(rows, headerRowIndex)}`);
  if (SIGNIN_SHEET_WORDS.some((w) => words.includes(w))) return { kind: 'signin', recognition: 'content' };
  if (EXTERNAL_SHEET_WORDS.some((w) => words.includes(w))) return { kind: 'external', recognition: 'content' };
  return { kind: 'signin', recognition: 'guessed' };
}
