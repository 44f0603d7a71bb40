/**
 * record-credits through the Excel host (SPEC §7): the one write to an input sheet — values in place in
 * 学分登记, 工号 and 学年 kept as text, nothing else of the workbook touched.
 */
import { describe, expect, it } from 'vitest';
import { recordCredits } from '../../../src/app/recordCredits.js';
import { FakeBook } from './fakeExcel.js';
import { excelHosts } from './excelHosts.js';

const use = excelHosts();

function book(): FakeBook {
  const b = new FakeBook();
  b.addSheet('教师名册', [['工号', '姓名', '教研组'], ['001', '张三', '语文组'], ['002', '李四', '语文组']]);
  b.addSheet('签到表', [['日期', '活动', '工号', '姓名', '学时'], ['2023-10-10', '研训', '001', '张三', 2], ['2023-10-10', '研训', '002', '李四', 2]]);
  b.addSheet('考核规则', [['参数', '值'], ['考核开始日期', '2023-09-01'], ['考核结束日期', '2024-01-20']]);
  b.addSheet('学分登记', [['工号', '姓名', '学年', '学期', '类别', '学分', '来源'], ['001', '张三', 2022, '第二学期', '校本', 5, '区教研']]);
  return b;
}

describe('ExcelHost.writeCreditRows through recordCredits', () => {
  it('appends this term’s rows once, however often it is recorded, and writes nothing else', async () => {
    const b = book();
    const others = ['教师名册', '签到表', '考核规则'].map((n) => b.values(n));
    await recordCredits(use(b));
    await recordCredits(use(b));
    expect(b.values('学分登记')).toEqual([
      ['工号', '姓名', '学年', '学期', '类别', '学分', '来源'],
      ['001', '张三', 2022, '第二学期', '校本', 5, '区教研'],
      ['001', '张三', '2023-2024', '第一学期', '校本', 4, '研修考核助手 2023-2024 第一学期'],
      ['002', '李四', '2023-2024', '第一学期', '校本', 4, '研修考核助手 2023-2024 第一学期'],
    ]);
    expect(b.sheet('学分登记')!.cells[2]![0]!.format).toBe('@');
    expect(['教师名册', '签到表', '考核规则'].map((n) => b.values(n))).toEqual(others);
    expect(b.sheets.map((s) => s.name)).toEqual(['教师名册', '签到表', '考核规则', '学分登记']);
    expect(b.formulasCreated).toEqual([]);
  });
});
