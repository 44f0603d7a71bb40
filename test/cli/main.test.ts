/**
 * The `yanxiu` command end to end (SPEC §9): built into the bundle package.json's "bin" names,
 * spawned with plain node as users run it, checked by exit code, stderr lines and the files it writes.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import type { Result } from '../../src/engine/model.js';

const dir = mkdtempSync(join(tmpdir(), 'yanxiu-cli-'));
// The command as it ships: `npm run build`'s bundle (package.json "bin"), run by plain node, no tsx.
const BIN = join(dir, 'yanxiu.mjs');
beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/buildCli.mjs', BIN], { encoding: 'utf8', timeout: 120_000 });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
}, 120_000);

function yanxiu(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('yanxiu usage (exit 1)', () => {
  it('prints help with --help and exits 0', () => {
    const r = yanxiu('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('score <输入.xlsx>');
  });

  it('says in Chinese and English that the input file is missing', () => {
    const r = yanxiu('score', 'x.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('错误：找不到输入文件 x.xlsx / Error: input file not found: x.xlsx');
  });

  it.each([
    [['score']],
    [['frobnicate']],
    [['score', 'a.xlsx', '--colour']],
    [['template']],
    [['demo', '--json', 'x.json']],
    [[]],
  ])('rejects %j with exit 1 and a bilingual line', (args) => {
    const r = yanxiu(...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/错误：.* \/ Error: /);
  });

  it('says which consolidate input is missing', () => {
    const r = yanxiu('consolidate', join(dir, 'out.xlsx'), 'a.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('错误：找不到输入文件或文件夹 a.xlsx / Error: input not found: a.xlsx');
  });
});

describe('yanxiu template', () => {
  it('writes the blank standard workbook', async () => {
    const path = join(dir, '模板.xlsx');
    const r = yanxiu('template', path);
    expect(r.code).toBe(0);
    const host = await XlsxHost.open(readFileSync(path));
    expect((await host.listSheets()).map((s) => s.name)).toEqual(['使用说明', '教师名册', '签到表', '外出学习', '听课记录', '获奖登记', '考核登记', '学分登记', '成果登记', '考核规则']);
  });
});

describe('yanxiu demo and score', () => {
  const demoDir = join(dir, 'demo');
  let demo: ReturnType<typeof yanxiu>;
  beforeAll(() => {
    demo = yanxiu('demo', demoDir);
  }, 120_000);

  it('writes the sample workbook, its scored copy and the JSON', () => {
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    for (const f of ['示例学校.xlsx', '示例学校-考核结果.xlsx', '示例学校-结果.json']) expect(existsSync(join(demoDir, f))).toBe(true);
    expect(demo.stdout).toContain('已计算 62 位教师，7 个教研组。');
    // issue 21 item 5: the summary names the 方案 and every rule that differs from it.
    expect(demo.stdout).toContain('方案“默认”，所有规则均按方案。');
  });

  it('scores the sample beside the input, with --json exactly the result (yanxiu.result/1)', () => {
    const input = join(demoDir, '示例学校.xlsx');
    const json = join(dir, 'r.json');
    const r = yanxiu('score', input, '--json', json);
    expect(r.code).toBe(0);
    expect(existsSync(join(demoDir, '示例学校-考核结果.xlsx'))).toBe(true);
    const result = JSON.parse(readFileSync(json, 'utf8')) as Result;
    expect(Object.keys(result)).toEqual(['schema', 'period', 'teachers', 'groups', 'issues']);
    expect(result.schema).toBe('yanxiu.result/1');
    expect(result.period).toEqual({ from: '2023-09-01', to: '2024-01-31' });
    expect(result.teachers).toHaveLength(62);
    expect(Object.keys(result.teachers[0]!).sort()).toEqual(
      ['id', 'name', 'group', 'items', 'total', 'groupRank', 'tier', 'ethicsPoints', 'disqualified', 'observedLessons', 'openClasses', 'reportHours', 'explain', 'echelon'].sort(),
    );
  });

  it('names the 方案 and the rules that differ from it (issue 21 item 5)', () => {
    const rules = join(dir, 'rules-preset.json');
    writeFileSync(rules, JSON.stringify({ 方案: '001听评课', 评课最少节数: 12 }));
    const r = yanxiu('score', join(demoDir, '示例学校.xlsx'), '--rules', rules, '-o', join(dir, 'preset.xlsx'));
    expect(r.code).toBe(0);
    // The sample's 考核规则 writes every default, so its 听课最少节数 10 masks the 方案's 15 as well.
    expect(r.stdout).toContain('方案“001听评课”，与方案不同的规则：听课最少节数 10（方案 15，来自考核规则表）；评课最少节数 12（方案 15，来自命令行 --rules）。');
  });

  it('writes to -o when given', () => {
    const out = join(dir, '结果.xlsx');
    expect(yanxiu('score', join(demoDir, '示例学校.xlsx'), '-o', out).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    ['not JSON', '{ 优秀比例: ', '错误：'],
    ['a bad value', JSON.stringify({ ratioExcellent: '九成' }), 'bad-rule'],
    ['a misspelt key (issue 14)', JSON.stringify({ 优秀比列: '40%' }), '优秀比列：是不是“优秀比例”？'],
  ])('exits 2 on broken --rules (%s)', (_what, text, hint) => {
    const rules = join(dir, `rules-${_what.length}-${text.length}.json`);
    writeFileSync(rules, text);
    const r = yanxiu('score', join(demoDir, '示例学校.xlsx'), '--rules', rules, '-o', join(dir, 'never.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：.* \/ Error: /m);
    expect(r.stderr).toContain(hint);
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
  });
});

describe('yanxiu record-credits (SPEC §7, §9)', () => {
  it('appends this term’s credits to 学分登记 in place, once however often it runs, or to -o', async () => {
    const host = await XlsxHost.create();
    await host.insertSheets([
      { name: '教师名册', cells: [['工号', '姓名', '教研组'], ['T1', '张三', '语文组']] },
      { name: '签到表', cells: [['日期', '活动', '工号', '姓名', '学时'], ['2023-10-10', '研训', 'T1', '张三', 2]] },
    ]);
    const input = join(dir, '学分.xlsx');
    writeFileSync(input, await host.save());
    const copy = join(dir, '学分-副本.xlsx');
    const first = yanxiu('record-credits', input, '-o', copy);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('已在“学分登记”（新建）登记 2023-2024 第一学期 的学分 1 行');
    for (const _ of [1, 2]) expect(yanxiu('record-credits', input).code).toBe(0);
    const ledger = await (await XlsxHost.open(readFileSync(input))).readSheet('学分登记');
    expect(ledger.rows).toEqual([
      ['工号', '姓名', '学年', '学期', '类别', '学分', '来源'],
      ['T1', '张三', '2023-2024', '第一学期', '校本', 4, '研修考核助手 2023-2024 第一学期'],
    ]);
    expect(yanxiu('record-credits', input, '--json', 'x.json').code).toBe(1);
  });
});

describe('yanxiu score on data that cannot be scored (exit 2)', () => {
  it('names the missing roster', async () => {
    const host = await XlsxHost.create();
    await host.insertSheets([{ name: '签到表', cells: [['日期', '活动', '姓名'], ['2023-09-06', '培训', '张三']] }]);
    const input = join(dir, '无名册.xlsx');
    writeFileSync(input, await host.save());
    const r = yanxiu('score', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Error: missing-roster');
    expect(existsSync(join(dir, '无名册-考核结果.xlsx'))).toBe(false);
  });

  it('refuses a file that is not an .xlsx', () => {
    const input = join(dir, 'notes.xlsx');
    writeFileSync(input, 'just text');
    const r = yanxiu('score', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：无法打开 .* \/ Error: cannot open /);
  });
});

describe('yanxiu consolidate as shipped (issue 19: identity, boundary, names)', () => {
  const folder = join(dir, '学校');
  // A file name with a newline and an escape sequence that would clear the screen.
  const hostile = '坏\n错误：伪造的一行\u001b[2J.xlsx';
  let r: ReturnType<typeof yanxiu>;
  const out = join(dir, '全区.xlsx');
  beforeAll(() => {
    mkdirSync(folder, { recursive: true });
    const demo = join(dir, 'demo-district');
    expect(yanxiu('demo', demo).code).toBe(0);
    copyFileSync(join(demo, '示例学校.xlsx'), join(folder, '一中.xlsx'));
    writeFileSync(join(folder, hostile), 'not a workbook at all');
    // Over 2 GB (sparse: no disk used): refused before it is read, the others go on.
    const huge = join(folder, '巨大.xlsx');
    writeFileSync(huge, '');
    truncateSync(huge, 2 ** 31 + 10);
    r = yanxiu('consolidate', out, folder);
  }, 180_000);

  it('scores the readable school in its worker and lists the others (exit 0)', () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已汇总 1 所学校，62 位教师（共 3 个文件）。');
    expect(r.stderr).toContain('巨大.xlsx 无法计算：无法读取');
    expect(r.stderr).toContain('文件过大（超过 2 GB）');
  });

  it('prints every name escaped: no escape sequence reaches the terminal, no line is forged', () => {
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('错误：伪造'))).toEqual([]);
    expect(r.stderr).toContain('坏\\n错误：伪造的一行\\e[2J.xlsx');
  });

  it('says what a district workbook is when it is given to score (exit 2)', () => {
    const again = yanxiu('score', out, '-o', join(dir, 'never-district.xlsx'));
    expect(again.code).toBe(2);
    expect(again.stderr.trim()).toBe(
      `错误：${out} 这是“合并学校工作簿”生成的区县汇总工作簿，不是学校的考核工作簿，不能作为学校计算或汇总。 / Error: ${out} is a district workbook written by consolidate, not a school's workbook`,
    );
  });

  it('lists a district workbook given as a school with what it is', () => {
    const again = yanxiu('consolidate', join(dir, '全区2.xlsx'), join(folder, '一中.xlsx'), out);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('全区.xlsx 无法计算：这是“合并学校工作簿”生成的区县汇总工作簿');
  });
});

describe('yanxiu as shipped', () => {
  it('is the bin package.json names, written by npm run build', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.bin).toEqual({ yanxiu: 'dist/cli/yanxiu.mjs' });
    expect(pkg.scripts['build']).toContain('node scripts/buildCli.mjs');
  });

  it('is one file plain node runs, away from node_modules and tsx', () => {
    // BIN sits in a temporary folder: no node_modules above it to resolve a package from, so the
    // demo run above and this --help prove everything (JSZip included) is inside the bundle.
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const r = yanxiu('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
