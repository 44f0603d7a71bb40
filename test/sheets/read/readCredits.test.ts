import { describe, it, expect } from 'vitest';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { readCreditCategory, readSchoolYear, readTerm } from '../../../src/sheets/words/creditWords.js';
import type { CellValue } from '../../../src/sheets/table.js';
import { makeTable, roster } from '../makeTable.js';

/** A 2023 first-term workbook (period 2023-09-01..2024-01-20) with 每学分学时 3 unless told. */
function read(rows: CellValue[][], name = '学分登记', rules: CellValue[][] = []) {
  return readWorkbook([
    roster(),
    makeTable('考核规则', [['参数', '值'], ['考核开始日期', '2023-09-01'], ['考核结束日期', '2024-01-20'], ...rules]),
    makeTable(name, rows),
  ]);
}

const HEADER = ['工号', '姓名', '学年', '学期', '类别', '学分', '学时', '来源'];

describe('学分登记 words (SPEC §3.7)', () => {
  it.each([
    [2021, { schoolYear: 2021, term: null }],
    ['2021', { schoolYear: 2021, term: null }],
    ['2021-2022', { schoolYear: 2021, term: null }],
    ['2021—22学年', { schoolYear: 2021, term: null }],
    ['2021学年', { schoolYear: 2021, term: null }],
    ['２０２１学年度', { schoolYear: 2021, term: null }],
    ['2022-2023学年第二学期', { schoolYear: 2022, term: 2 }],
    [null, null],
    ['2021-2023', 'bad'],
    ['去年', 'bad'],
    [21.5, 'bad'],
  ] as const)('学年 %s → %j', (cell, expected) => {
    expect(readSchoolYear(cell)).toEqual(expected);
  });

  it.each([
    ['第一学期', 1], ['上', 1], ['秋季', 1], ['上学期', 1], ['第二学期', 2], ['下', 2], ['春', 2], ['春季学期', 2], ['', null], ['冬', 'bad'],
  ] as const)('学期 %s → %s', (text, expected) => {
    expect(readTerm(text)).toBe(expected);
  });

  it.each([
    ['校本', 'school'], ['校本研修', 'school'], ['校本研训', 'school'], ['学校校本培训', 'school'],
    ['县级', 'other'], ['区级', 'other'], ['市级', 'other'], ['省级', 'other'], ['国家级', 'other'], ['网络', 'other'],
    ['外出', 'other'], ['远程', 'other'], ['国培计划', 'other'], ['', null],
  ] as const)('类别 %s → %s', (text, expected) => {
    expect(readCreditCategory(text)).toBe(expected);
  });
});

describe('学分登记 reader (SPEC §3.7)', () => {
  it('reads credits, converts 学时 by 每学分学时, and keeps 来源', () => {
    const out = read([
      HEADER,
      ['T001', '张三', 2021, '第一学期', '校本', 10, null, '2021 秋'],
      ['T001', '张三', '2022-2023', '下', '市级', null, 9, null],
      ['T002', '李四', '2022学年', null, '校本研训', null, '7.5学时', '远程'],
    ], '学分登记', [['每学分学时', 2.5]]);
    expect(out.dataset.creditRows).toEqual([
      { teacherKey: 'id:T001', schoolYear: 2021, term: 1, category: 'school', credits: 10, origin: '2021 秋', source: { sheet: '学分登记', row: 2 } },
      { teacherKey: 'id:T001', schoolYear: 2022, term: 2, category: 'other', credits: 3.6, origin: '', source: { sheet: '学分登记', row: 3 } },
      { teacherKey: 'id:T002', schoolYear: 2022, term: null, category: 'school', credits: 3, origin: '远程', source: { sheet: '学分登记', row: 4 } },
    ]);
    expect(out.report.sheets.credits).toBe('学分登记');
  });

  it('does not add a row of the term being scored: warns, unless the product recorded it itself', () => {
    const out = read([
      HEADER,
      ['T001', '张三', '2023-2024', '第一学期', '校本', 4, null, null],
      ['T002', '李四', 2023, '第一学期', '校本', 4, null, '研修考核助手 2023-2024 第一学期'],
      ['T002', '李四', 2023, null, '其他', 2, null, null],
      ['T003', '王五', 2023, '第二学期', '校本', 4, null, null],
    ]);
    expect(out.dataset.creditRows?.map((r) => r.source.row)).toEqual([5]);
    expect(out.issues.filter((i) => i.code === 'credit-row-current-term').map((i) => i.row)).toEqual([2, 4]);
    expect(out.issues.find((i) => i.code === 'credit-rows-recorded-term')?.params).toMatchObject({ count: 1, term: '2023-2024 第一学期' });
  });

  it('reports rows it cannot count, each with its column', () => {
    const out = read([
      HEADER,
      ['T001', '张三', '去年', null, '校本', 4, null, null],
      ['T001', '张三', 2021, '冬', '校本', 4, null, null],
      ['T001', '张三', 2021, null, null, 4, null, null],
      ['T001', '张三', 2021, null, '校本', null, null, null],
      ['T009', '赵六', 2021, null, '校本', 4, null, null],
    ]);
    const got = out.issues.filter((i) => i.sheet === '学分登记').map((i) => [i.code, i.row, i.column]);
    expect(got).toEqual([
      ['bad-school-year', 2, '学年'],
      ['unknown-term', 3, '学期'],
      ['unknown-credit-category', 4, '类别'],
      ['missing-credit-amount', 5, '学分'],
      ['unknown-teacher', 6, '工号'],
    ]);
    expect(out.dataset.creditRows?.map((r) => [r.source.row, r.term])).toEqual([[3, null]]);
  });

  it('is recognised by content under another name', () => {
    const out = read([['姓名', '学年度', '学分类别', '学分数'], ['张三', 2021, '校本', 5]], '五年学分');
    expect(out.report.sheets.credits).toBe('五年学分');
    expect(out.issues.some((i) => i.code === 'sheet-recognised-by-content' && i.sheet === '五年学分')).toBe(true);
    expect(out.dataset.creditRows?.length).toBe(1);
  });
});

