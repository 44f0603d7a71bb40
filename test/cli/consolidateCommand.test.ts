/**
 * `yanxiu consolidate` in process (SPEC §10): raw and scored school workbooks mixed with a damaged
 * file and a duplicate; every school's result equals what `score` gives for it alone.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { insertSample } from '../../src/app/insertSample.js';
import { run } from '../../src/app/run.js';
import type { Result } from '../../src/engine/model.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { DistrictJsonWriter, consolidateCommand, expandInputs, progressBar } from '../../src/cli/consolidateCommand.js';
import { DISTRICT_SHEET_NAMES } from '../../src/sheets/layout/district/layoutDistrict.js';
import { scoreSchoolFile, type DistrictJson, type SchoolJob } from '../../src/app/consolidate.js';
import { openSchoolWorkbook, schoolFileError } from '../../src/hosts/xlsx/schoolFile.js';
import { nodeCodec } from '../../src/hosts/xlsx/nodeCodec.js';

const dir = mkdtempSync(join(tmpdir(), 'yanxiu-district-'));
const schools = join(dir, 'schools');
let alone: Result;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (l: string) => err.push(l) }, out, err };
}

beforeAll(async () => {
  mkdirSync(join(schools, '镇中心'), { recursive: true });
  const sample = await XlsxHost.create();
  await insertSample(sample);
  const raw = await sample.save();
  const host = await XlsxHost.open(raw);
  const report = await run(host);
  alone = report.score!.result;
  writeFileSync(join(schools, '一中.xlsx'), raw);
  writeFileSync(join(schools, '镇中心', '二中-考核结果.xlsx'), await host.save());
  writeFileSync(join(schools, '一中-副本.xlsx'), raw);
  writeFileSync(join(schools, '坏.xlsx'), raw.subarray(0, 4000));
  writeFileSync(join(schools, '~$一中.xlsx'), 'lock');
  writeFileSync(join(schools, '说明.txt'), 'not a workbook');
}, 60_000);

describe('yanxiu consolidate', () => {
  it('ends its school scorer once the last school is scored, before the district workbook is written', async () => {
    const out = join(dir, '先关闭.xlsx');
    const scoredFiles: string[] = [];
    const closed: boolean[] = [];
    const scorer = {
      score: (job: SchoolJob) => (scoredFiles.push(job.file), scoreSchoolFile(job, { open: (bytes) => openSchoolWorkbook(bytes, nodeCodec), fileError: schoolFileError })),
      // Neither the workbook nor its temporary file (.先关闭.xlsx.<random>.tmp) may exist yet.
      close: async () => void closed.push(readdirSync(dir).some((f) => f.includes('先关闭.xlsx'))),
    };
    expect(await consolidateCommand({ output: out, inputs: [join(schools, '一中.xlsx'), join(schools, '镇中心')] }, capture().io, null, scorer)).toBe(0);
    expect(scoredFiles).toHaveLength(2);
    expect(closed).toEqual([false]);
    expect(existsSync(out)).toBe(true);
  }, 60_000);

  it('consolidates a folder of raw and scored workbooks with a damaged file and a duplicate (exit 0)', async () => {
    const out = join(dir, '全区.xlsx');
    const json = join(dir, '全区.json');
    const c = capture();
    expect(await consolidateCommand({ output: out, inputs: [schools], json }, c.io)).toBe(0);
    const district = JSON.parse(readFileSync(json, 'utf8')) as DistrictJson;
    expect(district.schema).toBe('yanxiu.district/1');
    expect(district.schools.map((s) => s.file.slice(schools.length + 1)).sort()).toEqual(
      ['一中-副本.xlsx', '一中.xlsx', '坏.xlsx', join('镇中心', '二中-考核结果.xlsx')].sort(),
    );
    const scored = district.schools.filter((s) => s.result !== null);
    expect(scored).toHaveLength(2);
    // The raw school and the re-scored scored copy both give exactly what `score` gives alone.
    for (const s of scored) {
      expect(s.result?.teachers).toEqual(alone.teachers);
      expect(s.result?.groups).toEqual(alone.groups);
    }
    expect(district.schools.find((s) => s.file.endsWith('坏.xlsx'))?.error).toContain('损坏');
    expect(district.schools.filter((s) => s.error?.startsWith('duplicate of ') === true)).toHaveLength(1);
    const host = await XlsxHost.open(readFileSync(out));
    expect((await host.listSheets()).map((s) => s.name)).toEqual(DISTRICT_SHEET_NAMES);
    expect(c.out.join('')).toContain(`已汇总 2 所学校，${2 * alone.teachers.length} 位教师（共 4 个文件）。`);
    expect(c.err.filter((l) => l.startsWith('正在计算'))).toHaveLength(4);
  }, 60_000);

  it('exits 2 and writes nothing when no school can be scored', async () => {
    const out = join(dir, '无.xlsx');
    const json = join(dir, '无.json');
    const c = capture();
    expect(await consolidateCommand({ output: out, inputs: [join(schools, '坏.xlsx')], json }, c.io)).toBe(2);
    expect(existsSync(out)).toBe(false);
    // --json is streamed into a temporary file while the schools are scored: removed again, nothing left.
    expect(existsSync(json)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(c.err.at(-1)).toBe('错误：没有一所学校可以计算，未生成汇总工作簿 / Error: no school could be scored; no output was written');
  });

  it('skips Excel lock files, other files and the output itself when reading a folder', async () => {
    const out = join(schools, '全区.xlsx');
    writeFileSync(out, 'previous district workbook');
    const { files, skipped } = await expandInputs([schools], [out]);
    expect(files.map((f) => f.slice(schools.length + 1)).sort()).toEqual(['一中-副本.xlsx', '一中.xlsx', '坏.xlsx', join('镇中心', '二中-考核结果.xlsx')].sort());
    expect(skipped.map((f) => [f.file.slice(schools.length + 1), f.reason]).sort()).toEqual([
      ['~$一中.xlsx', 'Excel 打开文件时生成的临时锁定文件（~$…），不是学校工作簿'],
      ['全区.xlsx', '本次汇总的输出文件'],
      ['说明.txt', '不是 .xlsx/.xlsm 工作簿（.xls 请先另存为 .xlsx）'],
    ].sort());
  });

  it('refuses an output that is also an input (exit 1)', async () => {
    const input = join(schools, '一中.xlsx');
    await expect(consolidateCommand({ output: input, inputs: [input] }, capture().io)).rejects.toMatchObject({ exitCode: 1 });
  });

  it('draws a progress bar on a terminal and ends its line', async () => {
    const drawn: string[] = [];
    const c = capture();
    await consolidateCommand({ output: join(dir, 'tty.xlsx'), inputs: [join(schools, '一中.xlsx')] }, c.io, { isTTY: true, columns: 80, write: (t) => drawn.push(t) });
    expect(drawn.some((t) => t.startsWith('\r\x1b[2K[') && t.includes('1/1'))).toBe(true);
    expect(drawn.at(-1)).toBe('\n');
    expect(c.err.filter((l) => l.startsWith('正在计算'))).toEqual([]);
  }, 60_000);
});

/** A spool held in a string: the writer's pieces are read back by offset. */
function memorySpool() {
  let data = '';
  return {
    append: async (text: string) => {
      const piece = { offset: data.length, length: text.length };
      data += text;
      return piece;
    },
    read: async (p: { offset: number; length: number }) => data.slice(p.offset, p.offset + p.length),
  };
}

