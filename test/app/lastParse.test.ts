import { describe, expect, it } from 'vitest';
import { readTables, type ParseOptions } from '../../src/app/inspect.js';
import { LastParse } from '../../src/app/lastParse.js';
import type { Table } from '../../src/sheets/table.js';

/** A roster and a sign-in sheet whose dates have no year: only the run's school year dates them. */
const school = (): Table[] => [
  { name: '教师名册', rows: [['工号', '姓名', '教研组'], ['T1', '张三', '语文组'], ['T2', '李四', '数学组']] },
  { name: '签到表', rows: [['日期', '活动', '工号', '姓名', '状态', '学时'], ['9月6日', '师德培训', 'T1', '张三', '出勤', 2], ['9月13日', '讲座', 'T2', '李四', '出勤', 2]] },
  // A sheet not read (our output), as readInputTables hands it over: a new placeholder each time.
  { name: '考核结果', rows: [] },
];

const DAY = new Date(Date.UTC(2024, 0, 20));
/** The next day of the same school year (2023), and a day of the next one (2024). */
const NEXT_DAY = new Date(Date.UTC(2024, 0, 21));
const NEXT_SCHOOL_YEAR = new Date(Date.UTC(2024, 8, 10));

/** A LastParse over readTables that counts its parses. */
function counted(): { last: LastParse; parses: () => number } {
  let parses = 0;
  const last = new LastParse((tables, options) => {
    parses++;
    return readTables(tables, options);
  });
  return { last, parses: () => parses };
}

describe('LastParse (开始计算 reuses 检查数据\'s parse)', () => {
  it('gives back the last parse for the same tables, ownership record, override and school year', () => {
    const tables = school();
    const { last, parses } = counted();
    const options: ParseOptions = { now: DAY, ownOutputs: ['考核结果'], rulesOverride: { hoursPerDay: 6 } };
    const checked = last.parse(tables, options);
    // What the run passes: a new list, a new placeholder, the record and the override read or cloned anew, the next day.
    const again = last.parse([tables[0] as Table, tables[1] as Table, { name: '考核结果', rows: [] }], {
      now: NEXT_DAY, ownOutputs: ['考核结果'], rulesOverride: structuredClone({ hoursPerDay: 6 }),
    });
    expect(again).toBe(checked);
    expect(parses()).toBe(1);
  });

  it.each<[string, (tables: Table[]) => [Table[], ParseOptions]]>([
    ['a re-written sheet (a new Table, e.g. after 登记本学期学分)', (t) => [[{ ...(t[0] as Table) }, t[1] as Table, t[2] as Table], { now: DAY }]],
    ['another set of sheets', (t) => [t.slice(0, 2), { now: DAY }]],
    ['a changed rules override', (t) => [t, { now: DAY, rulesOverride: { hoursPerDay: 4 } }]],
    ['a date in another school year', (t) => [t, { now: NEXT_SCHOOL_YEAR }]],
    ['a changed ownership record', (t) => [t, { now: DAY, ownOutputs: ['考核结果', '等次汇总'] }]],
    ['a placeholder that differs (a hidden sheet)', (t) => [[t[0] as Table, t[1] as Table, { name: '考核结果', rows: [], hidden: true }], { now: DAY }]],
  ])('parses again after %s', (_, change) => {
    const tables = school();
    const { last, parses } = counted();
    const checked = last.parse(tables, { now: DAY });
    const [changedTables, options] = change(tables);
    const again = last.parse(changedTables, options);
    expect(again).not.toBe(checked);
    expect(parses()).toBe(2);
    // …and the new parse is what a fresh one gives.
    expect(again).toEqual(readTables(changedTables, options));
  });

  it('parses again after forget()', () => {
    const tables = school();
    const { last, parses } = counted();
    last.parse(tables, { now: DAY });
    last.forget();
    last.parse(tables, { now: DAY });
    expect(parses()).toBe(2);
  });

  it('keys the date on its school year because the parse depends on nothing else of it', () => {
    const tables = school();
    expect(readTables(tables, { now: NEXT_DAY })).toEqual(readTables(tables, { now: DAY }));
    const nextYear = readTables(tables, { now: NEXT_SCHOOL_YEAR });
    expect(nextYear.dataset.sessions.map((s) => s.date)).toEqual(['2024-09-06', '2024-09-13']);
    expect(readTables(tables, { now: DAY }).dataset.sessions.map((s) => s.date)).toEqual(['2023-09-06', '2023-09-13']);
  });
});
