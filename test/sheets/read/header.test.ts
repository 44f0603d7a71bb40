import { describe, it, expect } from 'vitest';
import { containedColumn, findHeader, matchColumns, nearMissColumn } from '../../../src/sheets/read/header.js';
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

describe('header containment (SPEC §3, issue 10)', () => {
  it.each([
    // header, wanted, matched key or undefined
    ['学时(小时)', 'hours', true], //          brackets ignored → equals 学时
    ['姓名（必填）', 'name', true], //          full-width brackets too
    ['【必填】工号', 'id', true],
    ['本学期读书未交次数', 'readingMissed', true], // contains one (longest) name
    ['读书心得未交次数', 'readingMissed', false], // contains two side by side → none
    ['考勤组', 'group', false], //                  one-character aliases are not looked for inside text
  ] as const)('%s → %s: %s', (header, key, matched) => {
    expect(matchColumns([header], [key])[key] !== undefined).toBe(matched);
  });

  it('uses containment only when no header equals the name', () => {
    expect(matchColumns(['本学期读书未交次数', '读书未交'], ['readingMissed']).readingMissed).toEqual({ index: 1, header: '读书未交' });
  });
});

describe('near-miss headers (column-not-read)', () => {
  it.each([
    ['读书心得未交次数', 'readingMissed'],
    ['学习笔记等第', 'notes'],
    ['出生日期', null], //  begins unlike 外出日期
    ['签到地点', null],
    ['x123', null],
  ] as const)('%s resembles %s', (header, key) => {
    expect(nearMissColumn(header)).toBe(key);
  });

  it('names the one column a header contains', () => {
    expect(containedColumn('本学期读书未交次数')).toBe('readingMissed');
    expect(containedColumn('读书心得未交次数')).toBeNull();
  });
});
