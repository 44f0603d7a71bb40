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
    expect([out.rules.preset, out.rules.minObservedLessons, out.rules.minReviews]).toEqual(['001听评课', 15, 12]);
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

  // issue 19 item 5: every numeric rule has a sane range; outside it is an error naming the row.
  it.each([
    ['外出学习满分', 1e308, '应在 0～100 之间'],
    ['考勤满分', 101, '应在 0～100 之间'],
    ['上报学时', 1001, '应在 0～1000 之间'],
    ['默认每次学时', 5000, '应在 0～1000 之间'],
    ['每天学时', 25, '应在 0～24 之间'],
    ['听课最少节数', 1001, '应在 0～1000 之间'],
    ['师德计分', '10/8/6/200', '应在 0～100 之间'],
    ['公开课分:市级', 500, '应在 0～100 之间'],
    ['优秀比例:语文组', '120%', '应为 0%～100% 的比例，如 30%'],
    ['学分周期起始学年', 21, '应在 2000～2100 之间'],
  ])('refuses %s = %s (%s)', (key, value, reason) => {
    const out = read([[key, value, null]]);
    expect(out.issues.filter((i) => i.code === 'bad-rule').map((i) => [i.row, i.params?.['reason']])).toEqual([[2, reason]]);
    expect(out.canScore).toBe(false);
  });

  it.each([['外出学习满分', 100], ['上报学时', 1000], ['每天学时', 24], ['听课最少节数', 0], ['学分周期起始学年', 2021]])('accepts %s = %s at its bound', (key, value) => {
    expect(read([[key, value, null]]).issues.filter((i) => i.code === 'bad-rule')).toEqual([]);
  });

  it('refuses 考核开始日期 after 考核结束日期 (every row would be out of the period)', () => {
    const out = read([['考核开始日期', '2024-01-31', null], ['考核结束日期', '2023-09-01', null]]);
    expect(out.issues.filter((i) => i.code === 'bad-rule').map((i) => [i.row, i.params?.['key']])).toEqual([[2, '考核开始日期']]);
    expect(out.canScore).toBe(false);
  });

  it.each([
    ['优秀比例:语文', '40%', '第2行 优秀比例:语文：名册中没有教研组“语文”，是不是“语文组”？这条规则没有生效。'],
    ['优秀比例:英语组', '40%', '第2行 优秀比例:英语组：名册中没有教研组“英语组”？这条规则没有生效。'],
    ['听课最少节数:骨干教师', 12, '第2行 听课最少节数:骨干教师：名册中没有梯队“骨干教师”，是不是“骨干”？这条规则没有生效。'],
    ['须开课课型:青年', '研讨课', '第2行 须开课课型:青年：名册中没有梯队“青年”？这条规则没有生效。'],
    ['须交:说课稿:骨千', 1, '第2行 须交:说课稿:骨千：名册中没有梯队“骨千”，是不是“骨干”？这条规则没有生效。'],
  ])('warns that %s names nothing in the roster, with the nearest name (issue 19)', (key, value, message) => {
    const out = read([[key, value, null]]);
    expect(out.issues.filter((i) => i.code === 'rule-unknown-name').map((i) => [i.severity, i.message])).toEqual([['warning', message]]);
    expect(out.canScore).toBe(true);
  });

  it.each([['优秀比例:语文组', '40%'], ['须开课课型:全体', '研讨课'], ['听课最少节数:骨干', 12], ['须交:说课稿', 1], ['须交:说课稿:骨干', 2]])(
    'accepts %s, which names the roster (or everyone)', (key, value) => {
      expect(read([[key, value, null]]).issues.filter((i) => i.code === 'rule-unknown-name')).toEqual([]);
    },
  );

  it('warns about a key written twice, naming both rows; the later wins', () => {
    const out = read([['优秀比例', '30%', null], ['上报学时', 12, null], ['优秀率', '35%', null]]);
    expect(out.rules.ratioExcellent).toBe(0.35);
    expect(out.issues.filter((i) => i.code === 'duplicate-rule').map((i) => i.message)).toEqual(['第4行 优秀率 与第2行重复，按后写的第4行（35%）计。']);
  });

  it.each([['合计'], ['小计'], ['说明'], ['说明：比例按教研组人数计算'], ['注：以上经校务会通过'], ['制表：教科室'], ['3'], ['(二)'], ['四、']])(
    'skips the row whose 参数 is %s with a warning, never stopping the run (issue 20)', (key) => {
      const out = read([['优秀比例', '35%', null], [key, 12, null]]);
      expect(out.issues.filter((i) => i.code === 'rule-row-skipped').map((i) => [i.severity, i.row])).toEqual([['warning', 3]]);
      expect(out.canScore).toBe(true);
      expect(out.rules.ratioExcellent).toBe(0.35);
    },
  );

  it.each([['1、优秀比例'], ['(1)优秀比例'], ['一、优秀比例'], ['1. 优秀比例']])('reads the key numbered in its own cell %s', (key) => {
    const out = read([[key, '35%', null]]);
    expect(out.rules.ratioExcellent).toBe(0.35);
    expect(out.issues.filter((i) => i.sheet === '考核规则')).toEqual([]);
  });

  it('still stops on a real unknown key next to skipped rows', () => {
    const out = read([['合计', null, null], ['食堂补贴', 5, null]]);
    expect(out.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['unknown-rule']);
    expect(out.canScore).toBe(false);
  });

  it('warns preset-masked when a row writes the default the 方案 changes, and uses the row (issue 21)', () => {
    const out = read([['方案', '001听评课', null], ['评课最少节数', 0, null], ['听课最少节数', '', null]]);
    expect(out.issues.filter((i) => i.code === 'preset-masked').map((i) => i.message)).toEqual(['第3行 评课最少节数 0 覆盖了方案“001听评课”的 15；留空即按方案']);
    expect([out.rules.minReviews, out.rules.minObservedLessons]).toEqual([0, 15]);
  });

  it('does not warn preset-masked for a value that is not the default, or under 默认', () => {
    expect(read([['方案', '001听评课', null], ['评课最少节数', 12, null]]).issues.filter((i) => i.code === 'preset-masked')).toEqual([]);
    expect(read([['评课最少节数', 0, null]]).issues.filter((i) => i.code === 'preset-masked')).toEqual([]);
  });

  it('warns once about a 学校名称 over 100 characters, keeping the value as written (issue 19 item 9)', () => {
    const long = read([['学校名称', '长'.repeat(40_000), null]]);
    expect(long.issues.filter((i) => i.code === 'school-name-too-long').map((i) => [i.severity, i.row, i.params?.['length']])).toEqual([['warning', 2, 40_000]]);
    expect(long.rules.schoolName).toHaveLength(40_000);
    expect(read([['学校名称', '长'.repeat(100), null]]).issues.some((i) => i.code === 'school-name-too-long')).toBe(false);
  });
});
