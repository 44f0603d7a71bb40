/**
 * record-credits (SPEC §7): this term's rows appended to 学分登记 (created when missing), idempotent per
 * term, the only write to an input sheet; and a ledger kept over ten terms through it sums as by hand.
 */
import { describe, it, expect } from 'vitest';
import { planCredits, recordCredits } from '../../src/app/recordCredits.js';
import { run } from '../../src/app/run.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { templateSheets } from '../../src/sheets/template/template.js';
import type { CellValue, Table } from '../../src/sheets/table.js';
import { MemoryHost } from './memoryHost.js';

const TERMS = [
  { year: 2021, term: 1 }, { year: 2021, term: 2 }, { year: 2022, term: 1 }, { year: 2022, term: 2 }, { year: 2023, term: 1 },
  { year: 2023, term: 2 }, { year: 2024, term: 1 }, { year: 2024, term: 2 }, { year: 2025, term: 1 }, { year: 2025, term: 2 },
] as const;

/**
 * One term of a three-teacher school: everyone attends the one session; 李四 attends 6 学时 外出学习;
 * 王五's 未完成任务 is 是 in `failing` terms (不合格: 上报学时 0).
 */
function termTables(t: (typeof TERMS)[number], failing: boolean, ledger: CellValue[][] | null, cycle = true): Table[] {
  const day = t.term === 1 ? `${t.year}-10-10` : `${t.year + 1}-04-10`;
  const [from, to] = t.term === 1 ? [`${t.year}-09-01`, `${t.year + 1}-01-20`] : [`${t.year + 1}-02-20`, `${t.year + 1}-07-10`];
  const tables: Table[] = [
    { name: '教师名册', rows: [['工号', '姓名', '教研组'], ['T1', '张三', '语文组'], ['T2', '李四', '语文组'], ['T3', '王五', '数学组']] },
    { name: '签到表', rows: [['日期', '活动', '工号', '姓名', '学时'], [day, '研训', 'T1', '张三', 2], [day, '研训', 'T2', '李四', 2], [day, '研训', 'T3', '王五', 2]] },
    { name: '外出学习', rows: [['日期', '活动', '工号', '姓名', '学时'], [day, '市培训', 'T2', '李四', 6]] },
    { name: '考核登记', rows: [['工号', '姓名', '学习笔记', '未完成任务'], ['T1', '张三', '优秀', '否'], ['T2', '李四', '良好', '否'], ['T3', '王五', '合格', failing ? '是' : '否']] },
    { name: '考核规则', rows: [['参数', '值'], ['考核开始日期', from], ['考核结束日期', to], ...(cycle ? [['学分周期起始学年', 2021]] : [])] },
  ];
  if (ledger !== null) tables.push({ name: '学分登记', rows: ledger });
  return tables;
}

describe('record-credits on one term (SPEC §7)', () => {
  it('creates 学分登记 with this term’s rows when the workbook has none, and writes no output sheet', async () => {
    const host = new MemoryHost(termTables(TERMS[4], false, null));
    const before = structuredClone(host.tables);
    const recorded = await recordCredits(host);
    expect(recorded.ok && recorded.plan).toMatchObject({ sheet: '学分登记', create: true, added: 4, replaced: 0, term: '2023-2024 第一学期' });
    expect(host.table('学分登记')?.rows).toEqual([
      ['工号', '姓名', '学年', '学期', '类别', '学分', '来源'],
      // 考核结果's order: 教研组, then rank (李四's 外出学习 puts him first in 语文组).
      ['T2', '李四', '2023-2024', '第一学期', '校本', 4, '研修考核助手 2023-2024 第一学期'],
      ['T2', '李四', '2023-2024', '第一学期', '其他', 2, '研修考核助手 2023-2024 第一学期'],
      ['T1', '张三', '2023-2024', '第一学期', '校本', 4, '研修考核助手 2023-2024 第一学期'],
      ['T3', '王五', '2023-2024', '第一学期', '校本', 4, '研修考核助手 2023-2024 第一学期'],
    ]);
    expect(host.writes).toEqual([]);
    for (const t of before) expect(host.table(t.name)).toEqual(t);
  });

  it('is idempotent: recording again replaces exactly the rows it wrote for the term, touching no other row', async () => {
    const ledger: CellValue[][] = [
      ['2021—2025 继续教育学分'],
      ['工号', '姓名', '学年', '学期', '类别', '学分', '来源', '审核人'],
      ['T1', '张三', 2022, '第二学期', '校本', 5, '区教研', '赵'],
    ];
    const host = new MemoryHost(termTables(TERMS[4], false, ledger));
    await recordCredits(host);
    const once = structuredClone(host.table('学分登记')!.rows);
    expect(once.slice(0, 3)).toEqual(ledger);
    expect(once).toHaveLength(7);
    // The clerk adds a row of their own below ours, then records again after a correction.
    host.table('学分登记')!.rows.push(['T3', '王五', 2022, '第一学期', '其他', 3, '网络研修', '钱']);
    host.table('考核登记')!.rows[3]![3] = '是';
    const again = await planCredits(host);
    expect(again.ok && again.confirm).toBe('将在“学分登记”中添加 2023-2024 第一学期 的学分 4 行（替换此前登记的同学期 4 行），不改动其他行。');
    await recordCredits(host);
    const rows = host.table('学分登记')!.rows;
    expect(rows.slice(0, 3)).toEqual(ledger);
    expect(rows.slice(3)).toEqual([
      ['T3', '王五', 2022, '第一学期', '其他', 3, '网络研修', '钱'],
      ['T2', '李四', '2023-2024', '第一学期', '校本', 4, '研修考核助手 2023-2024 第一学期', null],
      ['T2', '李四', '2023-2024', '第一学期', '其他', 2, '研修考核助手 2023-2024 第一学期', null],
      ['T1', '张三', '2023-2024', '第一学期', '校本', 4, '研修考核助手 2023-2024 第一学期', null],
      // 王五 is now 不合格 (未完成任务): 上报学时 0, so 0 校本 this term — still listed, the term was assessed.
      ['T3', '王五', '2023-2024', '第一学期', '校本', 0, '研修考核助手 2023-2024 第一学期', null],
    ]);
  });

  it('adds a 来源 column to a ledger without one, and writes 学时 where the sheet counts hours', async () => {
    const ledger: CellValue[][] = [['姓名', '学年', '类别', '学时'], ['张三', 2022, '校本', 9]];
    const host = new MemoryHost(termTables(TERMS[4], false, ledger));
    await recordCredits(host);
    const rows = host.table('学分登记')!.rows;
    expect(rows[0]).toEqual(['姓名', '学年', '类别', '学时', '来源']);
    expect(rows[1]).toEqual(['张三', 2022, '校本', 9, null]);
    expect(rows.find((r) => r[0] === '张三' && r[4] !== null)).toEqual(['张三', '2023-2024', '校本', 12, '研修考核助手 2023-2024 第一学期']);
    expect(rows.find((r) => r[0] === '李四' && r[2] === '其他')).toEqual(['李四', '2023-2024', '其他', 6, '研修考核助手 2023-2024 第一学期']);
  });

  it('refuses when the term cannot be told, writing nothing', async () => {
    const tables = termTables(TERMS[4], false, null).map((t) => (t.name === '考核规则' ? { ...t, rows: [['参数', '值']] } : t))
      .map((t) => (t.name === '签到表' || t.name === '外出学习' ? { ...t, rows: t.rows.map((r, i) => (i === 0 ? r : [null, ...r.slice(1)])) } : t));
    const host = new MemoryHost(tables);
    const recorded = await recordCredits(host);
    expect(recorded.ok).toBe(false);
    expect(host.table('学分登记')).toBeUndefined();
  });

  it('is never done by 开始计算', async () => {
    const host = new MemoryHost(termTables(TERMS[4], false, null));
    await run(host, { now: new Date(2024, 0, 20) });
    expect(host.table('学分登记')).toBeUndefined();
    expect(host.inserts).toEqual([]);
  });
});

