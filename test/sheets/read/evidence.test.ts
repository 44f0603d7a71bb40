import { describe, it, expect } from 'vitest';
import { isPersonName, judgeCandidate, type CandidateSample } from '../../../src/sheets/read/evidence.js';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import type { Issue } from '../../../src/engine/issues.js';
import { makeTable, roster } from '../makeTable.js';
import { templateSheets } from '../../../src/sheets/template/template.js';

const empty: CandidateSample = { names: 0, notNames: [], dates: 0, notDates: [], sameGroup: 0, otherGroup: [], rosterTeachers: 0, strangers: [] };

describe('judgeCandidate: a sheet found by content is read only when it looks like its kind (SPEC §3)', () => {
  const cases: [string, Partial<CandidateSample>, true | string][] = [
    ['names that are names', { names: 5 }, true],
    ['nothing to judge (an empty sheet)', {}, true],
    ['numbers and counts for names (the 统计 sheet)', { names: 2, notNames: ['8', '8人'] }, 'not-names'],
    ['one stray note among five names (one in five tolerated)', { names: 5, notNames: ['见附表'] }, true],
    ['two notes among five names', { names: 5, notNames: ['1', '2'] }, 'not-names'],
    ['dates that are dates', { names: 3, dates: 3 }, true],
    ['a date column of words', { names: 3, dates: 3, notDates: ['第一次', '第二次'] }, 'not-dates'],
    ['a roster new to the named roster', { names: 3 }, true],
    ['a roster consistent with the named roster', { names: 3, sameGroup: 3 }, true],
    ['a roster mostly in other groups', { names: 3, sameGroup: 1, otherGroup: ['张三', '李四'] }, 'other-groups'],
    ['as many agreeing as not: consistent enough', { names: 2, sameGroup: 1, otherGroup: ['张三'] }, true],
    ['a judged sheet of roster teachers', { names: 3, rosterTeachers: 3 }, true],
    ['a judged sheet half strangers', { names: 4, rosterTeachers: 2, strangers: ['赵六', '钱七'] }, true],
    ['a judged sheet mostly strangers (last term)', { names: 3, rosterTeachers: 1, strangers: ['赵六', '钱七'] }, 'not-roster-teachers'],
  ];
  it.each(cases)('%s → %s', (_, sample, expected) => {
    const verdict = judgeCandidate({ ...empty, ...sample });
    expect(verdict.accepted ? true : verdict.reason).toBe(expected);
  });

  it.each([
    ['张三', true], ['Li Ming', true], ['张伟(T012)', true],
    ['8', false], ['8人', false], ['12 名', false], ['3.5', false], ['', false], ['—', false],
  ])('%s is a name: %s', (text, expected) => {
    expect(isPersonName(text)).toBe(expected);
  });

  it('a number cell is no name', () => {
    expect(isPersonName(8)).toBe(false);
  });
});

const read = (...tables: ReturnType<typeof makeTable>[]) => readWorkbook(tables);
const codes = (issues: Issue[], sheet: string): string[] => issues.filter((i) => i.sheet === sheet).map((i) => `${i.severity}:${i.code}`);
const account = (out: ReturnType<typeof read>, sheet: string) => out.report.accounts.find((a) => a.sheet === sheet);

