import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { compactResult, consolidate, keepSmallest, schoolName, scoreSchoolFile, sha256Hex, type DistrictJsonSchool, type OpenedSchool, type SchoolFile } from '../../src/app/consolidate.js';
import { run } from '../../src/app/run.js';
import { RunCancelled } from '../../src/app/runCancelled.js';
import { DISTRICT_SHEET_NAMES } from '../../src/sheets/layout/district/layoutDistrict.js';
import type { Table } from '../../src/sheets/table.js';
import { MemoryHost } from './memoryHost.js';

/** A school of `n` teachers in one group, 工号 `${prefix}1…`, each at one 2-hour session; `rules` rows go to 考核规则. */
function school(prefix: string, n: number, rules: [string, string | number][] = []): Table[] {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
  const tables: Table[] = [
    { name: '教师名册', rows: [['工号', '姓名', '教研组'], ...ids.map((id, i) => [id, `教师${prefix}${i}`, '语文组'])] },
    { name: '签到表', rows: [['日期', '活动', '工号', '姓名', '状态', '学时'], ...ids.map((id, i) => ['2023-09-06', '师德培训', id, `教师${prefix}${i}`, i === 0 ? '缺勤' : '出勤', 2])] },
    { name: '考核登记', rows: [['工号', '姓名', '学习笔记'], ...ids.map((id, i) => [id, `教师${prefix}${i}`, '优秀'])] },
  ];
  if (rules.length > 0) tables.push({ name: '考核规则', rows: [['参数', '值'], ...rules] });
  return tables;
}

/** Files whose bytes are their name; `open` finds the tables by those bytes. */
function library(schools: Record<string, Table[] | 'damaged'>, extra: Record<string, string> = {}) {
  const opened: string[] = [];
  const files: SchoolFile[] = Object.keys(schools).map((file) => ({ file, bytes: async () => new TextEncoder().encode(extra[file] ?? file) }));
  const open = async (bytes: Uint8Array): Promise<OpenedSchool> => {
    const key = new TextDecoder().decode(bytes);
    opened.push(key);
    const tables = schools[key];
    if (tables === undefined || tables === 'damaged') throw new Error('damaged file');
    return { host: new MemoryHost(tables), outputSheets: [] };
  };
  const fileError = (e: unknown): string | null => ((e as Error).message === 'damaged file' ? '文件已损坏' : null);
  return { files, open, fileError, opened };
}

const NOW = new Date(2024, 0, 20, 9, 5);

