/** Test helper: a Table from a 2-D array (row 1 = the array's first row unless `firstRow` says otherwise). */
import type { CellValue, Table } from '../../src/sheets/table.js';

export function makeTable(name: string, rows: CellValue[][], extra: Partial<Omit<Table, 'name' | 'rows'>> = {}): Table {
  return { name, rows, ...extra };
}

/** The standard roster used by most tests: 语文组 (张三 T001, 李四 T002, 张伟 T010), 数学组 (王五 T003, 张伟 T011). */
export function roster(): Table {
  return makeTable('教师名册', [
    ['2023学年第一学期教师名册'],
    ['工号', '姓名', '教研组', '备课组', '学科', '梯队', '须开课'],
    ['T001', '张三', '语文组', '七年级语文', '语文', '骨干', '是'],
    ['T002', '李四', '语文组', null, '语文', null, '否'],
    ['T003', '王五', '数学组', null, '数学', null, null],
    ['T010', '张伟', '语文组', null, null, null, null],
    ['T011', '张伟', '数学组', null, null, null, null],
  ]);
}
