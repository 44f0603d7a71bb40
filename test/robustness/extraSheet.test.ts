/**
 * The "plausible extra sheet" mutation (issue 19 item 10): a clean random school gets one more sheet of
 * the kind offices add — a 统计 sheet, last year's roster (hidden or not), last term's 考核登记, a note
 * sheet, an activity plan — at a random tab position. Scored numbers must never change silently: the
 * teachers' totals and tiers stay the same, or a warning or error names the extra sheet.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/sheets/read/readWorkbook.js';
import { score } from '../../src/engine/score.js';
import type { CellValue, Table } from '../../src/sheets/table.js';
import type { Issue } from '../../src/engine/issues.js';
import { randomSchool } from '../oracle/randomSchool.js';

interface Scored {
  numbers: string[];
  issues: Issue[];
}

function scored(tables: Table[]): Scored | null {
  const read = readWorkbook(tables);
  if (!read.canScore) return null;
  const run = score(read.dataset, read.rules);
  return {
    numbers: run.result.teachers.map((t) => `${t.id ?? ''}|${t.name}|${t.group}|${t.total}|${t.tier}|${t.reportHours}`).sort(),
    issues: read.issues,
  };
}

const sheetOf = (tables: readonly Table[], name: string): Table | undefined => tables.find((t) => t.name === name);
const body = (table: Table | undefined): CellValue[][] => (table?.rows ?? []).slice(1).map((r) => [...r]);
const header = (table: Table | undefined): CellValue[] => [...(table?.rows[0] ?? [])];

/** The kinds of extra sheet an office adds, each built from the school itself. */
type Extra = (tables: readonly Table[], pick: number) => Table;

const groupsOf = (tables: readonly Table[]): string[] => {
  const roster = sheetOf(tables, '教师名册');
  const at = header(roster).indexOf('教研组');
  return [...new Set(body(roster).map((r) => String(r[at] ?? '')))].filter((g) => g !== '');
};

const EXTRAS: Record<string, Extra> = {
  // 教研组 | 教师数 | 备注: 教师数 holds 教师 (an alias of 姓名); the case that became a second roster.
  统计: (tables, pick) => ({
    name: '统计',
    rows: [['教研组', '教师数', '备注'], ...groupsOf(tables).map((g, i) => [g, (i + pick) % 2 === 0 ? 8 : '8人', null]), ['合计', 16, null]],
  }),
  // A count under a 教师 header: recognised as a roster by content, refused on evidence.
  统计表: (tables) => ({ name: '统计表', rows: [['教研组', '教师', '备注'], ...groupsOf(tables).map((g, i) => [g, `${i + 5}人`, null])] }),
  // Last year's roster, hidden: hidden sheets are read only under a standard name.
  hiddenOldRoster: (tables) => {
    const roster = sheetOf(tables, '教师名册');
    return { name: '2022学年名册', hidden: true, rows: [header(roster), ...body(roster), ['离职甲', null, groupsOf(tables)[0] ?? '语文组']] };
  },
  // Last year's roster, visible, teachers in other groups: refused on evidence (or read with issues).
  oldRosterOtherGroups: (tables) => {
    const roster = sheetOf(tables, '教师名册');
    const at = header(roster).indexOf('教研组');
    const rows = body(roster).map((r) => r.map((v, i) => (i === at ? `${String(v)}(旧)` : v)));
    return { name: '2022学年名册', rows: [header(roster), ...rows] };
  },
  // Last term's 考核登记 under another name, with other values.
  lastTermJudged: (tables) => {
    const judged = sheetOf(tables, '考核登记');
    const h = header(judged);
    const notes = h.indexOf('学习笔记');
    const missed = h.indexOf('读书未交');
    const rows = body(judged).map((r) => r.map((v, i) => (i === notes ? (v === '优秀' ? '合格' : '优秀') : i === missed ? 3 : v)));
    return { name: '上学期考核', rows: [h, ...rows] };
  },
  // A note sheet and an activity plan whose 日期 are weeks, not dates.
  说明: () => ({ name: '说明', rows: [['本工作簿由教科室维护。'], ['说明：请勿修改名册。'], ['制表：教科室']] }),
  活动安排: (tables) => {
    const roster = sheetOf(tables, '教师名册');
    const name = body(roster)[0]?.[header(roster).indexOf('姓名')] ?? '张三';
    return { name: '活动安排', rows: [['日期', '活动', '姓名'], ['第一周', '集体备课', name], ['第二周', '读书分享', name]] };
  },
};

describe('a plausible extra sheet never changes scored numbers silently', () => {
  it('totals, tiers and hours stay, or a warning or error names the extra sheet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(...Object.keys(EXTRAS)), fc.nat(20), fc.nat(), (seed, kind, at, pick) => {
        const { tables } = randomSchool(seed);
        const base = scored(tables);
        if (base === null) return;
        const extra = EXTRAS[kind]!(tables, pick);
        const mutated = [...tables];
        mutated.splice(at % (tables.length + 1), 0, extra);
        const after = scored(mutated);
        // A warning or error on the extra sheet, or one naming it (judged-conflict names the first sheet).
        const named = (after?.issues ?? []).some((i) => i.severity !== 'info' &&
          (i.sheet === extra.name || Object.values(i.params ?? {}).includes(extra.name)));
        if (after === null || after.numbers.join('\n') !== base.numbers.join('\n')) expect(named, `${kind} changed the numbers silently`).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it.each(['统计', '统计表', 'hiddenOldRoster', '说明', '活动安排'])('%s leaves the numbers exactly as they were', (kind) => {
    for (const seed of [3, 17, 101]) {
      const { tables } = randomSchool(seed);
      const base = scored(tables);
      if (base === null) continue;
      const after = scored([EXTRAS[kind]!(tables, seed), ...tables]);
      expect(after?.numbers).toEqual(base.numbers);
    }
  });
});