describe('the sheets that fooled recognition (issue 19 item 3)', () => {
  it('a 统计 sheet of 教研组 | 教师数 is no roster: 教师数 holds 教师 but a content sheet matches by equality', () => {
    const stats = makeTable('统计', [['教研组', '教师数', '备注'], ['语文组', 3, null], ['数学组', '2人', '含借调']]);
    const out = read(roster(), stats);
    expect(out.dataset.teachers.map((t) => t.name)).toEqual(['张三', '李四', '王五', '张伟', '张伟']);
    expect(account(out, '统计')).toMatchObject({ kind: null, notRead: 'unknown' });
    expect(codes(out.issues, '统计')).toEqual(['info:sheet-not-read']);
  });

  it('a 统计 sheet of 教研组 | 教师 (a count under a name header) is read as nothing, with the reason', () => {
    const stats = makeTable('统计', [['教研组', '教师', '备注'], ['语文组', '8', null], ['数学组', '8人', null]]);
    const out = read(roster(), stats);
    expect(out.dataset.teachers).toHaveLength(5);
    expect(account(out, '统计')).toMatchObject({ kind: null, notRead: 'not-like-kind' });
    const issue = out.issues.find((i) => i.sheet === '统计');
    expect(issue).toMatchObject({ severity: 'warning', code: 'sheet-not-read', params: { reason: 'not-names', kind: '教师名册' } });
    expect(issue?.message).toContain('“8”、“8人”');
  });

  it('a visible roster by content that agrees with the named roster is read (new teachers join)', () => {
    const more = makeTable('新调入', [['姓名', '教研组'], ['张三', '语文组'], ['赵六', '数学组']]);
    const out = read(roster(), more);
    expect(out.dataset.teachers.map((t) => t.name)).toContain('赵六');
    expect(account(out, '新调入')).toMatchObject({ kind: 'roster', recognition: 'content' });
  });

  it('a roster by content whose teachers sit in other groups of the named roster is not read', () => {
    const old = makeTable('2022学年名册', [['姓名', '教研组'], ['张三', '数学组'], ['李四', '数学组'], ['赵六', '英语组']]);
    const out = read(roster(), old);
    expect(out.dataset.teachers.map((t) => t.name)).not.toContain('赵六');
    expect(out.issues.find((i) => i.sheet === '2022学年名册')?.params).toMatchObject({ reason: 'other-groups' });
    expect(out.issues.some((i) => i.code === 'roster-group-conflict')).toBe(false);
  });

  it('a hidden sheet under no standard name is not read, and listed (hidden)', () => {
    const old = makeTable('2022学年名册', [['姓名', '教研组'], ['赵六', '语文组'], ['钱七', '数学组'], ['孙八', '数学组']], { hidden: true });
    const out = read(roster(), old);
    expect(out.dataset.teachers).toHaveLength(5);
    expect(account(out, '2022学年名册')).toMatchObject({ kind: null, notRead: 'hidden' });
    expect(out.issues.find((i) => i.sheet === '2022学年名册')).toMatchObject({ severity: 'info', code: 'sheet-not-read', params: { reason: 'hidden' } });
  });

  it('a hidden sheet under a standard name is read, with a notice', () => {
    const hidden = { ...roster(), hidden: true };
    const out = read(hidden);
    expect(out.dataset.teachers).toHaveLength(5);
    expect(codes(out.issues, '教师名册')).toContain('info:hidden-sheet');
  });

  it('an empty hidden sheet is only listed', () => {
    const out = read(roster(), makeTable('Sheet9', [], { hidden: true }));
    expect(account(out, 'Sheet9')).toMatchObject({ notRead: 'empty' });
    expect(codes(out.issues, 'Sheet9')).toEqual([]);
  });

  it('a judged sheet by content naming last term\'s teachers is not read', () => {
    const last = makeTable('上学期考核', [['姓名', '学习笔记', '读书未交'], ['赵六', '优秀', 0], ['钱七', '良好', 1], ['张三', '合格', 2]]);
    const out = read(roster(), last);
    expect(out.dataset.judged).toEqual([]);
    expect(out.issues.find((i) => i.sheet === '上学期考核')?.params).toMatchObject({ reason: 'not-roster-teachers' });
    // The kind counts as missing: one issue says what stays at 0.
    expect(out.issues.some((i) => i.code === 'missing-sheet' && i.params?.['sheet'] === '考核登记')).toBe(true);
  });

  it('a judged sheet by content naming roster teachers is read', () => {
    const judged = makeTable('平时考核', [['姓名', '学习笔记', '读书未交'], ['张三', '优秀', 0], ['李四', '良好', 1]]);
    const out = read(roster(), judged);
    expect(out.dataset.judged.map((j) => j.teacherKey)).toEqual(['id:T001', 'id:T002']);
  });

  it('a sign-in sheet by content whose dates are not dates is not read', () => {
    const sheet = makeTable('活动安排', [['日期', '活动', '姓名'], ['第一周', '集体备课', '张三'], ['第二周', '读书分享', '李四']]);
    const out = read(roster(), sheet);
    expect(out.dataset.sessions).toEqual([]);
    expect(out.issues.find((i) => i.sheet === '活动安排')?.params).toMatchObject({ reason: 'not-dates' });
  });

  it('a sign-in sheet by content with dates is read', () => {
    const sheet = makeTable('10月', [['日期', '活动', '姓名'], ['2023-10-08', '集体备课', '张三'], ['2023-10-08', '集体备课', '李四']]);
    const out = read(roster(), sheet);
    expect(out.dataset.sessions).toHaveLength(1);
  });

  it('the template\'s 使用说明 is known: listed, never warned about', () => {
    const guide = makeTable('使用说明', [['研修考核助手 · 使用说明'], ['1. 在“教师名册”中填写姓名、教研组。']]);
    const out = read(roster(), guide);
    expect(account(out, '使用说明')).toMatchObject({ kind: null, notRead: 'ours' });
    expect(codes(out.issues, '使用说明')).toEqual([]);
  });
});

