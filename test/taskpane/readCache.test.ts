import { describe, expect, it } from 'vitest';
import { computeBetweenTasks } from '../../src/app/compute.js';
import { inspect } from '../../src/app/inspect.js';
import { insertTemplate } from '../../src/app/insertTemplate.js';
import { planCredits, recordPlannedCredits } from '../../src/app/recordCredits.js';
import { run } from '../../src/app/run.js';
import { ReadCache } from '../../src/taskpane/readCache.js';
import { MemoryHost } from '../app/memoryHost.js';

const school = () =>
  new MemoryHost([
    { name: '教师名册', rows: [['工号', '姓名', '教研组'], ['T1', '张三', '语文组'], ['T2', '李四', '语文组']] },
    { name: '签到表', rows: [['日期', '活动', '工号', '姓名', '状态', '学时'], ['2023-09-06', '师德培训', 'T1', '张三', '出勤', 2]] },
  ]);

describe('the file worker reads each input sheet once until the workbook changes (ReadCache)', () => {
  it('lets 开始计算 reuse what 检查数据 read, with the same results', async () => {
    const book = school();
    const cache = new ReadCache();
    const checked = await inspect(cache.host(book));
    const reads = book.reads.length;
    expect(reads).toBe(2);
    const report = await run(cache.host(book), { now: new Date(Date.UTC(2024, 0, 31)) });
    expect(book.reads).toHaveLength(reads);
    expect(report.inspect).toEqual(checked);
    expect(report.score?.result.teachers).toHaveLength(2);
    expect(await run(school(), { now: new Date(Date.UTC(2024, 0, 31)) })).toEqual(report);
  });

  it('reads again after sheets were written or inserted, or when told to forget', async () => {
    const book = new MemoryHost([]);
    const cache = new ReadCache();
    await inspect(cache.host(book));
    await insertTemplate(cache.host(book));
    const sheets = (await book.listSheets()).length;
    let reads = book.reads.length;
    expect((await inspect(cache.host(book))).read.sheets.roster).toBe('教师名册');
    expect(book.reads.length - reads).toBe(sheets);
    reads = book.reads.length;
    await inspect(cache.host(book));
    expect(book.reads.length).toBe(reads);
    cache.forget();
    await inspect(cache.host(book));
    expect(book.reads.length - reads).toBe(sheets);
  });

  it('lets 开始计算 reuse 检查数据\'s parse too, writing the same sheets as a run that parses afresh', async () => {
    const book = school();
    const cache = new ReadCache();
    const now = new Date(Date.UTC(2024, 0, 31, 10));
    // As the file worker calls them (fileWorker.ts): the check, then the run a while later, on the cached host with the cache's parse.
    const checked = await inspect(cache.host(book), { now: new Date(Date.UTC(2024, 0, 30, 17)) }, cache.parse);
    const report = await run(cache.host(book), { now, compute: computeBetweenTasks(() => Promise.resolve(), cache.parse) });
    expect(report.inspect.read).toBe(checked.read);
    const afresh = school();
    await run(afresh, { now });
    expect(book.writes).toEqual(afresh.writes);
  });

  it('parses again after 登记本学期学分 wrote an input sheet, or with another rules override', async () => {
    const book = school();
    const cache = new ReadCache();
    const now = new Date(Date.UTC(2024, 0, 31));
    const checked = await inspect(cache.host(book), { now }, cache.parse);
    const plan = await planCredits(cache.host(book), { now }, cache.parse);
    if (!plan.ok) throw new Error(plan.reason);
    await recordPlannedCredits(cache.host(book), plan.plan);
    const after = await inspect(cache.host(book), { now }, cache.parse);
    expect(after.read).not.toBe(checked.read);
    expect(after.read.sheets.credits).toBe('学分登记');
    const overridden = await inspect(cache.host(book), { now, rulesOverride: { hoursPerDay: 4 } }, cache.parse);
    expect(overridden.read).not.toBe(after.read);
    expect(overridden.rules.hoursPerDay).toBe(4);
  });

  it('does not keep a failed read', async () => {
    const book = school();
    const cache = new ReadCache();
    await expect(cache.host(book).readSheet('没有这张表')).rejects.toThrow(/no sheet/);
    await expect(cache.host(book).readSheet('没有这张表')).rejects.toThrow(/no sheet/);
    expect(book.reads).toEqual(['没有这张表', '没有这张表']);
  });
});
