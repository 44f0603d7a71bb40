import { describe, it, expect } from 'vitest';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { makeTable, roster } from '../makeTable.js';
import type { CellValue } from '../../../src/sheets/table.js';

const read = (rows: CellValue[][], options = {}) => readWorkbook([roster(), makeTable('考核规则', [['参数', '值', '说明'], ...rows])], options);
const where = (out: ReturnType<typeof readWorkbook>, code: string) =>
  out.issues.filter((i) => i.code === code).map((i) => ({ sheet: i.sheet, row: i.row, column: i.column }));

describe('考核规则 sheet (SPEC §3.6)', () => {
  it.each([
    ['考核开始日期', '2023-09-01', 'periodFrom', '2023-09-01'],
    ['考核开始日期', new Date(Date.UTC(2023, 8, 1)), 'periodFrom', '2023-09-01'],
    ['考核结束日期', 45322, 'periodTo', '2024-01-31'],
    ['考核结束日期', '2024年1月31日', 'periodTo', '2024-01-31'],
    ['优秀比例', '35%', 'ratioExcellent', 0.35],
    ['优秀比例', '35', 'ratioExcellent', 0.35],
    ['优秀比例', 0.35, 'ratioExcellent', 0.35],
    ['良好比例', '３５％', 'ratioGood', 0.35],
    ['名额取整', '向下取整', 'quotaRounding', 'floor'],
    ['名额取整', '向上取整', 'quotaRounding', 'ceil'],
    ['名额取整', '四舍五入', 'quotaRounding', 'round'],
    ['同分处理', '严格', 'tiePolicy', 'strict'],
    ['同分处理', '同档', 'tiePolicy', 'share'],
    ['缺勤上限', '25%', 'absenceLimit', 0.25],
    ['学时计算范围', '教研组', 'hoursScope', 'group'],
    ['默认每次学时', '3学时', 'defaultSessionHours', 3],
    ['听课最少节数', 12, 'minObservedLessons', 12],
    ['上报学时', '24', 'reportHours', 24],
    ['师德计分', '10/8/6/0', 'ethicsPoints', { 优秀: 10, 良好: 8, 合格: 6, 不合格: 0 }],
    ['师德计分', '12、9、6', 'ethicsPoints', { 优秀: 12, 良好: 9, 合格: 6, 不合格: 0 }],
    ['须开课扣分', 2, 'missingOpenClassDeduction', 2],
    ['ratioGood', '30%', 'ratioGood', 0.3],
  ])('reads %s = %s', (key, value, field, expected) => {
    const out = read([[key, value, null]]);
    expect(out.rules[field as keyof typeof out.rules]).toEqual(expected);
    expect(out.issues.filter((i) => i.code === 'bad-rule' || i.code === 'unknown-rule')).toEqual([]);
  });

  // issue 19 item 5: a formula's cached value is read at Excel's 15 digits, so 计算记录 prints what was used.
  it.each([
    ['良好比例 =1-30%-30%', '良好比例', 0.39999999999999997, 'ratioGood', 0.4],
    ['优秀比例 =1-0.7', '优秀比例', 0.30000000000000004, 'ratioExcellent', 0.3],
    ['缺勤上限 =0.7-0.5', '缺勤上限', 0.7 - 0.5, 'absenceLimit', 0.2],
    ['默认每次学时 =0.1*3*10', '默认每次学时', 0.1 * 3 * 10, 'defaultSessionHours', 3],
  ])('reads %s at 15 significant digits', (_label, key, value, field, expected) => {
    expect(read([[key, value, null]]).rules[field as 'ratioGood']).toBe(expected);
  });

  it('reads per-group 优秀比例 with either colon', () => {
    const out = read([['优秀比例:语文组', '40%', null], ['优秀比例：数学组', '20%', null]]);
    expect(out.rules.ratioExcellentByGroup).toEqual({ 语文组: 0.4, 数学组: 0.2 });
  });

  it('reads item maxima and per-level tables', () => {
    const out = read([['外出学习满分', 25, null], ['公开课分:市级', 4, null], ['比赛一等奖分：省级', 6, null]]);
    expect(out.rules.itemMax.external).toBe(25);
    expect(out.rules.openClassPoints.city).toBe(4);
    expect(out.rules.competitionPoints.province).toBe(6);
  });

  it('keeps defaults for blank values', () => {
    expect(read([['优秀比例', null, null]]).rules.ratioExcellent).toBe(0.3);
  });

  it('stops scoring on a value that does not parse (bad-rule) and names the row', () => {
    const out = read([['优秀比例', '三成', null], ['名额取整', '随便', null]]);
    expect(where(out, 'bad-rule')).toEqual([{ sheet: '考核规则', row: 2, column: '值' }, { sheet: '考核规则', row: 3, column: '值' }]);
    expect(out.canScore).toBe(false);
  });

  it('refuses an unknown 参数 (unknown-rule, an error: scoring does not run) and names its row', () => {
    const out = read([['食堂补贴', 5, null]]);
    expect(where(out, 'unknown-rule')).toEqual([{ sheet: '考核规则', row: 2, column: '参数' }]);
    expect(out.canScore).toBe(false);
  });

  it.each([
    ['优秀比列', '30%', '第6行 优秀比列：是不是“优秀比例”？'],
    ['听课最小节数', 10, '第6行 听课最小节数：是不是“听课最少节数”？'],
    ['优秀比列:语文组', '40%', '第6行 优秀比列:语文组：是不是“优秀比例:语文组”？'],
    ['公开课分:乡级', 1, '第6行 公开课分:乡级：是不是“公开课分:校级”？'],
    ['食堂补贴', 5, '第6行 食堂补贴：不是考核规则的参数。'],
  ])('names the row of the misspelt key %s and the nearest known key (issue 14)', (key, value, message) => {
    const filler = Array.from({ length: 4 }, (): [string, string | number, null] => ['上报学时', 12, null]);
    const out = read([...filler, [key, value, null]]);
    expect(out.issues.filter((i) => i.code === 'unknown-rule').map((i) => [i.severity, i.row, i.message])).toEqual([['error', 6, message]]);
    expect(out.canScore).toBe(false);
  });

  it('takes the values of the named 方案 for the keys the sheet does not write, and refuses an unknown one', () => {
    const out = read([['方案', '001听评课', null], ['评课最少节数', 12, null]]);
    expect([out.rules.preset, out.rules.minObservedLessons, out.rules.minReviews]).toEqual(['001听评课', 20, 12]);
    const bad = read([['方案', '最严格', null]]);
    expect(where(bad, 'unknown-preset')).toEqual([{ sheet: '考核规则', row: 2, column: '值' }]);
    expect(bad.canScore).toBe(false);
  });

  it('rejects 优秀 + 良好 above 100% (bad-rule)', () => {
    const out = read([['优秀比例', '60%', null], ['良好比例', '50%', null]]);
    expect(out.issues.filter((i) => i.code === 'bad-rule').map((i) => i.params?.key)).toEqual(['良好比例']);
    expect(out.canScore).toBe(false);
  });

  it('layers defaults ← sheet ← JSON, record fields key by key', () => {
    const out = read([['优秀比例', '35%', null], ['良好比例', '35%', null], ['外出学习满分', 25, null]], {
      rulesOverride: { ratioGood: 0.4, itemMax: { bonus: 12 } },
    });
    expect(out.rules).toMatchObject({ ratioExcellent: 0.35, ratioGood: 0.4 });
    expect(out.rules.itemMax).toMatchObject({ external: 25, bonus: 12, attendance: 30 });
  });

  it('reads a 考核规则 sheet without header from its first two columns', () => {
    const out = readWorkbook([roster(), makeTable('规则', [['优秀比例', '20%'], ['同分处理', '严格']])]);
    expect(out.rules).toMatchObject({ ratioExcellent: 0.2, tiePolicy: 'strict' });
  });

  it('reports bad JSON override values like sheet values', () => {
    const out = readWorkbook([roster()], { rulesOverride: { ratioExcellent: 'lots', nonsense: 1 } });
    expect(out.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['bad-rule', 'unknown-rule']));
    expect(out.canScore).toBe(false);
  });
});
