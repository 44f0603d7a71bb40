/**
 * Which of the two sign-in shapes of SPEC §3.2 a sheet has: the long shape's header (日期 + 姓名/工号)
 * or the matrix header (姓名/工号 + date headers), whichever comes first within the first 10 rows.
 */
import type { CellValue } from '../table.js';
import { findHeader, type HeaderMatch, type HeaderSearch } from './header.js';
import { findMatrixHeader, type MatrixHeader } from './readSigninMatrix.js';
import { SIGNIN_LONG_SPEC } from './readSigninLong.js';

export type SigninShape =
  | { shape: 'long'; header: HeaderMatch }
  | { shape: 'matrix'; matrix: MatrixHeader }
  | { shape: null; search: HeaderSearch };

/**
 * @param contain whether headers may match by containment (a sheet found by its name, SPEC §3).
 * @example detectSigninShape([['姓名', '9月6日']]).shape // 'matrix'
 */
export function detectSigninShape(rows: readonly (readonly CellValue[])[], contain = true): SigninShape {
  const long = findHeader(rows, SIGNIN_LONG_SPEC, contain);
  const matrix = findMatrixHeader(rows, contain);
  if (long.kind === 'found' && (matrix === null || long.header.rowIndex <= matrix.header.rowIndex)) {
    return { shape: 'long', header: long.header };
  }
  if (matrix !== null) return { shape: 'matrix', matrix };
  return { shape: null, search: long };
}
