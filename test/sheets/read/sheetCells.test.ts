import { describe, expect, it } from 'vitest';
import { isNotDataLabel, isTotalLabel } from '../../../src/sheets/read/sheetCells.js';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { makeTable, roster } from '../makeTable.js';

describe('isTotalLabel (合计 rows are not teachers)', () => {
  it.each([
    ['合计', true],
    [' 小 计 ', true],
    ['总计', true],
    ['统计', true],
    ['张三', false],
    ['合伙人', false],
    ['', false],
    ['Total', false],
  ])('%s → %s', (text, expected) => {
    expect(isTotalLabel(text)).toBe(expected);
  });
});

describe('isNotDataLabel (SPEC §3: rows that are not data)', () => {
  it.each([
    ['合计', true], ['合计：5人', true], ['合 计', true], ['小计(人)', true], ['总计 12', true], ['共计', true], ['平均', true], ['平均分', true],
    ['说明：√ 表示出勤', true], ['注：请假须有假条', true], ['注1：补签另计', true], ['图例：○请假', true], ['备注:', true],
    ['制表：教科室', true], ['制表人：王老师', true], ['审核：李校长', true], ['填表日期：2024-01-10', true], ['负责人:张', true],
    ['张三', false], ['说明会', false], ['注册', false], ['平均主义', false], ['合伙人', false], ['小明', false], ['审计', false], ['制度学习', false],
  ])('%s → %s', (text, expected) => {
    expect(isNotDataLabel(text)).toBe(expected);
  });
});

describe('rows that are not data are skipped in every sheet, with one notice per sheet', () => {
  const notices = (out: ReturnType<typeof readWorkbook>, sheet: string) => out.issues.filter((i) => i.sheet === sheet && i.code === 'rows-not-data');

  it('a 合计 row under the roster (合计 in 序号, 5人 under 姓名) is no teacher', () => {
    const out = readWorkbook([makeTable('教师名册', [
      ['序号', '姓名', '教研组'], [1, '张三', '语文组'], [2, '李四', '数学组'], ['合计', '2人', null], [null, null, null], ['制表：教科室', null, null],
    ])]);
    expect(out.dataset.teachers.map((t) => t.name)).toEqual(['张三', '李四']);
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(notices(out, '教师名册')).toEqual([expect.objectContaining({ severity: 'info', params: { sheet: '教师名册', rows: '4、6' } })]);
  });

  it('looks past a 序号 written as text or in full-width digits to the label', () => {
    const out = readWorkbook([makeTable('教师名册', [['序号', '姓名', '教研组'], ['1', '张三', '语文组'], ['１', '合计', '1人']])]);
    expect(out.dataset.teachers.map((t) => t.name)).toEqual(['张三']);
    expect(notices(out, '教师名册')).toEqual([expect.objectContaining({ params: { sheet: '教师名册', rows: '3' } })]);
  });

  it('a signature line under a long sign-in sheet is no unreadable date', () => {
    const out = readWorkbook([roster(), makeTable('签到表', [
      ['日期', '活动', '姓名'], ['2023-09-06', '集体备课', '张三'], ['2023-09-06', '集体备课', '李四'], ['审核人：李校长', null, null],
    ])]);
    expect(out.dataset.attendance).toHaveLength(2);
    expect(out.issues.filter((i) => i.sheet === '签到表').map((i) => i.code)).toEqual(['rows-not-data']);
  });

  it('a 考勤表 with a 合计 row, a legend line and a COUNTIF column reads the teachers only', () => {
    const out = readWorkbook([roster(), makeTable('考勤表', [
      ['姓名', '2023-09-06', '2023-09-13', '出勤次数'], ['张三', '√', '√', 2], ['李四', '√', '×', 1], ['合计', 2, 1, 3], ['说明：√出勤 ×缺勤', null, null, null],
    ])]);
    expect(out.dataset.attendance.map((a) => a.teacherKey).sort()).toEqual(['id:T001', 'id:T001', 'id:T002', 'id:T002']);
    expect(notices(out, '考勤表')).toHaveLength(1);
    expect(out.issues.filter((i) => i.severity !== 'info' && i.sheet === '考勤表')).toEqual([]);
    expect(out.issues.find((i) => i.code === 'derived-columns')?.params).toMatchObject({ columns: '“出勤次数”' });
  });

  it('repeated header rows and an 平均 row in 考核登记 are skipped with one notice', () => {
    const out = readWorkbook([roster(), makeTable('考核登记', [
      ['姓名', '学习笔记', '读书未交'], ['张三', '优秀', 0], ['姓名', '学习笔记', '读书未交'], ['李四', '良好', 1], ['平均', null, 0.5],
    ])]);
    expect(out.dataset.judged).toHaveLength(2);
    expect(notices(out, '考核登记')).toEqual([expect.objectContaining({ params: { sheet: '考核登记', rows: '3、5' } })]);
  });

  it('the 考核规则 sheet reads every row: its own rule handles 合计 there', () => {
    const out = readWorkbook([roster(), makeTable('考核规则', [['参数', '值'], ['优秀比例', '30%'], ['说明：以上为默认', null]])]);
    expect(notices(out, '考核规则')).toEqual([]);
  });
});