describe('成果登记 reader (SPEC §3.8)', () => {
  it('reads 类别, 日期, 数量 (default 1) and 标题', () => {
    const out = readWorkbook([
      roster(),
      makeTable('成果登记', [
        ['工号', '姓名', '类别', '日期', '数量', '标题'],
        ['T001', '张三', '说课稿', '2023-10-08', null, '《春》说课'],
        ['T001', '张三', ' 教学 反思 ', null, 3, null],
        ['T002', '李四', null, null, 1, '无类别'],
      ]),
    ]);
    expect(out.dataset.deliverables).toEqual([
      { teacherKey: 'id:T001', category: '说课稿', date: '2023-10-08', count: 1, title: '《春》说课', source: { sheet: '成果登记', row: 2 } },
      { teacherKey: 'id:T001', category: '教学反思', date: null, count: 3, title: '', source: { sheet: '成果登记', row: 3 } },
    ]);
    expect(out.issues.filter((i) => i.code === 'missing-deliverable-category').map((i) => i.row)).toEqual([4]);
  });

  it('is recognised by content under another name, and an award sheet is not', () => {
    const out = readWorkbook([
      roster(),
      makeTable('八个一', [['姓名', '成果类别', '成果名称', '日期'], ['张三', '教学设计', '《春》', '2023-10-08']]),
      makeTable('Sheet5', [['姓名', '奖项', '类别', '级别', '等次'], ['张三', '论文评选', '评选', '市级', '一等奖']]),
    ]);
    expect(out.report.sheetsOf.deliverables).toEqual(['八个一']);
    expect(out.report.sheetsOf.awards).toEqual(['Sheet5']);
  });
});

describe('a ledger the rules rely on (issue 21)', () => {
  it.each([
    ['须交:说课稿', 1, '成果登记', '须交的成果（每位教师都按未交计）'],
    ['学分周期起始学年', 2021, '学分登记', '往年学分（学分台账只计本学期）'],
  ])('%s without its sheet is one missing-sheet warning', (key, value, sheet, items) => {
    const out = readWorkbook([roster(), makeTable('考核规则', [['参数', '值'], [key, value]])]);
    expect(out.issues.filter((i) => i.code === 'missing-sheet' && i.params?.['sheet'] === sheet).map((i) => i.params?.['items'])).toEqual([items]);
    expect(out.report.missing.some((m) => m.kind === (sheet === '成果登记' ? 'deliverables' : 'credits'))).toBe(true);
  });

  it('says nothing when no rule needs the ledgers', () => {
    const out = readWorkbook([roster()]);
    expect(out.issues.filter((i) => i.code === 'missing-sheet').map((i) => i.params?.['sheet'])).not.toContain('学分登记');
    expect(out.issues.filter((i) => i.code === 'missing-sheet').map((i) => i.params?.['sheet'])).not.toContain('成果登记');
  });
});
