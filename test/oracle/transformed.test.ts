/**
 * The oracle's view of issue 10: a workbook rewritten the ways offices write it, without changing its
 * meaning — the sign-in split over a second, content-recognised sheet, renamed and unnamed sheets, the
 * roster split by 教研组, 级别 and 等次 merged into one 获奖等级 column, drifted headers, title rows, extra
 * non-data sheets — must score exactly as the independent oracle scores the original, and the sheets
 * that are not read must be warned about.
 */
import { describe, it, expect } from 'vitest';
import type { CellValue, Table } from '../../src/sheets/table.js';
import { readWorkbook } from '../../src/sheets/read/readWorkbook.js';
import { score } from '../../src/engine/score.js';
import { oracle } from './oracle.js';
import { differencesFromOracle } from './compareWithOracle.js';
import { randomSchool } from './randomSchool.js';
import { Prng } from '../../src/app/generator/prng.js';

type Rows = CellValue[][];

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);

/** Replace header cells (row 0) by a map, leaving data as it is. */
function renameHeaders(rows: Rows, names: Readonly<Record<string, string>>): Rows {
  const [header = [], ...data] = rows;
  return [header.map((h) => (typeof h === 'string' && names[h] !== undefined ? names[h] : h)), ...data];
}

/** 级别 + 等次 → one 获奖等级 column (`市级一等奖`, `区二等`); a blank 级别 is written 校级, as it means. */
function combineAwardColumns(rows: Rows): Rows {
  const [header = [], ...data] = rows;
  const level = header.indexOf('级别');
  const prize = header.indexOf('等次');
  const keep = (row: CellValue[]) => row.filter((_, i) => i !== level && i !== prize);
  return [
    [...keep(header), '获奖等级'],
    ...data.map((row) => [...keep(row), `${String(row[level] ?? '') || '校级'}${String(row[prize] ?? '')}`]),
  ];
}

function transform(tables: Table[], seed: number): Table[] {
  const r = new Prng(seed * 7919);
  const get = (name: string): Rows => tables.find((t) => t.name === name)?.rows ?? [];
  const out: Table[] = [];

  // Roster split by 教研组 onto two sheets, neither called 教师名册; drifted 姓名 header.
  const roster = renameHeaders(get('教师名册'), { 姓名: '姓名（必填）', 教研组: '所在教研组' });
  const [rosterHeader = [], ...rosterRows] = roster;
  const groups = [...new Set(rosterRows.map((row) => String(row[2] ?? '')))];
  const firstGroups = new Set(groups.slice(0, Math.ceil(groups.length / 2)));
  out.push({ name: '名册（一）', rows: [['2023学年教师名册'], rosterHeader, ...rosterRows.filter((row) => firstGroups.has(String(row[2] ?? '')))] });
  out.push({ name: 'Sheet4', rows: [rosterHeader, ...rosterRows.filter((row) => !firstGroups.has(String(row[2] ?? '')))] });

  // Sign-in split in two at a random row; the second part unnamed, with a title row and drifted 学时.
  const [signinHeader = [], ...signinRows] = get('签到表');
  const cut = r.int(0, signinRows.length);
  out.push({ name: '签到表', rows: [signinHeader, ...signinRows.slice(0, cut)] });
  const drifted = renameHeaders([signinHeader], { 学时: '学时(小时)', 状态: '签到状态' })[0] ?? signinHeader;
  out.push({ name: r.pick(['Sheet3', '2023年10月', '钉钉导出']), rows: [['校本研修签到汇总'], drifted, ...signinRows.slice(cut)] });

  out.push({ name: '外出学习情况', rows: get('外出学习') });
  out.push({ name: '听评课', rows: renameHeaders(get('听课记录'), { 听课人: '听课教师', 授课人: '执教教师' }) });
  out.push({ name: '教师获奖', rows: combineAwardColumns(get('获奖登记')) });
  out.push({ name: '考核登记', rows: renameHeaders(get('考核登记'), { 读书未交: '本学期读书未交次数', 活动得分: '活动得分(分)' }) });
  out.push({ name: '考核规则', rows: get('考核规则') });
  // issue 21: the ledgers under other names of theirs (学分, 研修成果), when the school keeps them.
  if (get('学分登记').length > 0) out.push({ name: '学分', rows: get('学分登记') });
  if (get('成果登记').length > 0) out.push({ name: '研修成果', rows: get('成果登记') });
  // Extra sheets that are not data: a note, an empty sheet, a duty list naming people.
  out.push({ name: '说明', rows: [['本表由教科室维护。']] });
  out.push({ name: 'Sheet2', rows: [] });
  out.push({ name: '值班表', rows: [['姓名', '星期'], ['张三', '周一']] });
  // Tab order shuffled: nothing may depend on it.
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j] as Table, out[i] as Table];
  }
  return out;
}

describe('a workbook rewritten the ways offices write it scores as the oracle scores the original', () => {
  it.each(SEEDS)('seed %i', (seed) => {
    const original = randomSchool(seed).tables;
    const read = readWorkbook(transform(original, seed));
    expect(read.issues.filter((i) => i.severity === 'error' && i.code !== 'missing-group' && i.code !== 'duplicate-roster-name' &&
      i.code !== 'duplicate-roster-id').map((i) => `${i.code} ${i.sheet ?? ''} ${i.message}`)).toEqual([]);
    expect(read.canScore).toBe(true);
    const product = score(read.dataset, read.rules).result;
    expect(differencesFromOracle(product, oracle(original))).toEqual([]);
    // The sheets not read are said: the duty list (it names people) as a warning, the note as a notice.
    const notRead = read.issues.filter((i) => i.code === 'sheet-not-read').map((i) => [i.sheet, i.severity]);
    expect(notRead).toEqual(expect.arrayContaining([['值班表', 'warning'], ['说明', 'info']]));
    expect(notRead).toHaveLength(2);
  });
});