describe('a ledger kept over ten terms through record-credits (.xlsx files)', () => {
  it('gives the cycle totals of summing by hand', async () => {
    let ledger: CellValue[][] | null = null;
    let last: Awaited<ReturnType<typeof run>> | null = null;
    for (const [i, t] of TERMS.entries()) {
      const failing = i === 2 || i === 6;
      const host = await XlsxHost.create();
      await host.insertSheets(termTables(t, failing, ledger).map((table) => ({ name: table.name, cells: table.rows.map((r) => r.map((c) => (c instanceof Date || typeof c === 'boolean' ? String(c) : c))) })));
      if (i === TERMS.length - 1) {
        // The last term is scored, then recorded twice; its rows never count twice.
        last = await run(host, { now: new Date(2026, 5, 1) });
      }
      expect((await recordCredits(host)).ok).toBe(true);
      if (i === TERMS.length - 1) expect((await recordCredits(host)).ok).toBe(true);
      const saved = await XlsxHost.open(await host.save());
      ledger = (await saved.readSheet('学分登记')).rows;
    }
    // 10 terms × (1 header … ): 张三 10 × 校本, 李四 10 × (校本 + 其他), 王五 10 × 校本.
    expect(ledger).toHaveLength(1 + 10 * 4);
    const credits = Object.fromEntries(last!.score!.result.teachers.map((t) => [t.name, t.credits]));
    // By hand: 校本 12/3 = 4 a term; 李四 其他 6/3 = 2 a term; 王五 不合格 in terms 3 and 7 (0 校本).
    // The 10th term is this workbook's own; the nine before come from the ledger. k = 5: pace 120, 校本 50.
    expect(credits['张三']).toEqual({ earlierSchool: 36, earlierOther: 0, termSchool: 4, termOther: 0, total: 40, school: 40, owed: 80, schoolOwed: 10, pace: 120, status: 'behind' });
    expect(credits['李四']).toEqual({ earlierSchool: 36, earlierOther: 18, termSchool: 4, termOther: 2, total: 60, school: 40, owed: 60, schoolOwed: 10, pace: 120, status: 'behind' });
    expect(credits['王五']).toEqual({ earlierSchool: 28, earlierOther: 0, termSchool: 4, termOther: 0, total: 32, school: 32, owed: 88, schoolOwed: 18, pace: 120, status: 'behind' });
    // The sheet itself sums the same way.
    const sum = (id: string, category: string) => ledger!.filter((r) => r[0] === id && r[4] === category).reduce((a, r) => a + Number(r[5]), 0);
    expect([sum('T1', '校本'), sum('T2', '校本'), sum('T2', '其他'), sum('T3', '校本')]).toEqual([40, 40, 20, 32]);
  }, 60_000);
});

describe('the template’s 学分登记 takes recorded rows', () => {
  it('records into the blank template sheet, below its header', async () => {
    const blank = templateSheets().find((s) => s.name === '学分登记')!;
    const host = new MemoryHost([...termTables(TERMS[0], false, null), { name: '学分登记', rows: blank.cells.map((r) => [...r]) }]);
    const recorded = await recordCredits(host);
    expect(recorded.ok && recorded.plan.create).toBe(false);
    expect(host.table('学分登记')!.rows).toHaveLength(5);
  });
});
