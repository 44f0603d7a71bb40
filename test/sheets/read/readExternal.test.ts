import { describe, it, expect } from 'vitest';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { makeTable, roster } from '../makeTable.js';

const where = (out: ReturnType<typeof readWorkbook>, code: string) =>
  out.issues.filter((i) => i.code === code).map((i) => ({ sheet: i.sheet, row: i.row, column: i.column }));

describe('外出学习 sheet (SPEC §3.2)', () => {
  it('adds its rows to the 外出学习 rows of 签到表', () => {
    const out = readWorkbook([
      roster(),
      makeTable('签到表', [['日期', '活动', '类型', '姓名'], ['2023-10-10', '市培训', '外出学习', '张三']]),
      makeTable('外出培训', [['日期', '培训内容', '工号', '姓名', '学时', '状态'], ['2023-11-01', '省培', 'T002', '李四', '6学时', null]]),
    ]);
    expect(out.report.sheets.external).toBe('外出培训');
    expect(out.dataset.external).toEqual([
      { teacherKey: 'id:T001', date: '2023-10-10', title: '市培训', status: 'present', hours: null, source: { sheet: '签到表', row: 2 } },
      { teacherKey: 'id:T002', date: '2023-11-01', title: '省培', status: 'present', hours: 6, source: { sheet: '外出培训', row: 2 } },
    ]);
    expect(out.issues.filter((i) => i.code === 'missing-sheet' && i.params?.sheet === '外出学习')).toEqual([]);
  });

  it('keeps undated rows and counts a repeated dated row once (duplicate-attendance)', () => {
    const out = readWorkbook([
      roster(),
      makeTable('外出学习', [
        ['日期', '活动', '姓名', '学时', '状态'],
        [null, '线上研修', '张三', 3, null],
        [null, '线上研修', '张三', 3, null],
        ['2023-10-10', '市培训', '张三', 6, '缺勤'],
        ['2023-10-10', '市培训', '张三', 6, '出勤'],
      ]),
    ]);
    expect(out.dataset.external.map((e) => [e.date, e.status])).toEqual([[null, 'present'], [null, 'present'], ['2023-10-10', 'present']]);
    expect(where(out, 'duplicate-attendance')).toEqual([{ sheet: '外出学习', row: 5, column: '姓名' }]);
  });

  it('says nothing about a missing 外出学习 sheet when 签到表 holds 外出学习 rows, and informs otherwise', () => {
    const none = readWorkbook([roster()]);
    expect(none.issues.filter((i) => i.code === 'missing-sheet').map((i) => i.params?.sheet)).toContain('外出学习');
  });
});