describe('containment only by name (SPEC §3)', () => {
  it('a sheet found by name matches 本学期读书未交次数 by containment', () => {
    const judged = makeTable('考核登记', [['姓名', '学习笔记', '本学期读书未交次数'], ['张三', '优秀', 2]]);
    expect(read(roster(), judged).dataset.judged[0]?.readingMissed).toBe(2);
  });

  it('a sheet found by content does not, and says which column to rename', () => {
    const judged = makeTable('平时考核', [['姓名', '学习笔记', '读书扣分', '本学期读书未交次数'], ['张三', '优秀', 1, 2]]);
    const out = read(roster(), judged);
    expect(out.dataset.judged[0]?.readingMissed).toBe(0);
    expect(out.issues.find((i) => i.code === 'column-not-read')).toMatchObject({ column: '本学期读书未交次数', params: { standard: '读书未交' } });
  });
});

describe('our own sheets are known (issue 20 item 6)', () => {
  it('a workbook made from the template warns about none of its sheets', () => {
    const tables = templateSheets().map((sheet) => makeTable(sheet.name, sheet.cells.map((row) => [...row])));
    const out = readWorkbook(tables);
    expect(out.issues.filter((i) => i.code === 'sheet-not-read')).toEqual([]);
    expect(out.report.accounts.find((a) => a.sheet === '使用说明')).toMatchObject({ notRead: 'ours' });
  });
});

describe('hidden rows of a roster (SPEC §3)', () => {
  it('are counted, with one warning listing them', () => {
    const table = { ...roster(), hiddenRows: [4, 6] }; // 李四 (row 4) and 张伟 T011 (row 6)
    const out = read(table);
    expect(out.dataset.teachers).toHaveLength(5);
    const warnings = out.issues.filter((i) => i.code === 'hidden-roster-rows');
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', sheet: '教师名册', params: { sheet: '教师名册', rows: '第 4 行 李四、第 6 行 张伟', count: 2 } })]);
  });

  it('a hidden blank or title row is no teacher and no warning', () => {
    const out = read({ ...roster(), hiddenRows: [1] });
    expect(out.issues.filter((i) => i.code === 'hidden-roster-rows')).toEqual([]);
  });

  it('hidden rows of other sheets are read without a word', () => {
    const signin = makeTable('签到表', [['日期', '活动', '姓名'], ['2023-09-06', '集体备课', '张三'], ['2023-09-06', '集体备课', '李四']], { hiddenRows: [3] });
    const out = read(roster(), signin);
    expect(out.dataset.attendance).toHaveLength(2);
    expect(out.issues.filter((i) => i.sheet === '签到表')).toEqual([]);
  });
});