describe('yanxiu consolidate: two versions of one school in a folder (SPEC §10)', () => {
  it('counts the newer file once, lists the older as superseded in 学校汇总, the JSON and on stderr', async () => {
    const versions = join(dir, 'versions');
    mkdirSync(join(versions, '旧'), { recursive: true });
    mkdirSync(join(versions, '新'), { recursive: true });
    const raw = readFileSync(join(schools, '一中.xlsx'));
    const older = join(versions, '新', '一中.xlsx');
    const newer = join(versions, '旧', '一中.xlsx');
    writeFileSync(older, raw);
    writeFileSync(newer, readFileSync(join(schools, '镇中心', '二中-考核结果.xlsx')));
    // The folder names lie and the newer file comes first in path order: times decide. The scored
    // copy's version is its 计算记录 time (when this suite scored it), the raw file's its modified time.
    utimesSync(older, new Date(2024, 0, 1), new Date(2024, 0, 1));
    const out = join(dir, '版本.xlsx');
    const json = join(dir, '版本.json');
    const c = capture();
    expect(await consolidateCommand({ output: out, inputs: [versions], json }, c.io)).toBe(0);
    const district = JSON.parse(readFileSync(json, 'utf8')) as DistrictJson;
    expect(district.schools.map((s) => [s.file, s.result === null, s.error])).toEqual([
      [newer, false, null],
      [older, true, `superseded by ${newer}`],
    ]);
    expect(c.out.join('')).toContain(`已汇总 1 所学校，${alone.teachers.length} 位教师（共 2 个文件）。`);
    expect(c.err).toContain(`警告：一中.xlsx 是同校的旧版本，已采用 ${newer} / Warning: ${older}: older version of a school, superseded by ${newer}`);
    const host = await XlsxHost.open(readFileSync(out));
    const summary = await host.readSheet('学校汇总');
    expect(summary.rows.map((r) => r?.at(-1)).filter((v) => typeof v === 'string' && v.startsWith('旧版本'))).toEqual(['旧版本：同校较新的“一中.xlsx”已计入，本文件未计入']);
  }, 60_000);

  it('lists the paths passed over on stderr and in 计算记录', async () => {
    const out = join(dir, '跳过.xlsx');
    const c = capture();
    expect(await consolidateCommand({ output: out, inputs: [schools] }, c.io)).toBe(0);
    expect(c.err.filter((l) => l.startsWith('提示：跳过')).map((l) => l.slice(0, l.indexOf('：', 6)).replace(schools, '…'))).toEqual(
      expect.arrayContaining(['提示：跳过 …/~$一中.xlsx', '提示：跳过 …/说明.txt']),
    );
    const log = await (await XlsxHost.open(readFileSync(out))).readSheet('计算记录');
    expect(log.rows.some((r) => r?.[0] === join(schools, '说明.txt') && r[1] === '不是 .xlsx/.xlsm 工作簿（.xls 请先另存为 .xlsx）')).toBe(true);
  }, 60_000);
});

