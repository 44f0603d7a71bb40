/**
 * SPEC §11 with faults injected into the file system (issue 19 items 7, 10, 12): a disk that fills
 * while the outputs are written leaves the previous outputs — never a new out.xlsx beside an old
 * out.json — and no temporary file; a file that cannot be read is one line, exit 2, and in
 * `consolidate` only that school is lost.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { consolidateCommand } from '../../src/cli/consolidateCommand.js';
import { recordCreditsCommand } from '../../src/cli/recordCreditsCommand.js';
import { scoreCommand } from '../../src/cli/scoreCommand.js';
import { schoolWorkbook } from '../robustness/hostileFiles.js';

/**
 * Paths (matched by these patterns) whose writes fail with ENOSPC once `roomFor` writes have gone
 * through (a disk that fills halfway through a file), or whose reads fail with EACCES.
 */
const faults = vi.hoisted(() => ({ full: null as RegExp | null, roomFor: 0, denied: null as RegExp | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const enospc = (path: string) => Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC', syscall: 'write', path });
  const open: typeof real.open = async (path, flags, mode) => {
    const name = String(path);
    // consolidate reads its schools through a handle (SharedReadBuffer), score through readFile.
    if (faults.denied?.test(name)) throw Object.assign(new Error(`EACCES: permission denied, open '${name}'`), { code: 'EACCES', syscall: 'open', path: name });
    const handle = await real.open(path, flags, mode);
    if (faults.full === null || !faults.full.test(name)) return handle;
    let writes = 0;
    return new Proxy(handle, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop);
        if (prop === 'writeFile' || prop === 'write' || prop === 'writev') {
          return (...args: unknown[]) => (writes++ < faults.roomFor ? (value as (...a: unknown[]) => Promise<unknown>).apply(target, args) : Promise.reject(enospc(name)));
        }
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  const readFile = ((path: Parameters<typeof real.readFile>[0], options?: Parameters<typeof real.readFile>[1]) => {
    if (faults.denied?.test(String(path))) {
      return Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES', syscall: 'open', path: String(path) }));
    }
    return real.readFile(path, options);
  }) as typeof real.readFile;
  return { ...real, open, readFile, default: { ...real, open, readFile } };
});

const quiet = () => {
  const err: string[] = [];
  return { io: { out: () => undefined, err: (l: string) => void err.push(l) }, err };
};

async function exitOf(run: () => Promise<number>): Promise<{ code: number; line: string }> {
  try {
    return { code: await run(), line: '' };
  } catch (e) {
    if (e instanceof CliError) return { code: e.exitCode, line: e.line() };
    throw e;
  }
}

let dir = '';
let school = '';
let other = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yanxiu-together-'));
  school = join(dir, '一中.xlsx');
  other = join(dir, '二中.xlsx');
  writeFileSync(school, await schoolWorkbook());
  writeFileSync(other, await schoolWorkbook([['2023-10-11', '补训', '校本研训', 'T002', '教师2', '出勤', 2, null]]));
}, 60_000);

beforeEach(() => {
  faults.full = null;
  faults.roomFor = 0;
  faults.denied = null;
});

const temporaries = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('a disk that fills while the outputs are written (score)', () => {
  it.each([
    ['the JSON (written second)', /\.out\.json\.[0-9a-f]+\.tmp$/],
    ['the workbook (written first)', /\.out\.xlsx\.[0-9a-f]+\.tmp$/],
  ])('failing on %s leaves the previous out.xlsx and out.json, exit 2, no temporary file', async (_, pattern) => {
    const [xlsx, json] = [join(dir, 'out.xlsx'), join(dir, 'out.json')];
    writeFileSync(xlsx, 'previous workbook');
    writeFileSync(json, 'previous json');
    faults.full = pattern;
    const r = await exitOf(() => scoreCommand({ input: school, output: xlsx, json }, quiet().io));
    expect(r.code).toBe(2);
    expect(r.line).toMatch(/^错误：无法写入 .+：磁盘空间不足.* \/ Error: cannot write .+: no space left on device \(ENOSPC\)$/);
    expect([readFileSync(xlsx, 'utf8'), readFileSync(json, 'utf8')]).toEqual(['previous workbook', 'previous json']);
    expect(temporaries()).toEqual([]);
  }, 60_000);

  it('a disk that fills after the workbook’s first piece leaves the previous pair, exit 2, no temporary file', async () => {
    const [xlsx, json] = [join(dir, 'half.xlsx'), join(dir, 'half.json')];
    writeFileSync(xlsx, 'previous workbook');
    writeFileSync(json, 'previous json');
    faults.full = /\.half\.xlsx\.[0-9a-f]+\.tmp$/;
    faults.roomFor = 1;
    const r = await exitOf(() => scoreCommand({ input: school, output: xlsx, json }, quiet().io));
    expect(r.code).toBe(2);
    expect(r.line).toContain('磁盘空间不足');
    expect([readFileSync(xlsx, 'utf8'), readFileSync(json, 'utf8')]).toEqual(['previous workbook', 'previous json']);
    expect(temporaries()).toEqual([]);
  }, 60_000);

  it('with room on the disk both outputs are replaced', async () => {
    const [xlsx, json] = [join(dir, 'ok.xlsx'), join(dir, 'ok.json')];
    writeFileSync(json, 'previous json');
    expect((await exitOf(() => scoreCommand({ input: school, output: xlsx, json }, quiet().io))).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ schema: 'yanxiu.result/1' });
    expect(temporaries()).toEqual([]);
  }, 60_000);
});

