import { describe, it, expect } from 'vitest';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { makeTable, roster } from '../makeTable.js';
import type { CellValue } from '../../../src/sheets/table.js';

const read = (rows: CellValue[][], extra = {}) => readWorkbook([makeTable('教师名册', rows, extra)]);
const where = (out: ReturnType<typeof readWorkbook>, code: string) =>
  out.issues.filter((i) => i.code === code).map((i) => ({ sheet: i.sheet, row: i.row, column: i.column }));

describe('教师名册 (SPEC §3.1)', () => {
  it('reads every column and skips the title row', () => {
    const out = readWorkbook([roster()]);
    expect(out.dataset.teachers[0]).toEqual({
      key: 'id:T001', id: 'T001', name: '张三', group: '语文组', prepGroup: '七年级语文', subject: '语文', echelon: '骨干',
      mustTeachLevel: 'school', source: { sheet: '教师名册', row: 3 },
    });
    expect(out.report.teacherCount).toBe(5);
    expect(out.canScore).toBe(true);
  });

  it('keys a teacher without 工号 by name', () => {
    const out = read([['姓名', '教研组'], ['张 三', '语文组']]);
    expect(out.dataset.teachers[0]).toMatchObject({ key: 'name:张三', id: null, name: '张三' });
  });

  it('reads aliases of the roster columns', () => {
    const out = read([['教师编号', '教师姓名', '组别', '任教学科', '是否须开课'], [1001, '李四', '数学组', '数学', 'Y']]);
    expect(out.dataset.teachers[0]).toMatchObject({ id: '1001', name: '李四', group: '数学组', subject: '数学', mustTeachLevel: 'school' });
  });

  it('places a teacher without 教研组 in 未分组 with an error (missing-group)', () => {
    const out = read([['工号', '姓名', '教研组'], ['T1', '张三', null]]);
    expect(out.dataset.teachers[0]?.group).toBe('未分组');
    expect(where(out, 'missing-group')).toEqual([{ sheet: '教师名册', row: 2, column: '教研组' }]);
    expect(out.canScore).toBe(true);
  });

  it('keeps both of two same-name rows without 工号, but matches neither by name (duplicate-roster-name)', () => {
    const out = readWorkbook([
      makeTable('教师名册', [['姓名', '教研组'], ['王五', '语文组'], ['王五', '数学组']]),
      makeTable('签到表', [['日期', '姓名'], ['2023-09-06', '王五']]),
    ]);
    expect(out.dataset.teachers.map((t) => [t.key, t.group])).toEqual([['name:王五', '语文组'], ['name:王五#2', '数学组']]);
    expect(where(out, 'duplicate-roster-name')).toEqual([{ sheet: '教师名册', row: 3, column: '姓名' }]);
    expect(out.issues.find((i) => i.code === 'duplicate-roster-name')?.params).toMatchObject({ rows: '2、3' });
    expect(where(out, 'ambiguous-teacher')).toEqual([{ sheet: '签到表', row: 2, column: '姓名' }]);
  });

  it('allows 同名 teachers with 工号', () => {
    const out = readWorkbook([roster()]);
    expect(out.dataset.teachers.filter((t) => t.name === '张伟').map((t) => t.key)).toEqual(['id:T010', 'id:T011']);
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('keeps the first of a duplicated 工号 (duplicate-roster-id)', () => {
    const out = read([['工号', '姓名', '教研组'], ['T1', '张三', '语文组'], ['T1', '李四', '语文组']]);
    expect(out.dataset.teachers.map((t) => t.name)).toEqual(['张三']);
    expect(where(out, 'duplicate-roster-id')).toEqual([{ sheet: '教师名册', row: 3, column: '工号' }]);
  });

  it('skips a row with a group but no name or 工号 (missing-name) and one with 工号 only (missing-roster-name)', () => {
    const out = read([['工号', '姓名', '教研组'], [null, null, '语文组'], ['T9', null, '语文组']]);
    expect(out.dataset.teachers).toEqual([]);
    expect(where(out, 'missing-name')).toEqual([{ sheet: '教师名册', row: 2, column: '姓名' }]);
    expect(where(out, 'missing-roster-name')).toEqual([{ sheet: '教师名册', row: 3, column: '姓名' }]);
  });

  it('warns about a 须开课 that is not 是/否 (unknown-yes-no) and reads it as 否', () => {
    const out = read([['姓名', '教研组', '须开课'], ['张三', '语文组', '看情况']]);
    expect(out.dataset.teachers[0]?.mustTeachLevel).toBeNull();
    expect(where(out, 'unknown-yes-no')).toEqual([{ sheet: '教师名册', row: 2, column: '须开课' }]);
  });

  it.each([
    ['是', 'school'], ['否', null], [null, null], ['区级', 'district'], ['市级', 'city'], ['县级', 'district'], ['省级', 'province'],
  ])('reads 须开课 %s as the 级别 owed: %s (seed 000: 按一节同级别的公开课扣分)', (cell, level) => {
    const out = read([['姓名', '教研组', '须开课'], ['张三', '语文组', cell]]);
    expect(out.dataset.teachers[0]?.mustTeachLevel).toBe(level);
    expect(where(out, 'unknown-yes-no')).toEqual([]);
  });

  it('numbers rows from the table’s first row and ignores 合计 and blank rows', () => {
    const out = read([['姓名', '教研组'], [null, ''], ['张三', null], ['合计', '1人']], { firstRow: 5 });
    expect(out.dataset.teachers).toHaveLength(1);
    expect(where(out, 'missing-group')).toEqual([{ sheet: '教师名册', row: 7, column: '教研组' }]);
    expect(out.report.rowsRead['教师名册']).toBe(1); // the 合计 row is not data (SPEC §3), so not a row read
  });

  it('skips a header repeated on each printed page', () => {
    const out = read([['姓名', '教研组'], ['张三', '语文组'], ['姓名', '教研组'], ['李四', '数学组']]);
    expect(out.dataset.teachers.map((t) => t.name)).toEqual(['张三', '李四']);
  });

  it('cannot score without a 教研组 column (missing-column)', () => {
    const out = read([['工号', '姓名', '学科'], ['T1', '张三', '语文']]);
    expect(where(out, 'missing-column')).toEqual([{ sheet: '教师名册', row: 1, column: undefined }]);
    expect(out.canScore).toBe(false);
  });
});

describe('入职日期 / 离职日期 (SPEC §3.1, §4 "Staff changes")', () => {
  it.each([
    ['入职日期', '离职日期'],
    ['调入日期', '调出日期'],
    ['到岗日期', '离岗日期'],
    ['到校日期', '离校日期'],
  ])('reads %s and %s', (joinedHeader, leftHeader) => {
    const out = read([['姓名', '教研组', joinedHeader, leftHeader], ['张三', '语文组', '2023-10-08', null], ['李四', '语文组', null, '2023年12月1日']]);
    expect(out.dataset.teachers.map((t) => [t.name, t.joined ?? null, t.left ?? null])).toEqual([
      ['张三', '2023-10-08', null], ['李四', null, '2023-12-01'],
    ]);
    expect(out.issues.filter((i) => i.sheet === '教师名册' && i.severity !== 'info')).toEqual([]);
  });

  it('reads an Excel date and a year-less date (year from the 考核期)', () => {
    const out = readWorkbook([
      makeTable('考核规则', [['参数', '值'], ['考核开始日期', '2023-09-01'], ['考核结束日期', '2024-01-31']]),
      makeTable('教师名册', [['姓名', '教研组', '入职日期'], ['张三', '语文组', new Date(Date.UTC(2023, 9, 8))], ['李四', '语文组', '10月9日']]),
    ]);
    expect(out.dataset.teachers.map((t) => t.joined)).toEqual(['2023-10-08', '2023-10-09']);
  });

  it('keeps a teacher whose date cannot be read, over the whole term, with a warning (bad-staff-date)', () => {
    const out = read([['姓名', '教研组', '入职日期'], ['张三', '语文组', '十月初']]);
    expect(out.dataset.teachers[0]).toMatchObject({ name: '张三' });
    expect(out.dataset.teachers[0]?.joined).toBeUndefined();
    expect(where(out, 'bad-staff-date')).toEqual([{ sheet: '教师名册', row: 2, column: '入职日期' }]);
    expect(out.issues.find((i) => i.code === 'bad-staff-date')?.message).toBe('教师“张三”的入职日期“十月初”无法识别，按整学期在岗计算。');
  });

  it('drops a 离职日期 before the 入职日期 with a warning (staff-dates-reversed)', () => {
    const out = read([['姓名', '教研组', '入职日期', '离职日期'], ['张三', '语文组', '2023-10-08', '2023-09-01']]);
    expect(out.dataset.teachers[0]).toMatchObject({ joined: '2023-10-08' });
    expect(out.dataset.teachers[0]?.left).toBeUndefined();
    expect(where(out, 'staff-dates-reversed')).toEqual([{ sheet: '教师名册', row: 2, column: '离职日期' }]);
  });
});
