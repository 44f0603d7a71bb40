import { describe, it, expect } from 'vitest';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { makeTable, roster } from '../makeTable.js';
import type { CellValue } from '../../../src/sheets/table.js';

const HEADER = ['工号', '姓名', '奖项', '类别', '级别', '等次', '日期'];
const read = (rows: CellValue[][]) => readWorkbook([roster(), makeTable('获奖登记', [HEADER, ...rows])]);
const where = (out: ReturnType<typeof readWorkbook>, code: string) =>
  out.issues.filter((i) => i.code === code).map((i) => ({ sheet: i.sheet, row: i.row, column: i.column }));

describe('获奖登记 (SPEC §3.4)', () => {
  it('reads an award', () => {
    const out = read([['T001', '张三', '县基本功大赛', null, '县级', '二等奖', '2023-11-02']]);
    expect(out.dataset.awards).toEqual([{
      teacherKey: 'id:T001', title: '县基本功大赛', category: 'competition', level: 'district', step: 1, date: '2023-11-02',
      source: { sheet: '获奖登记', row: 2 },
    }]);
  });

  it('takes an explicit 类别 over keywords', () => {
    expect(read([['T001', '张三', '教学设计大赛', '评选', '市级', '一等奖', null]]).dataset.awards[0]?.category).toBe('appraisal');
  });

  it('does not count an award whose 类别 cannot be told (unknown-award-category)', () => {
    const out = read([['T001', '张三', '优秀班主任', null, '市级', '一等奖', null]]);
    expect(out.dataset.awards).toEqual([]);
    expect(where(out, 'unknown-award-category')).toEqual([{ sheet: '获奖登记', row: 2, column: '类别' }]);
  });

  it('does not count an unknown 等次 (unknown-prize) or 级别 (unknown-level)', () => {
    const out = read([
      ['T001', '张三', '论文评选', null, '市级', '第五名', null],
      ['T001', '张三', '论文评选', null, '乡级', '一等奖', null],
    ]);
    expect(out.dataset.awards).toEqual([]);
    expect(where(out, 'unknown-prize')).toEqual([{ sheet: '获奖登记', row: 2, column: '等次' }]);
    expect(where(out, 'unknown-level')).toEqual([{ sheet: '获奖登记', row: 3, column: '级别' }]);
  });

  it('counts the same award once (duplicate-award), keeping the first', () => {
    const out = read([
      ['T001', '张三', '论文评选', null, '市级', '一等奖', null],
      ['T001', '张 三', '论文评选 ', null, '市', '1等奖', null],
      ['T001', '张三', '论文评选', null, '市级', '二等奖', null],
    ]);
    expect(out.dataset.awards.map((a) => a.source.row)).toEqual([2, 4]);
    expect(where(out, 'duplicate-award')).toEqual([{ sheet: '获奖登记', row: 3, column: '奖项' }]);
    expect(out.issues.find((i) => i.code === 'duplicate-award')?.params).toEqual({ firstRow: 2 });
  });
});

describe('issues carry the column index (ARCHITECTURE.md: Issue.columnIndex)', () => {
  it('gives the 0-based sheet column of the cell, so a UI can select it without re-reading', () => {
    const out = read([['T001', '张三', '优秀班主任', null, '市级', '一等奖', null]]);
    const issue = out.issues.find((i) => i.code === 'unknown-award-category');
    expect(issue).toMatchObject({ column: '类别', columnIndex: 3 });
  });

  it('counts from the sheet, not the table, when the table starts further right', () => {
    const table = { ...makeTable('获奖登记', [HEADER, ['T001', '张三', '优秀班主任', null, '市级', '一等奖', null]]), firstColumn: 3 };
    const out = readWorkbook([roster(), table]);
    expect(out.issues.find((i) => i.code === 'unknown-award-category')).toMatchObject({ column: '类别', columnIndex: 5 });
  });
});
