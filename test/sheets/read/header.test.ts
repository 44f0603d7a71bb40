import { describe, it, expect } from 'vitest';
import { findHeader, matchColumns } from '../../../src/sheets/read/header.js';
import { ROSTER_SPEC } from '../../../src/sheets/read/readRoster.js';

describe('findHeader (SPEC §3: first row within 10 holding the required columns)', () => {
  it('skips title rows above the header', () => {
    const rows = [['2023学年第一学期教师名册'], [null], ['序号', '姓名', '教研组']];
    const found = findHeader(rows, ROSTER_SPEC);
    expect(found).toMatchObject({ kind: 'found', header: { rowIndex: 2 } });
  });

  it('does not look past row 10', () => {
    const rows = [...Array.from({ length: 10 }, () => ['标题']), ['姓名', '教研组']];
    expect(findHeader(rows, ROSTER_SPEC).kind).toBe('none');
  });

  it('reports the missing required column of a header-like row', () => {
    expect(findHeader([['工号', '姓名', '学科']], ROSTER_SPEC)).toMatchObject({ kind: 'incomplete', missing: ['group'] });
  });
});

describe('matchColumns', () => {
  it('prefers the exact name to an alias, wherever it is', () => {
    const columns = matchColumns(['教师姓名', '姓名'], ['name']);
    expect(columns.name).toEqual({ index: 1, header: '姓名' });
  });
  it('keeps the header as written', () => {
    expect(matchColumns([' 教师姓名 '], ['name']).name).toEqual({ index: 0, header: '教师姓名' });
  });
});