describe('DistrictJsonWriter', () => {
  const entry = (file: string, result: Result | null) => ({ name: file, file, sha256: 'ab', result, error: result === null ? '文件已损坏' : null });

  // Built when the test runs: `alone` is scored in beforeAll.
  it.each([
    ['no school', () => []],
    ['one school', () => [entry('a.xlsx', null)]],
    ['schools with results', () => [entry('a.xlsx', null), entry('b.xlsx', alone), entry('c.xlsx', null)]],
    // JSON.stringify leaves U+2028 and U+2029 unescaped: no indent may land after them.
    ['a name with a line or paragraph separator', () => [entry('一中\u2028二部\u2029.xlsx', null)]],
  ])('writes, one school at a time, exactly what JSON.stringify(…, null, 2) gives for %s', async (_, make) => {
    const entries = make();
    expect(entries.every((e) => e.result !== undefined)).toBe(true);
    let text = '';
    const writer = new DistrictJsonWriter(memorySpool());
    for (const e of entries) await writer.add(e);
    await writer.writeTo({ write: async (t) => void (text += t) });
    expect(text).toBe(`${JSON.stringify({ schema: 'yanxiu.district/1', schools: entries }, null, 2)}\n`);
  });

  it('replaces the entry of a file found to be an older version before the JSON is written', async () => {
    const entries = [entry('a.xlsx', alone), entry('b.xlsx', alone)];
    let text = '';
    const writer = new DistrictJsonWriter(memorySpool());
    for (const e of entries) await writer.add(e);
    const older = { ...entry('a.xlsx', null), error: 'superseded by b.xlsx' };
    writer.replace(0, older);
    await writer.writeTo({ write: async (t) => void (text += t) });
    expect(JSON.parse(text)).toEqual({ schema: 'yanxiu.district/1', schools: [older, entries[1]] });
    expect(() => writer.replace(2, older)).toThrow();
  });
});

describe('progressBar', () => {
  it.each([
    [0, '[--------------------] 0/4 a'],
    [0.5, '[##########----------] 2/4 a'],
    [1, '[####################] 4/4 a'],
  ])('at %f reads %s on 60 columns', (fraction, expected) => {
    expect(progressBar({ done: fraction * 4, total: 4, fraction, label: 'a' }, 60)).toBe(expected);
  });
});

describe('yanxiu consolidate keeps the schools\' files safe (SPEC §9)', () => {
  const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  it.each([
    ['the output is a school file', () => ({ output: join(schools, '一中.xlsx'), inputs: [join(schools, '一中.xlsx'), join(schools, '一中-副本.xlsx')] })],
    ['the output is a school file, named another way', () => ({ output: join(schools, '镇中心', '..', '一中.xlsx'), inputs: [join(schools, '一中.xlsx')] })],
    ['--json is a school file', () => ({ output: join(dir, 'a.xlsx'), inputs: [schools], json: join(schools, '一中-副本.xlsx') })],
    ['--json is the output', () => ({ output: join(dir, 'b.xlsx'), inputs: [join(schools, '一中.xlsx')], json: join(dir, '.', 'b.xlsx') })],
    ['the output folder is missing', () => ({ output: join(dir, 'nowhere', 'c.xlsx'), inputs: [join(schools, '一中.xlsx')] })],
  ])('refuses when %s, before anything is written (exit 1), and leaves every school file as it was', async (_, make) => {
    const before = [sha(join(schools, '一中.xlsx')), sha(join(schools, '一中-副本.xlsx'))];
    const args = make();
    await expect(consolidateCommand(args, capture().io)).rejects.toMatchObject({ exitCode: 1 });
    expect([sha(join(schools, '一中.xlsx')), sha(join(schools, '一中-副本.xlsx'))]).toEqual(before);
    if (!args.output.includes('一中')) expect(existsSync(args.output)).toBe(false);
  });
});
