import { describe, it, expect } from 'vitest';
import { columnOf, containedColumn, findHeader, isDerivedHeader, matchColumns, nearMissColumn, resembledColumn } from '../../../src/sheets/read/header.js';
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
    ['学习笔记读书未交', 'readingMissed', false], // contains two side by side → none
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
    ['读书缺交次数', 'readingMissed'],
    ['学习笔记评等', 'notes'],
    ['出生日期', null], //  begins unlike 外出日期
    ['签到地点', null],
    ['x123', null],
  ] as const)('%s resembles %s', (header, key) => {
    expect(nearMissColumn(header)).toBe(key);
  });

  it('names the one column a header contains', () => {
    expect(containedColumn('本学期读书未交次数')).toBe('readingMissed');
    expect(containedColumn('学习笔记读书未交')).toBeNull();
  });
});

describe('headers real offices write are aliases, read without a warning (issue 20 item 5)', () => {
  it.each([
    ['读书心得未交次数', 'readingMissed'], ['读书心得未交', 'readingMissed'], ['心得未交', 'readingMissed'], ['未交读书心得次数', 'readingMissed'],
    ['学习笔记等级', 'notes'], ['笔记等次', 'notes'], ['学习笔记等第', 'notes'],
    ['获奖名称', 'award'], ['比赛名称', 'award'],
    ['参训学时', 'hours'], ['培训学时', 'hours'], ['认定学时', 'hours'],
    ['签到状态', 'status'], ['出勤情况', 'status'], ['到会情况', 'status'],
    ['等第', 'prize'], ['所属教研组', 'group'], ['教师工号', 'id'], ['研训日期', 'date'], ['教研活动', 'title'],
  ] as const)('%s = %s', (header, key) => {
    expect(columnOf(header)?.key).toBe(key);
  });
});

describe('derived columns (counts, totals, COUNTIF results) are listed as unused, never warned', () => {
  it.each([
    ['出勤次数', true], ['合计', true], ['总学时', true], ['出勤率', true], ['教师数', true], ['缺勤人数', true], ['平均分', true],
    ['本学期读书未交次数', false], // a count the product reads (读书未交)
    ['读书缺交次数', false], //       resembles 读书未交, a count itself: a warning, not derived
    ['活动得分合计', false], //        活动得分 is a total already
    ['学时数', false], //              an alias of 学时
    ['总结', false], ['序号', false], ['备注', false],
  ] as const)('%s derived: %s', (header, expected) => {
    expect(isDerivedHeader(header)).toBe(expected);
  });

  it.each([
    ['读书缺交次数', 'readingMissed'], // shares 读书交 with 读书未交
    ['出勤次数', null], //               holds the alias 出勤 but shares no character with 状态
    ['学习笔记评等', 'notes'],
    ['签到地点', null],
  ] as const)('%s resembles %s (real shared characters with the standard name)', (header, key) => {
    expect(resembledColumn(header)).toBe(key);
  });
});