describe('a disk that fills while the district outputs are written (consolidate)', () => {
  it.each([
    ['the JSON', /\.全区\.json\.[0-9a-f]+\.tmp$/],
    ['the JSON spool', /\.全区\.json\.spool\.[0-9a-f]+\.tmp$/],
    ['the workbook', /\.全区\.xlsx\.[0-9a-f]+\.tmp$/],
  ])('failing on %s leaves the previous outputs, exit 2, no temporary file', async (_, pattern) => {
    const [xlsx, json] = [join(dir, '全区.xlsx'), join(dir, '全区.json')];
    writeFileSync(xlsx, 'previous district');
    writeFileSync(json, 'previous json');
    faults.full = pattern;
    const r = await exitOf(() => consolidateCommand({ output: xlsx, inputs: [school, other], json }, quiet().io));
    expect(r.code).toBe(2);
    expect(r.line).toContain('磁盘空间不足');
    expect([readFileSync(xlsx, 'utf8'), readFileSync(json, 'utf8')]).toEqual(['previous district', 'previous json']);
    expect(temporaries()).toEqual([]);
  }, 60_000);
});

describe('a disk that fills while record-credits rewrites the ledger in place', () => {
  it('after the workbook’s first piece: the ledger is left as it was, exit 2, no temporary file', async () => {
    const ledger = join(dir, '台账.xlsx');
    writeFileSync(ledger, readFileSync(school));
    faults.full = /\.台账\.xlsx\.[0-9a-f]+\.tmp$/;
    faults.roomFor = 1;
    const r = await exitOf(() => recordCreditsCommand({ input: ledger }, quiet().io));
    expect(r.code).toBe(2);
    expect(r.line).toContain('磁盘空间不足');
    expect(readFileSync(ledger).equals(readFileSync(school))).toBe(true);
    expect(temporaries()).toEqual([]);
  }, 60_000);
});

describe('a file that cannot be read', () => {
  it('score: one bilingual line, exit 2, nothing written', async () => {
    faults.denied = /一中\.xlsx$/;
    const r = await exitOf(() => scoreCommand({ input: school, output: join(dir, 'denied.xlsx') }, quiet().io));
    expect(r).toEqual({ code: 2, line: `错误：无法读取 ${school}：没有权限（请检查文件的权限或换一个位置） / Error: cannot read ${school}: permission denied (EACCES)` });
    expect(existsSync(join(dir, 'denied.xlsx'))).toBe(false);
  });

  it('consolidate: that school is listed with the reason, the others are consolidated (exit 0)', async () => {
    faults.denied = /一中\.xlsx$/;
    const c = quiet();
    const json = join(dir, 'partial.json');
    expect(await consolidateCommand({ output: join(dir, 'partial.xlsx'), inputs: [school, other], json }, c.io)).toBe(0);
    const district = JSON.parse(readFileSync(json, 'utf8')) as { schools: { file: string; error: string | null }[] };
    expect(district.schools.map((s) => [s.file, s.error])).toEqual([
      [school, `无法读取 ${school}：没有权限（请检查文件的权限或换一个位置）`],
      [other, null],
    ]);
    expect(c.err).toContain(`警告：一中.xlsx 无法计算：无法读取 ${school}：没有权限（请检查文件的权限或换一个位置） / Warning: ${school}: cannot be scored`);
  }, 60_000);
});
