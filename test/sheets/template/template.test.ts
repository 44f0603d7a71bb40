import { describe, it, expect } from 'vitest';
import { templateSheets, INPUT_SHEETS as TERM_SHEETS, LEDGER_SHEETS, TEMPLATE_LISTS } from '../../../src/sheets/template/template.js';
import { EXAMPLE_ROWS } from '../../../src/sheets/template/templateGuide.js';
import { COLUMN_NAMES, SHEET_NAMES } from '../../../src/sheets/words/vocabulary.js';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { DEFAULT_RULES } from '../../../src/engine/rules.js';
import type { CellValue, Table } from '../../../src/sheets/table.js';

/** The term's six sheets and the two ledgers of issue 21 (学分登记, 成果登记). */
const INPUT_SHEETS = [...TERM_SHEETS, ...LEDGER_SHEETS];

/** The 使用说明 example rows as a workbook (李四, whom the example 听课记录 observes, added to the roster). */
function exampleTables(sheetName?: string, row?: CellValue[]): Table[] {
  return INPUT_SHEETS.map((d) => {
    const example = d.name === sheetName && row !== undefined ? row : d.columns.map((c) => EXAMPLE_ROWS[d.name]?.[c] ?? null);
    const extra: CellValue[][] = d.name === '教师名册' ? [d.columns.map((c) => ({ 工号: 'T002', 姓名: '李四', 教研组: '语文组' })[c] ?? null)] : [];
    return { name: d.name, rows: [[...d.columns], example, ...extra] };
  });
}

