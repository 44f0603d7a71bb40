import { describe, it, expect } from 'vitest';
import { templateSheets, INPUT_SHEETS } from '../../../src/sheets/template/template.js';
import { COLUMN_NAMES, SHEET_NAMES } from '../../../src/sheets/words/vocabulary.js';

describe('the blank standard workbook (SPEC §9 template)', () => {
  const sheets = templateSheets();

  it('has the instruction sheet, the six input sheets and 考核规则', () => {
    expect(sheets.map((s) => s.name)).toEqual(['使用说明', '教师名册', '签到表', '外出学习', '听课记录', '获奖登记', '考核登记', '考核规则']);
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

  it('fills 考核规则 with every default', () => {
    const rules = sheets.at(-1)!;
    expect(rules.cells[0]).toEqual(['参数', '值', '说明']);
    const map = new Map(rules.cells.slice(1).map((r) => [r[0], r[1]]));
    expect(map.get('优秀比例')).toBe('30%');
    expect(map.get('默认每次学时')).toBe(2);
    expect(map.get('考核开始日期')).toBe('');
  });
});
