/**
 * Golden test of the bundled sample school (`cli demo`, 插入示例数据): the whole SPEC §8 Result, issues
 * included (reader issues first, then the engine's, as app/run and the CLI `--json` do), is compared with
 * test/fixtures/sample-result.golden.json. Any change to a number, a sentence or an issue shows up here.
 * After an intended change: `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`, then review the diff.
 * The golden file was checked against the independent oracle (test/oracle) and three teachers by hand.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { sampleSchoolSheets } from '../src/app/sample/sampleSchool.js';
import { readWorkbook } from '../src/sheets/read/readWorkbook.js';
import { score } from '../src/engine/score.js';
import type { Result, TeacherResult } from '../src/engine/model.js';
import type { Table } from '../src/sheets/table.js';
import { oracle } from './oracle/oracle.js';
import { differencesFromOracle } from './oracle/compareWithOracle.js';

const GOLDEN = new URL('./fixtures/sample-result.golden.json', import.meta.url);

function sampleTables(): Table[] {
  return sampleSchoolSheets().map((sheet) => ({ name: sheet.name, rows: sheet.cells }));
}

function sampleResult(): Result {
  const read = readWorkbook(sampleTables());
  expect(read.canScore).toBe(true);
  const result = score(read.dataset, read.rules).result;
  result.issues = [...read.issues, ...result.issues];
  // Through JSON, as the CLI writes it (drops undefined, normalises -0).
  return JSON.parse(JSON.stringify(result)) as Result;
}

if (process.env.UPDATE_GOLDEN === '1') {
  writeFileSync(GOLDEN, `${JSON.stringify(sampleResult(), null, 2)}\n`);
}
const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Result;
const byId = (id: string): TeacherResult => {
  const t = golden.teachers.find((x) => x.id === id);
  if (t === undefined) throw new Error(`golden file has no teacher ${id}`);
  return t;
};

describe('the sample school scores exactly as the golden file', () => {
  it('gives the same Result, issues included', () => {
    expect(sampleResult()).toEqual(golden);
  });

  it('agrees with the independent SPEC oracle on every item, total, rank, tier and group count', () => {
    expect(differencesFromOracle(golden, oracle(sampleTables()))).toEqual([]);
  });
});

/*
 * Hand checks (SPEC §4–§5, default rules, period 2023-09-01 … 2024-01-31). School-wide facts used below:
 * 18 school-wide 校本研训 sessions (two of 3 学时, sixteen of 2; the blank 学时 of 2023-11-01 心理健康教育专题讲座
 * is that session's most common 2) plus one 2-学时 session for each 教研组, so a fully present teacher has
 * 19 expected sessions and 40 学时 = H_max (全校). 外出学习 H_max = 36 (T057 夏雨).
 */
describe('three teachers checked by hand', () => {
  it('T032 程刚 (理化生组) — 优秀', () => {
    // 考勤: present (√, 迟到, blank 状态 all count) at all 19 sessions = 40 学时 → 30 × 40/40 = 30.
    // 外出学习: 6 + 6 + 3 + 6 + 3 = 24 学时 → 30 × 24/36 = 20, + 二次培训 2 = 22.
    // 学习笔记 良好 18 × 10/20 = 9.  活动: one 示范课 区级 (牛顿第一定律, 8 observer rows = 1 lesson) 2 + 活动得分 7 = 9.
    // 读书 10 (nothing missed).  加分 0 (no award, no 集体加分).  Total 22 + 30 + 9 + 9 + 10 + 0 = 80.
    // 理化生组 has 9 teachers: 优秀 quota R(9 × 30%) = R(2.7) = 3; 80 is the group's best → rank 1, 优秀, 师德 10.
    const t = byId('T032');
    expect(t.items).toEqual({ external: 22, attendance: 30, notes: 9, activity: 9, reading: 10, bonus: 0 });
    expect([t.total, t.groupRank, t.tier, t.ethicsPoints, t.disqualified, t.openClasses, t.reportHours]).toEqual([80, 1, '优秀', 10, null, 1, 12]);
  });

  it('T009 孙浩 (语文组) — disqualified by the 20% rule', () => {
    // 考勤: 19 expected sessions; no row at 4 (学本课堂教学改革动员, 作业设计专题研讨, 期中教学质量分析会,
    // 课题研究方法培训) and 缺勤 at 读书交流活动（二）→ 5 unexcused; 5/19 = 26.3% > 20% → 考勤 0, 不合格 (absence).
    // 外出学习: 6 + 3 + 6 + 3 = 18 → 30 × 18/36 = 15.  学习笔记 良好 9.  活动: no open class, 活动得分 0.5 → 0.5.
    // 读书 10 − 读书扣分 0.5 = 9.5.  加分: 省教育教学论文评选 评选 省级 二等奖 = 3 − 0.25 = 2.75, + 集体加分 1 = 3.75.
    // Total 15 + 0 + 9 + 0.5 + 9.5 + 3.75 = 37.75 — the lowest of 语文组 (rank 11), 师德 0, 上报学时 0.
    const t = byId('T009');
    expect(t.items).toEqual({ external: 15, attendance: 0, notes: 9, activity: 0.5, reading: 9.5, bonus: 3.75 });
    expect([t.total, t.groupRank, t.tier, t.ethicsPoints, t.disqualified, t.reportHours]).toEqual([37.75, 11, '不合格', 0, 'absence', 0]);
  });

  it('T014 赵磊 and T016 林志远 (数学组) — tied at 59.5 on the 良好/合格 boundary, both 良好', () => {
    // 赵磊: 考勤 40 − 2 × 2 学时 请假 (excused, not unexcused) = 36 → 27; 外出学习 6 + 3 + 6 = 15 (期末复习研讨 请假)
    // → 12.5; 笔记 良好 9; 活动 公开课 校级 勾股定理 1 + 0 = 1; 读书 10; 加分 0. Total 59.5.
    // 林志远: 考勤 40 → 30; 外出学习 6 + 3 + 6 = 15 → 12.5; 笔记 9; 活动 no open class, 活动得分 4.5; 读书
    // 10 − 3 × 2 − 0.5 = 3.5; 加分 0. Total 59.5.
    // 数学组, 11 teachers, nobody disqualified: 优秀 R(3.3) = 3, 优秀+良好 R(7.7) = 8 → quota 3/5/3. Seven
    // teachers score above 59.5; the first of the tied pair takes the 8th slot (良好), the second shares it
    // (同档), so 良好 holds 6 (overflow 1) and 合格 shrinks to 2. Both rank 8 (competition rank); next is 10.
    const a = byId('T014');
    const b = byId('T016');
    expect(a.items).toEqual({ external: 12.5, attendance: 27, notes: 9, activity: 1, reading: 10, bonus: 0 });
    expect(b.items).toEqual({ external: 12.5, attendance: 30, notes: 9, activity: 4.5, reading: 3.5, bonus: 0 });
    expect([a.total, a.groupRank, a.tier, b.total, b.groupRank, b.tier]).toEqual([59.5, 8, '良好', 59.5, 8, '良好']);
    const maths = golden.groups.find((g) => g.name === '数学组');
    expect(maths?.quota).toEqual({ 优秀: 3, 良好: 5, 合格: 3 });
    expect(maths?.counts).toEqual({ 优秀: 3, 良好: 6, 合格: 2, 不合格: 0 });
  });
});