describe('consolidate (合并学校工作簿)', () => {
  it('scores every school with its own rules exactly as 计算 does for that school alone', async () => {
    const schools = {
      'a.xlsx': school('A', 4, [['同分处理', '严格']]),
      'b.xlsx': school('B', 10, [['同分处理', '严格'], ['优秀比例', '50%'], ['学校名称', '第二中学']]),
    };
    const lib = library(schools);
    const output = new MemoryHost();
    const entries: DistrictJsonSchool[] = [];
    const report = await consolidate(lib.files, { ...lib, output, now: NOW, onSchool: (e) => void entries.push(e) });
    expect(report.scored).toBe(2);
    for (const [file, tables] of Object.entries(schools)) {
      const alone = (await run(new MemoryHost(tables), { now: NOW })).score?.result;
      if (alone === undefined) throw new Error('the school alone did not score');
      // The JSON entry carries the full result, explanations included; the view keeps it without them.
      expect(entries.find((e) => e.file === file)?.result).toEqual(alone);
      expect(report.view.schools.find((s) => s.file === file)?.result).toEqual(compactResult(alone));
    }
    expect(entries.map((e) => e.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(report.view.schools.map((s) => s.name)).toEqual(['a', '第二中学']);
    // 50% of 10 = 5 优秀 in 第二中学 (its own rule), 30% of 4 → 1 in a.
    expect(report.view.schools.map((s) => s.result?.teachers.filter((t) => t.tier === '优秀').length)).toEqual([1, 5]);
    expect(output.writes[0]?.map((s) => s.name)).toEqual(DISTRICT_SHEET_NAMES);
  });

  it('lists a file that cannot be opened or scored with its reason and goes on', async () => {
    const lib = library({ 'bad.xlsx': 'damaged', 'empty.xlsx': [{ name: '备注', rows: [['x']] }], 'ok.xlsx': school('C', 3) });
    const report = await consolidate(lib.files, { ...lib, output: new MemoryHost(), now: NOW });
    expect(report.scored).toBe(1);
    expect(report.view.schools.map((s) => [s.outcome, s.error])).toEqual([
      ['failed', '文件已损坏'],
      ['failed', '找不到“教师名册”工作表，无法计算。'],
      ['scored', null],
    ]);
    expect(report.view.districtIssues.map((d) => d.issue.code)).toEqual(['district-school-failed', 'district-school-failed']);
  });

  it('keeps of each school only what the district sheets show: no explanations, no info notes', async () => {
    const lib = library({ 'a.xlsx': school('A', 3) });
    const entries: DistrictJsonSchool[] = [];
    const report = await consolidate(lib.files, { ...lib, now: NOW, onSchool: (e) => void entries.push(e) });
    const kept = report.view.schools[0]?.result;
    const full = entries[0]?.result;
    expect(kept?.teachers.some((t) => 'explain' in t)).toBe(false);
    expect(full?.teachers.every((t) => Object.values(t.explain).every((text) => text !== ''))).toBe(true);
    expect(full?.issues.some((i) => i.severity === 'info')).toBe(true);
    expect(kept?.issues).toEqual(full?.issues.filter((i) => i.severity !== 'info'));
    expect(report.view.schools[0]?.issues).toBe(kept?.issues);
  });

  it('lists a file whose bytes cannot be read as failed, with a district error', async () => {
    const files: SchoolFile[] = [{ file: 'gone.xlsx', bytes: () => Promise.reject(new Error('damaged file')) }];
    const lib = library({});
    const report = await consolidate(files, { ...lib });
    expect(report.view.schools.map((s) => [s.outcome, s.error])).toEqual([['failed', '文件已损坏']]);
    expect(report.view.districtIssues.map((d) => d.issue.code)).toEqual(['district-school-failed']);
  });

  it('writes nothing when no school could be scored', async () => {
    const lib = library({ 'bad.xlsx': 'damaged' });
    const output = new MemoryHost();
    const report = await consolidate(lib.files, { ...lib, output });
    expect(report.scored).toBe(0);
    expect(output.writes).toHaveLength(0);
  });

  it('counts the same file twice once, with a warning, and never opens the copy', async () => {
    const lib = library({ 'a.xlsx': school('A', 3), 'copy/a.xlsx': school('A', 3) }, { 'copy/a.xlsx': 'a.xlsx' });
    const entries: DistrictJsonSchool[] = [];
    const report = await consolidate(lib.files, { ...lib, now: NOW, onSchool: (e) => void entries.push(e) });
    expect(lib.opened).toEqual(['a.xlsx']);
    expect(report.view.schools.map((s) => s.outcome)).toEqual(['scored', 'duplicate']);
    expect(report.view.districtIssues.map((d) => [d.issue.code, d.issue.severity])).toEqual([['district-duplicate-file', 'warning']]);
    expect(entries[1]).toMatchObject({ file: 'copy/a.xlsx', result: null, error: 'duplicate of a.xlsx' });
  });

  it('warns once per pair of schools sharing 工号, with the count and the first 工号, and keeps every teacher', async () => {
    // a: T1 T2; b: T1 T2 T3 (2 shared with a); c: T1…T5 (2 shared with a — the first school to have
    // them — and T3 with b). Three pairs, not eight teachers' warnings.
    const lib = library({ 'a.xlsx': school('T', 2), 'b.xlsx': school('T', 3), 'c.xlsx': school('T', 5) });
    const report = await consolidate(lib.files, { ...lib, now: NOW });
    const warnings = report.view.districtIssues.filter((d) => d.issue.code === 'district-duplicate-id');
    expect(warnings.map((w) => [w.school, w.issue.params?.['first'], w.issue.params?.['count'], w.issue.params?.['examples']])).toEqual([
      ['b', 'a', 2, 'T1 教师T0、T2 教师T1'],
      ['c', 'a', 2, 'T1 教师T0、T2 教师T1'],
      ['c', 'b', 1, 'T3 教师T2'],
    ]);
    expect(warnings[0]?.issue.message).toBe('“b”与“a”有 2 个相同的工号（如 T1 教师T0、T2 教师T1），两校的记录都保留。');
    expect(report.view.schools.map((s) => s.result?.teachers.length)).toEqual([2, 3, 5]);
    expect(report.districtWarnings).toBe(3);
  });

  it('names at most three 工号 of a pair and says there are more', async () => {
    const lib = library({ 'a.xlsx': school('T', 5), 'b.xlsx': school('T', 5) });
    const [warning] = (await consolidate(lib.files, { ...lib, now: NOW })).view.districtIssues;
    expect(warning?.issue.params).toEqual({ first: 'a', school: 'b', count: 5, examples: 'T1 教师T0、T2 教师T1、T3 教师T2 等' });
  });

  it('never reads a sheet the product wrote (its ownership name), so a scored workbook is re-scored from its inputs', async () => {
    const tables = [...school('A', 3), { name: '考核结果(1)', rows: [['教研组', '组内排名'], ['假', 1]] }];
    const host = new MemoryHost(tables);
    const files: SchoolFile[] = [{ file: 'a.xlsx', bytes: async () => new Uint8Array([1]) }];
    await consolidate(files, { open: async () => ({ host, outputSheets: ['考核结果(1)'] }), fileError: () => null });
    expect(host.reads).not.toContain('考核结果(1)');
  });

  it("accounts for a school's own sheet with an output's name as `score` does (output-name-sheet), never reading it as input", async () => {
    const tables = [...school('A', 3), { name: '考核结果', rows: [['学校自己的表'], ['姓名', '教研组'], ['假人', '假组']] }];
    const files: SchoolFile[] = [{ file: 'a.xlsx', bytes: async () => new Uint8Array([1]) }];
    const report = await consolidate(files, { open: async () => ({ host: new MemoryHost(tables), outputSheets: ['考核结果(1)'] }), fileError: () => null, now: NOW });
    const [only] = report.view.schools;
    expect(only?.result?.teachers).toHaveLength(3);
    expect(only?.issues.filter((i) => i.code === 'output-name-sheet').map((i) => i.sheet)).toEqual(['考核结果']);
  });

  it('reports progress per school and stops between schools when cancelled', async () => {
    const lib = library({ 'a.xlsx': school('A', 2), 'b.xlsx': school('B', 2) });
    const controller = new AbortController();
    const labels: string[] = [];
    const promise = consolidate(lib.files, {
      ...lib,
      onProgress: (p) => {
        labels.push(p.label);
        if (p.done === 1) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(promise).rejects.toBeInstanceOf(RunCancelled);
    expect(labels).toEqual(['正在计算 a.xlsx（1/2）…', '正在计算 b.xlsx（2/2）…']);
    expect(lib.opened).toEqual(['a.xlsx']);
  });

  it('says when the last school is scored, before the district sheets are written (the CLI ends its worker there)', async () => {
    const lib = library({ 'a.xlsx': school('A', 2), 'b.xlsx': 'damaged' });
    const steps: string[] = [];
    const output = new MemoryHost();
    await consolidate(lib.files, {
      ...lib,
      now: NOW,
      scoreFile: async (job) => {
        steps.push(`score ${job.file}`);
        return scoreSchoolFile(job, lib);
      },
      scoringDone: () => void steps.push('done'),
      output: { writeOutputs: (sheets) => (steps.push('write'), output.writeOutputs(sheets)) },
    });
    expect(steps).toEqual(['score a.xlsx', 'score b.xlsx', 'done', 'write']);
  });

  it('rethrows an error that is not the file’s fault (our bug)', async () => {
    const files: SchoolFile[] = [{ file: 'a.xlsx', bytes: async () => new Uint8Array([1]) }];
    await expect(consolidate(files, { open: async () => { throw new TypeError('bug'); }, fileError: () => null })).rejects.toThrow('bug');
  });
});

/**
 * Files whose bytes are their name, each with its own tables, an optional 计算记录 time (a scored
 * workbook) and modified time.
 */
function versions(files: { file: string; tables: Table[] | 'damaged'; scoredAt?: string; modified?: Date }[]) {
  const byName = new Map(files.map((f) => [f.file, f]));
  const schoolFiles: SchoolFile[] = files.map(({ file, modified }) => ({
    file, bytes: async () => new TextEncoder().encode(file), ...(modified === undefined ? {} : { modified }),
  }));
  const open = async (bytes: Uint8Array): Promise<OpenedSchool> => {
    const f = byName.get(new TextDecoder().decode(bytes));
    if (f === undefined || f.tables === 'damaged') throw new Error('damaged file');
    if (f.scoredAt === undefined) return { host: new MemoryHost(f.tables), outputSheets: [] };
    const log: Table = { name: '计算记录', rows: [['本次计算'], ['计算时间', f.scoredAt], ['程序版本', '0.1.0']] };
    return { host: new MemoryHost([...f.tables, log]), outputSheets: ['计算记录'] };
  };
  return { files: schoolFiles, open, fileError: (e: unknown) => ((e as Error).message === 'damaged file' ? '文件已损坏' : null) };
}

/** 学校名称 `name` with `n` teachers; `first` marks the version (one teacher's 学习笔记). */
const named = (name: string, n: number, prefix = 'Y'): Table[] => school(prefix, n, [['学校名称', name]]);

describe('two files of one school (SPEC §10 district identity)', () => {
  const JAN = new Date(2024, 0, 10);
  const FEB = new Date(2024, 1, 10);

  it.each([
    // [case, files, the file counted, decided by]
    ['the later 计算记录 time wins, whatever the order', [
      { file: '一中(1).xlsx', tables: named('一中', 3), scoredAt: '2024-01-20 09:05' },
      { file: '一中.xlsx', tables: named('一中', 4), scoredAt: '2024-01-19 17:30' },
    ], '一中(1).xlsx', '计算记录中的计算时间'],
    ['else the later modified time', [
      { file: 'a/一中.xlsx', tables: named('一中', 3), modified: FEB },
      { file: 'b/一中.xlsx', tables: named('一中', 4), modified: JAN },
    ], 'a/一中.xlsx', '文件的修改时间'],
    ['else the one given later', [
      { file: '一中.xlsx', tables: named('一中', 3) },
      { file: '一中-改.xlsx', tables: named('一中', 4) },
    ], '一中-改.xlsx', '文件给出的顺序（无法比较时间）'],
    ['equal times: the one given later', [
      { file: '一中.xlsx', tables: named('一中', 3), modified: JAN },
      { file: '一中-改.xlsx', tables: named('一中', 4), modified: JAN },
    ], '一中-改.xlsx', '文件给出的顺序（无法比较时间）'],
    ['names equal after NFKC, zero-width characters and spaces', [
      { file: 'x.xlsx', tables: named('第１中学', 3) },
      { file: 'y.xlsx', tables: named(' 第 1\u200B中学 ', 4) },
    ], 'y.xlsx', '文件给出的顺序（无法比较时间）'],
    ['no 学校名称: the file name in two folders', [
      { file: '镇一/一中.xlsx', tables: school('Y', 3), modified: JAN },
      { file: '镇二/一中.xlsx', tables: school('Y', 4), modified: FEB },
    ], '镇二/一中.xlsx', '文件的修改时间'],
  ])('%s', async (_case, given, counted, by) => {
    const lib = versions(given);
    const entries: DistrictJsonSchool[] = [];
    const replaced: [number, DistrictJsonSchool][] = [];
    const report = await consolidate(lib.files, {
      ...lib, now: NOW, output: new MemoryHost(),
      onSchool: (e) => void entries.push(e), onSchoolReplaced: (i, e) => void replaced.push([i, e]),
    });
    const winner = report.view.schools.find((s) => s.outcome === 'scored');
    const loser = report.view.schools.find((s) => s.outcome === 'superseded');
    expect(report.scored).toBe(1);
    expect(winner?.file).toBe(counted);
    // Never both counted: the teachers are the winner's alone.
    expect(report.teachers).toBe(winner?.result?.teachers.length);
    expect(loser).toMatchObject({ result: null, supersededBy: counted, issues: [] });
    const warning = report.view.districtIssues.find((d) => d.issue.code === 'district-superseded');
    expect(warning?.issue.params).toMatchObject({ file: loser?.file, winner: counted, by });
    expect(warning?.issue.message).toContain(`“${loser?.file ?? ''}”`);
    // The JSON: in the order given, the older version with no result and `superseded by`.
    const json = entries.map((e) => ({ ...e }));
    for (const [i, e] of replaced) json[i] = e;
    expect(json.map((e) => [e.file, e.result === null, e.error])).toEqual(
      given.map((g) => (g.file === counted ? [counted, false, null] : [loser?.file, true, `superseded by ${counted}`])),
    );
  });

  it('a damaged file never replaces the school’s scored file', async () => {
    const lib = versions([
      { file: '一中.xlsx', tables: school('Y', 3) },
      { file: 'new/一中.xlsx', tables: 'damaged', modified: FEB },
    ]);
    const report = await consolidate(lib.files, { ...lib, now: NOW });
    expect(report.view.schools.map((s) => s.outcome)).toEqual(['scored', 'failed']);
  });

  it('three versions: only the newest counts, both others listed', async () => {
    const lib = versions([
      { file: 'v1.xlsx', tables: named('一中', 2), modified: JAN },
      { file: 'v3.xlsx', tables: named('一中', 3), modified: new Date(2024, 2, 1) },
      { file: 'v2.xlsx', tables: named('一中', 4), modified: FEB },
    ]);
    const report = await consolidate(lib.files, { ...lib, now: NOW });
    expect(report.view.schools.map((s) => [s.file, s.outcome, s.supersededBy])).toEqual([
      ['v1.xlsx', 'superseded', 'v3.xlsx'], ['v3.xlsx', 'scored', undefined], ['v2.xlsx', 'superseded', 'v3.xlsx'],
    ]);
    expect(report.teachers).toBe(3);
  });

  it('a district workbook given as a school says what it is', async () => {
    const files: SchoolFile[] = [{ file: '全区.xlsx', bytes: async () => new Uint8Array([1]) }];
    const host = new MemoryHost([{ name: '学校汇总', rows: [['x']] }, { name: '全区教师', rows: [['学校', '工号', '姓名']] }]);
    const report = await consolidate(files, { open: async () => ({ host, outputSheets: ['学校汇总', '全区教师', '上报学时'] }), fileError: () => null, now: NOW });
    expect(report.view.schools[0]?.error).toBe('这是“合并学校工作簿”生成的区县汇总工作簿，不是学校的考核工作簿，不能作为学校计算或汇总。');
  });

  it('a school name over 100 characters is cut, with a warning naming the file', async () => {
    const lib = versions([{ file: 'long.xlsx', tables: named('长'.repeat(40_000), 2) }]);
    const report = await consolidate(lib.files, { ...lib, now: NOW });
    expect(report.view.schools[0]?.name).toBe(`${'长'.repeat(100)}…`);
    expect(report.view.districtIssues.map((d) => [d.issue.code, d.issue.params?.['length']])).toEqual([['district-name-too-long', 40_000]]);
  });
});

describe('schoolName', () => {
  it.each([
    ['第一中学', 'x/一中.xlsx', '第一中学'],
    [null, 'x/一中.xlsx', '一中'],
    [null, 'C:\\学校\\二中.XLSM', '二中'],
    ['  ', '三中.xlsx', '三中'],
  ])('rule %j, file %s → %s', (rule, file, expected) => {
    expect(schoolName(rule, file)).toBe(expected);
  });
});

describe('sha256Hex', () => {
  it('gives the standard digest of "abc"', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('keepSmallest (the examples of one same-工号 warning)', () => {
  const order = new Intl.Collator('zh-CN', { numeric: true });
  it('keeps what a stable sort of every 工号 would show first, holding three at most', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('T9 张三', 'T10 李四', 'T10 李四', 't10 李四', '0001 王五', '１ 赵六'), fc.string({ maxLength: 6 })), { maxLength: 40 }), (ids) => {
        const kept: string[] = [];
        for (const id of ids) {
          keepSmallest(kept, id);
          expect(kept.length).toBeLessThanOrEqual(3);
        }
        expect(kept).toEqual([...ids].sort(order.compare).slice(0, 3));
      }),
    );
  });
});
