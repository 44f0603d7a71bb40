/**
 * 学分登记 (SPEC §3.7): 工号, 姓名, 学年, 学期, 类别, 学分 (or 学时, converted by 每学分学时), 来源 / 备注.
 * One row per credit entry of earlier terms. A row of the term being scored is not added: a row the
 * product recorded itself (来源 `研修考核助手 <学年> <学期>`) is counted in one notice, any other is warned
 * about (`credit-row-current-term`) — this term's credits come from this workbook's own data.
 */
import type { CreditRow } from '../../engine/model.js';
import type { Rules } from '../../engine/rules.js';
import { makeIssue, type Issue } from '../../engine/issues.js';
import { compareTerms, isRecordOrigin, schoolYearLabel, termLabel, type SchoolTerm } from '../../engine/schoolTerm.js';
import type { SheetCells } from './sheetCells.js';
import type { SheetSpec } from './header.js';
import type { Identity } from './identity.js';
import { teacherOfRow } from './identity.js';
import { readCreditCategory, readSchoolYear, readTerm } from '../words/creditWords.js';

export const CREDITS_SPEC: SheetSpec = {
  columns: ['id', 'name', 'schoolYear', 'term', 'category', 'credits', 'hours', 'origin'],
  required: [['name', 'id'], ['schoolYear'], ['category'], ['credits', 'hours']],
};

/**
 * Read one 学分登记 sheet; returns the rows counted and the number of data rows read.
 * @param term the term being scored (null when unknown: then no row is taken for it).
 */
export function readCredits(
  cells: SheetCells,
  identity: Identity,
  rules: Pick<Rules, 'hoursPerCredit'>,
  term: SchoolTerm | null,
  issues: Issue[],
): { rows: CreditRow[]; rowsRead: number } {
  const rows: CreditRow[] = [];
  let rowsRead = 0;
  let recorded = 0;
  for (const i of cells.dataRows()) {
    rowsRead++;
    const found = teacherOfRow(cells, identity, i);
    if (found === null) continue;
    const yearCell = cells.raw(i, 'schoolYear');
    const year = readSchoolYear(yearCell);
    if (year === null || year === 'bad') {
      cells.issue('bad-school-year', i, cells.column('schoolYear'), { value: cells.text(i, 'schoolYear') });
      continue;
    }
    const termText = cells.text(i, 'term');
    let rowTerm = termText === '' ? year.term : readTerm(termText);
    if (rowTerm === 'bad') {
      cells.issue('unknown-term', i, cells.column('term'), { value: termText });
      rowTerm = year.term;
    }
    const category = readCreditCategory(cells.text(i, 'category'));
    if (category === null) {
      cells.issue('unknown-credit-category', i, cells.column('category'));
      continue;
    }
    const credits = amount(cells, i, rules);
    if (credits === null) continue;
    const origin = cells.text(i, 'origin');
    // A row without 学期 in the scored school year is the first term's (SPEC §3.7 decision, docs).
    if (term !== null && compareTerms({ schoolYear: year.schoolYear, term: rowTerm ?? 1 }, term) === 0) {
      if (isRecordOrigin(origin, term)) recorded++;
      else cells.issue('credit-row-current-term', i, cells.column('schoolYear'), { term: `${schoolYearLabel(term.schoolYear)} ${termLabel(term.term)}` });
      continue;
    }
    rows.push({
      teacherKey: found.key, schoolYear: year.schoolYear, term: rowTerm, category, credits, origin,
      source: { sheet: cells.sheet, row: cells.rowNumber(i) },
    });
  }
  if (recorded > 0 && term !== null) {
    issues.push(makeIssue('credit-rows-recorded-term', { sheet: cells.sheet }, {
      sheet: cells.sheet, count: recorded, term: `${schoolYearLabel(term.schoolYear)} ${termLabel(term.term)}`,
    }));
  }
  return { rows, rowsRead };
}

/** 学分, else 学时 / 每学分学时; null (with the issue) when the row gives neither. */
function amount(cells: SheetCells, i: number, rules: Pick<Rules, 'hoursPerCredit'>): number | null {
  const credits = cells.number(i, 'credits', '不计入');
  if (credits === 'bad') return null;
  if (credits !== null) return credits;
  const hours = cells.number(i, 'hours', '不计入');
  if (hours === 'bad') return null;
  if (hours !== null) return hours / (rules.hoursPerCredit > 0 ? rules.hoursPerCredit : 1);
  cells.issue('missing-credit-amount', i, cells.column('credits') ?? cells.column('hours'));
  return null;
}
