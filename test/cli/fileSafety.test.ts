/**
 * SPEC §9 file safety and §7 .xlsm (issue 11 items 5 and 6): the school's file is never at risk.
 * Each case checks what is refused (exit 1 before anything is written), the input's SHA-256
 * unchanged, and that no temporary file is left behind.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { scoreCommand, type ScoreArgs } from '../../src/cli/scoreCommand.js';
import { CliError } from '../../src/cli/cliError.js';
import { schoolWorkbook } from '../robustness/hostileFiles.js';

const quiet = { out: () => undefined, err: () => undefined };
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const tmpFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

async function outcome(args: ScoreArgs): Promise<{ code: number; message: string }> {
  try {
    return { code: await scoreCommand(args, quiet), message: '' };
  } catch (e) {
    if (e instanceof CliError) return { code: e.exitCode, message: e.line() };
    throw e;
  }
}

let dir = '';
let input = '';
let inputSha = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yanxiu-safety-'));
  input = join(dir, 'school.xlsx');
  writeFileSync(input, await schoolWorkbook());
  inputSha = sha(input);
  mkdirSync(join(dir, 'sub'));
  symlinkSync(input, join(dir, 'link.xlsx'));
  linkSync(input, join(dir, 'hard.xlsx'));
});

describe('outputs that are the input or each other are refused before anything is written', () => {
  it.each([
    ['-o the input', () => ({ output: input })],
    ['-o the input through ./', () => ({ output: join(dir, '.', 'sub', '..', 'school.xlsx') })],
    ['-o the input in other case', () => ({ output: join(dir, 'SCHOOL.xlsx') })],
    ['-o a symlink to the input', () => ({ output: join(dir, 'link.xlsx') })],
    ['-o a hard link to the input', () => ({ output: join(dir, 'hard.xlsx') })],
    ['--json the input', () => ({ output: join(dir, 'a.xlsx'), json: input })],
    ['-o X --json X', () => ({ output: join(dir, 'same.out'), json: join(dir, 'same.out') })],
    ['-o X --json ./X', () => ({ output: join(dir, 'same.out'), json: join(dir, 'sub', '..', 'same.out') })],
    ['--json into a missing folder', () => ({ output: join(dir, 'b.xlsx'), json: join(dir, 'missing', 'b.json') })],
    ['-o into a missing folder', () => ({ output: join(dir, 'missing', 'c.xlsx') })],
    ['-o a folder', () => ({ output: join(dir, 'sub') })],
  ])('%s', async (_label, extra) => {
    const before = readdirSync(dir).sort();
    const r = await outcome({ input, ...extra() });
    expect(r.code).toBe(1);
    expect(r.message).toMatch(/^错误：.+ \/ Error: .+$/);
    expect(sha(input)).toBe(inputSha);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('writing', () => {
  it('writes both outputs and leaves no temporary file; a planted .tmp symlink is never written through', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched');
    // The old, predictable names: <out>.<pid>.tmp.
    for (const pid of [process.pid, process.pid + 1]) symlinkSync(victim, join(dir, `out.xlsx.${pid}.tmp`));
    const r = await outcome({ input, output: join(dir, 'out.xlsx'), json: join(dir, 'out.json') });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out.xlsx')) && existsSync(join(dir, 'out.json'))).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') && !f.startsWith('out.xlsx.'))).toEqual([]);
    expect(sha(input)).toBe(inputSha);
  });

  it('removes its temporary file on SIGINT, SIGTERM, SIGHUP (terminal closed) and SIGQUIT', () => {
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129], ['SIGQUIT', 131]] as const) {
      const target = join(dir, `signal-${signal}.xlsx`);
      const r = spawnSync(join('node_modules', '.bin', 'tsx'), ['test/cli/interruptedWrite.ts', target, signal], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(code);
      const temporary = r.stdout.trim();
      expect(temporary).toMatch(/\.tmp$/);
      expect(existsSync(temporary)).toBe(false);
    }
    expect(tmpFiles(dir).filter((f) => f.includes('signal-'))).toEqual([]);
  }, 120_000);
});

describe('.xlsm in → .xlsm out (SPEC §7)', () => {
  const VBA = new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256));
  let xlsm = '';

  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await schoolWorkbook());
    zip.file('xl/vbaProject.bin', VBA);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file(
      '[Content_Types].xml',
      types
        .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
    xlsm = join(dir, 'macro.xlsm');
    writeFileSync(xlsm, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  });

  it('writes macro-考核结果.xlsm with vbaProject.bin byte for byte and the macro-enabled content type', async () => {
    const r = await outcome({ input: xlsm });
    expect(r.code).toBe(0);
    const out = await JSZip.loadAsync(readFileSync(join(dir, 'macro-考核结果.xlsm')));
    expect(await out.file('xl/vbaProject.bin')?.async('uint8array')).toEqual(VBA);
    expect(await out.file('[Content_Types].xml')?.async('string')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  });

  it('refuses -o x.xlsx for an .xlsm input, saying why', async () => {
    const r = await outcome({ input: xlsm, output: join(dir, 'x.xlsx') });
    expect(r.code).toBe(1);
    expect(r.message).toContain('.xlsm');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});
