/**
 * SPEC §3 "Dates": without a period, year-less dates take the school year that holds most fully
 * dated rows. This counts the date cells of every dated input sheet before any sheet is read.
 */
import type { Table } from '../table.js';
import type { SheetSpec } from './header.js';
import { findHeader } from './header.js';
import { SchoolYearVote, type DateReader } from './dateReader.js';
import { detectSigninShape } from './signinShape.js';

/** Vote with the 日期 column of a long-shape sheet. */
export function voteLongSheet(vote: SchoolYearVote, table: Table, spec: SheetSpec, dates: DateReader): void {
  const rows = Array.isArray(table.rows) ? table.rows : [];
  const search = findHeader(rows, spec);
  if (search.kind !== 'found') return;
  const column = search.header.columns.date;
  if (column === undefined) return;
  for (let i = search.header.rowIndex + 1; i < rows.length; i++) {
    const row = rows[i];
    if (Array.isArray(row)) vote.add(dates.parse(row[column.index]));
  }
}

/** Vote with a sign-in sheet of either shape (matrix: its date headers). */
export function voteSigninSheet(vote: SchoolYearVote, table: Table, spec: SheetSpec, dates: DateReader): void {
  const rows = Array.isArray(table.rows) ? table.rows : [];
  const shape = detectSigninShape(rows);
  if (shape.shape === 'long') voteLongSheet(vote, table, spec, dates);
  else if (shape.shape === 'matrix') for (const column of shape.matrix.dateColumns) vote.add(column.date);
}
