import { describe, expect, it } from 'vitest';
import { issueColumn } from '../../src/taskpane/issueCell.js';
import type { Table } from '../../src/sheets/table.js';

const signin: Table = {
  name: '签到表',
  rows: [
    ['2023学年第一学期校本研训签到表', null, null],
    ['日期', '工号', '教师 姓名'],
    ['2023-09-06', 'T001', '张三'],
  ],
};

describe('issueColumn', () => {
  it.each([
    [{ column: '教师姓名', row: 3 }, signin, 3],
    [{ column: '工号', row: 3 }, signin, 2],
    [{ column: 'C', row: 3 }, null, 3],
    [{ column: 'AA', row: 3 }, null, 27],
    [{ column: '状态', row: 3 }, signin, 0],
    [{ row: 3 }, signin, 0],
  ])('finds %o as column %#', (issue, table, expected) => {
    expect(issueColumn(issue, table)).toBe(expected);
  });

  it('counts from the used range when the table does not start at column A', () => {
    expect(issueColumn({ column: '姓名', row: 5 }, { name: 'x', rows: [['工号', '姓名']], firstRow: 2, firstColumn: 3 })).toBe(4);
  });
});