describe('the blank standard workbook (SPEC §9 template)', () => {
  const sheets = templateSheets();

  it('has the instruction sheet, the six input sheets, the two ledgers and 考核规则', () => {
    expect(sheets.map((s) => s.name)).toEqual(['使用说明', '教师名册', '签到表', '外出学习', '听课记录', '获奖登记', '考核登记', '学分登记', '成果登记', '考核规则']);
  });

  it('gives 学分登记 and 成果登记 their own 类别 dropdowns (not the awards’ 比赛/评选)', () => {
    const list = (sheet: string, column: string) => {
      const s = sheets.find((x) => x.name === sheet)!;
      const c = (s.cells[0] ?? []).indexOf(column);
      return s.validations?.find((v) => v.range.left === c)?.values;
    };
    expect(list('学分登记', '类别')).toEqual(['校本', '其他']);
    expect(list('学分登记', '学期')).toEqual(['第一学期', '第二学期']);
    expect(list('成果登记', '类别')).toEqual(['教学反思', '读书心得', '论文', '教学设计', '课例点评', '说课稿', '基本功', '小课题', '专题讲座', '自学笔记', '教学案例']);
    expect(list('获奖登记', '类别')).toEqual(['比赛', '评选']);
  });

  it('names every sheet and column by the canonical name the readers know', () => {
    const canonicalSheets = Object.values(SHEET_NAMES).map((names) => names[0]);
    const canonicalColumns = new Set(Object.values(COLUMN_NAMES).map((names) => names[0]));
    for (const def of INPUT_SHEETS) {
      expect(canonicalSheets).toContain(def.name);
      for (const c of def.columns) expect(canonicalColumns).toContain(c);
    }
  });

  it.each([
    ['签到表', '状态', '出勤'],
    ['签到表', '类型', '外出学习'],
    ['听课记录', '课型', '公开课'],
    ['听课记录', '级别', '县区级'],
    ['获奖登记', '等次', '一等奖'],
    ['获奖登记', '类别', '评选'],
    ['考核登记', '学习笔记', '不合格'],
    ['考核登记', '未完成任务', '是'],
    ['教师名册', '须开课', '否'],
  ])('gives %s a dropdown on %s offering %s', (sheetName, column, value) => {
    const sheet = sheets.find((s) => s.name === sheetName)!;
    const col = sheet.cells[0]!.indexOf(column);
    const v = sheet.validations?.find((x) => x.range.left === col);
    expect(v?.range.top).toBe(1);
    expect(v?.values).toContain(value);
  });

  // issue 21 item 1: a value written in the template would mask the 方案 the office picks.
  it('writes 方案 = 默认 and every other 值 blank, the value a blank takes under each 方案 in 说明', () => {
    const rules = sheets.at(-1)!;
    expect(rules.cells[0]).toEqual(['参数', '值', '说明']);
    const rows = rules.cells.slice(1);
    expect(rows.filter((r) => r[1] !== '').map((r) => [r[0], r[1]])).toEqual([['方案', '默认']]);
    const note = (key: string) => String(rows.find((r) => r[0] === key)?.[2]);
    expect(note('优秀比例')).toContain('留空按方案：默认 30%。');
    expect(note('默认每次学时')).toContain('留空按方案：默认 2。');
    expect(note('评课最少节数')).toContain('留空按方案：默认 0；000开课评课 1；001听评课 15。');
    expect(note('不合格处理')).toContain('留空按方案：默认 不合格；003原文 仅本项。');
    expect(note('方案')).toContain('001听评课：听课最少节数 15，评课最少节数 15，须开课课型:全体 汇报课');
  });

  it('suggests rather than refuses: every input dropdown warns and lets a synonym stay (issue 10)', () => {
    for (const def of INPUT_SHEETS) {
      const sheet = sheets.find((x) => x.name === def.name)!;
      for (const v of sheet.validations ?? []) expect([def.name, v.errorStyle]).toEqual([def.name, 'warning']);
    }
  });

  it.each([
    ['签到表', '状态', '到'], ['签到表', '状态', '√'], ['听课记录', '级别', '区级'], ['获奖登记', '等次', '1等奖'], ['教师名册', '须开课', 'Y'],
  ])('a synonym outside the %s %s list (%s) is read by the readers without an issue', (sheetName, column, synonym) => {
    const base = (name: string): CellValue[] => INPUT_SHEETS.find((d) => d.name === name)!.columns.map((c) => EXAMPLE_ROWS[name]?.[c] ?? null);
    const row = base(sheetName);
    row[INPUT_SHEETS.find((d) => d.name === sheetName)!.columns.indexOf(column)] = synonym;
    expect(TEMPLATE_LISTS[column]).not.toContain(synonym);
    const tables = exampleTables(sheetName, row);
    const issues = readWorkbook(tables).issues.filter((i) => i.severity !== 'info');
    expect(issues.filter((i) => i.sheet === sheetName)).toEqual([]);
  });

  it('shows one filled example row per input sheet in 使用说明, and each example reads without a warning', () => {
    const guide = sheets[0]!.cells.map((r) => String(r[0] ?? ''));
    for (const def of INPUT_SHEETS) expect(guide).toContain(def.name);
    const out = readWorkbook(exampleTables());
    expect(out.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect([out.dataset.observations.length, out.dataset.awards.length, out.dataset.judged.length, out.dataset.external.length]).toEqual([1, 1, 1, 1]);
    expect([out.dataset.creditRows?.length, out.dataset.deliverables?.length]).toEqual([1, 1]);
  });

  it('keeps the 考核期 rows, blank, formatted as dates, with a hint', () => {
    const rules = sheets.at(-1)!;
    const row = rules.cells.findIndex((r) => r[0] === '考核开始日期');
    expect(rules.cells[row]?.[1]).toBe('');
    expect(String(rules.cells[row]?.[2])).toContain('如 2023-09-01');
    expect(rules.formats?.some((f) => f.range.top === row && f.range.left === 1 && f.numberFormat === 'yyyy-mm-dd')).toBe(true);
  });

  it('offers the 方案 presets and the word rules as dropdowns', () => {
    const rules = sheets.at(-1)!;
    const choices = (key: string) => rules.validations?.find((v) => rules.cells[v.range.top]?.[0] === key)?.values;
    expect(choices('方案')).toEqual(['默认', '003原文', '000开课评课', '001听评课', '002研讨课']);
    expect(choices('名额计算')).toEqual(['累计', '分别']);
    expect(choices('不合格处理')).toEqual(['不合格', '仅本项']);
  });

  it('reads back as exactly the defaults (every row the template writes is a known key with a valid value)', () => {
    const rules = sheets.at(-1)!;
    const out = readWorkbook([{ name: '教师名册', rows: [['姓名', '教研组'], ['张三', '语文组']] }, { name: '考核规则', rows: rules.cells as CellValue[][] }]);
    expect(out.issues.filter((i) => i.sheet === '考核规则')).toEqual([]);
    expect(out.rules).toEqual(DEFAULT_RULES);
  });
});
