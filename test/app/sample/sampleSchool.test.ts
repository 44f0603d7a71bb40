import { describe, it, expect } from 'vitest';
import { sampleSchoolSheets } from '../../../src/app/sample/sampleSchool.js';
import { CHRONIC_ABSENTEES, SAMPLE_SESSIONS } from '../../../src/app/sample/sampleProfile.js';
import type { OutputCell, OutputSheet } from '../../../src/sheets/output.js';

const sheets = sampleSchoolSheets();
const sheet = (name: string): OutputSheet => {
  const s = sheets.find((x) => x.name === name);
  if (s === undefined) throw new Error(name);
  return s;
};
/** Data rows under the header, as objects keyed by header. */
const records = (name: string): Record<string, OutputCell>[] => {
  const cells = sheet(name).cells;
  const h = cells.findIndex((r) => r.includes('姓名') || r.includes('听课人') || r.includes('参数'));
  const header = cells[h] ?? [];
  return cells.slice(h + 1).map((r) => Object.fromEntries(header.map((k, i) => [String(k), r[i] ?? null])));
};

describe('the sample school', () => {
  it('is the same on every call (seeded, no Math.random)', () => {
    expect(sampleSchoolSheets()).toEqual(sheets);
  });

  it('has the standard input sheets', () => {
    expect(sheets.map((s) => s.name)).toEqual(['教师名册', '签到表', '外出学习', '听课记录', '获奖登记', '考核登记', '考核规则']);
  });

  it('has 62 teachers in seven groups, one 同名 pair with 工号', () => {
    const roster = records('教师名册');
    expect(roster).toHaveLength(62);
    expect(new Set(roster.map((r) => r['教研组']))).toEqual(
      new Set(['语文组', '数学组', '英语组', '理化生组', '政史地组', '体育艺术组', '信息综合组']),
    );
    const wang = roster.filter((r) => r['姓名'] === '王芳');
    expect(wang).toHaveLength(2);
    expect(wang.every((r) => typeof r['工号'] === 'string' && r['工号'] !== '')).toBe(true);
  });

  it('has 24 sessions in the term, some limited to groups', () => {
    expect(SAMPLE_SESSIONS).toHaveLength(24);
    expect(SAMPLE_SESSIONS.every((s) => s.date >= '2023-09-01' && s.date <= '2024-01-20')).toBe(true);
    expect(SAMPLE_SESSIONS.filter((s) => s.target !== '').length).toBeGreaterThanOrEqual(5);
  });

  it('mixes statuses, and two teachers missed more than 20% of their sessions', () => {
    const rows = records('签到表');
    const statuses = new Set(rows.map((r) => r['状态']));
    for (const s of ['出勤', '迟到', '请假', '缺勤', '补课']) expect(statuses).toContain(s);
    for (const name of CHRONIC_ABSENTEES) {
      const attended = rows.filter((r) => r['姓名'] === name && r['状态'] === '出勤').length;
      expect(attended / 19).toBeLessThan(0.8);
    }
  });

  it('plants the slips real sheets have', () => {
    const rows = records('签到表');
    expect(rows.some((r) => r['姓名'] === '刘 洋')).toBe(true);
    expect(rows.some((r) => r['学时'] === '２')).toBe(true);
    expect(rows.some((r) => r['日期'] === '9月6日')).toBe(true);
    expect(rows.some((r) => r['姓名'] === '赵小明')).toBe(true);
    expect(rows.some((r) => r['状态'] === '开会')).toBe(true);
    expect(rows.some((r) => r['姓名'] === '王芳' && r['工号'] === '')).toBe(true);
  });

  it('has about 600 observations with open classes at 校级, 区级 and 市级', () => {
    const rows = records('听课记录');
    expect(rows.length).toBeGreaterThan(550);
    expect(rows.length).toBeLessThan(750);
    const levels = new Set(rows.filter((r) => r['课型'] !== '常态课').map((r) => r['级别']));
    for (const l of ['校级', '区级', '市级']) expect(levels).toContain(l);
  });

  it('has awards at every level, including 校级 and a duplicate', () => {
    const rows = records('获奖登记');
    expect(new Set(rows.map((r) => r['级别']))).toEqual(new Set(['校级', '区级', '市级', '省级', '国家级']));
    const keys = rows.map((r) => `${r['姓名']}|${r['奖项']}|${r['等次']}`);
    expect(new Set(keys).size).toBe(keys.length - 1);
  });

  it('judges with all four grades and one unfinished task', () => {
    const rows = records('考核登记');
    expect(rows).toHaveLength(62);
    expect(new Set(rows.map((r) => r['学习笔记']))).toEqual(new Set(['优秀', '良好', '合格', '不合格']));
    expect(rows.filter((r) => r['未完成任务'] === '是')).toHaveLength(1);
  });

  it('sets the period in 考核规则', () => {
    const rules = records('考核规则');
    expect(rules.find((r) => r['参数'] === '考核开始日期')?.['值']).toBe('2023-09-01');
    expect(rules.find((r) => r['参数'] === '考核结束日期')?.['值']).toBe('2024-01-31');
  });
});
