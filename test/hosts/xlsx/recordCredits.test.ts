/**
 * record-credits through the .xlsx host (SPEC §7): only 学分登记's part is written anew, at its tab
 * position; every other sheet reads back the same.
 */
import { describe, expect, it } from 'vitest';
import { recordCredits } from '../../../src/app/recordCredits.js';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost.js';

describe('XlsxHost.writeCreditRows through recordCredits', () => {
  it('rewrites 学分登记 in place with the term’s rows; other sheets and the tab order stay', async () => {
    const host = await XlsxHost.create();
    await host.insertSheets([
      { name: '教师名册', cells: [['工号', '姓名', '教研组'], ['001', '张三', '语文组']] },
      { name: '学分登记', cells: [[null], ['工号', '姓名', '学年', '学期', '类别', '学分', '来源'], ['001', '张三', 2022, '下', '市级', 2.5, '=SUM(1)']] },
      { name: '签到表', cells: [['日期', '活动', '工号', '姓名', '学时'], ['2024-03-10', '研训', '001', '张三', 3]] },
    ]);
    const before = await Promise.all(['教师名册', '签到表'].map((n) => host.readSheet(n)));
    const recorded = await recordCredits(host);
    expect(recorded.ok && recorded.plan.term).toBe('2023-2024 第二学期');
    const reopened = await XlsxHost.open(await host.save());
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(['教师名册', '学分登记', '签到表']);
    expect(await reopened.readSheet('学分登记')).toMatchObject({
      firstRow: 2,
      rows: [
        ['工号', '姓名', '学年', '学期', '类别', '学分', '来源'],
        ['001', '张三', 2022, '下', '市级', 2.5, '=SUM(1)'],
        ['001', '张三', '2023-2024', '第二学期', '校本', 4, '研修考核助手 2023-2024 第二学期'],
      ],
    });
    expect(await Promise.all(['教师名册', '签到表'].map((n) => reopened.readSheet(n)))).toEqual(before);
  });
});
