/**
 * Every workbook of the messy corpus (test/fixtures/messy/) through the file host and run(), as the CLI
 * and the standalone page do: the documented issues and figures, and the invariants of the robustness
 * issue §2 — inputs unchanged (cells and worksheet bytes), idempotent re-run, no formula in any output,
 * every teacher once in 考核结果, tier counts and totals that add up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { run } from '../../src/app/run.js';
import type { RunReport } from '../../src/app/types.js';
import type { Result } from '../../src/engine/model.js';
import { scoreCommand } from '../../src/cli/scoreCommand.js';
import { CliError, EXIT_DATA } from '../../src/cli/cliError.js';
import { MESSY_CASES, MESSY_DIR } from '../fixtures/messy/corpus.js';
import type { MessyCase } from '../fixtures/messy/messyCase.js';
import { allIssues, expectationViolations, figureViolations } from './expectations.js';
import { formulaElements, resultsSheetViolations, resultViolations } from './invariants.js';
import { PackageParts } from './packageParts.js';

/** Fixed run time, so 计算记录 is the same on both runs. */
const NOW = new Date(Date.UTC(2024, 0, 20, 9, 0, 0));
const CJK = /[\u4e00-\u9fff]/;

interface Scored {
  report: RunReport;
  output: Uint8Array;
}

async function score(bytes: Uint8Array): Promise<Scored> {
  const host = await XlsxHost.open(bytes);
  const report = await run(host, { now: NOW });
  return { report, output: await host.save() };
}

async function tables(bytes: Uint8Array, names: readonly string[]) {
  const host = await XlsxHost.open(bytes);
  return Promise.all(names.map((n) => host.readSheet(n)));
}

const workbooks = MESSY_CASES.filter((c) => c.expect.refused === undefined);

describe.each(workbooks)('messy workbook $name', (c: MessyCase) => {
  let input: Uint8Array;
  let first: Scored;
  let second: Scored;
  let inputSheets: string[];

  beforeAll(async () => {
    input = new Uint8Array(readFileSync(new URL(`${c.name}.xlsx`, MESSY_DIR)));
    inputSheets = [...(await PackageParts.load(input)).sheets.keys()];
    first = await score(input);
    second = await score(first.output);
  });

  it('gives the documented issues and the hand-computed figures', () => {
    expect(expectationViolations(first.report, c.expect)).toEqual([]);
  });

  it('says every issue in Chinese, naming the sheet whenever it names a row', () => {
    for (const issue of allIssues(first.report)) {
      expect(issue.message, issue.code).toMatch(CJK);
      if (issue.row !== undefined) expect(issue.sheet, `${issue.code} row ${issue.row}`).toBeTruthy();
    }
  });

  it('leaves every input sheet byte-for-byte and cell-for-cell unchanged, on both runs', async () => {
    const before = await PackageParts.load(input);
    for (const output of [first.output, second.output]) {
      const after = await PackageParts.load(output);
      for (const name of inputSheets) {
        expect(after.sheets.has(name), `sheet ${name} still there`).toBe(true);
        expect(Buffer.from(await after.sheetBytes(name)).equals(Buffer.from(await before.sheetBytes(name))), `${name} bytes`).toBe(true);
      }
      expect(await tables(output, inputSheets)).toEqual(await tables(input, inputSheets));
    }
  });

  it('gives the same outputs when the scored file is scored again', async () => {
    expect(second.report.written).toEqual(first.report.written);
    expect(second.report.score?.result ?? null).toEqual(first.report.score?.result ?? null);
    const outputs = Object.values(first.report.written);
    expect(await tables(second.output, outputs)).toEqual(await tables(first.output, outputs));
  });

  it('writes no formula into any output sheet', async () => {
    const parts = await PackageParts.load(first.output);
    for (const name of Object.values(first.report.written)) {
      expect(formulaElements(await parts.sheetXml(name)), name).toEqual([]);
    }
  });

  it('lists every roster teacher exactly once in 考核结果; tier counts and totals add up', async () => {
    const result = first.report.score?.result;
    if (!result) return;
    expect(result.teachers.length).toBe(first.report.inspect.read.teacherCount);
    expect(resultViolations(result)).toEqual([]);
    const sheet = first.report.written['考核结果'];
    expect(sheet).toBeDefined();
    const [table] = await tables(first.output, [sheet ?? '考核结果']);
    expect(resultsSheetViolations(table?.rows ?? [], result)).toEqual([]);
  });
});

const refused = MESSY_CASES.filter((c) => c.expect.refused !== undefined);

describe.each(refused)('refused file $name', (c: MessyCase) => {
  const path = fileURLToPath(new URL(`${c.name}.xlsx`, MESSY_DIR));

  it('is refused by the file host with a Chinese message that says why (no crash, no hang)', async () => {
    const open = async () => (await XlsxHost.open(readFileSync(path))).listSheets();
    await expect(open()).rejects.toThrow(c.expect.refused ?? /./);
  });

  it('is refused by the command line with exit 2 and one clear Chinese line', async () => {
    const lines: string[] = [];
    const io = { out: () => undefined, err: (line: string) => void lines.push(line) };
    let code: number;
    try {
      code = await scoreCommand({ input: path, output: join(tmpdir(), `messy-${c.name}-out.xlsx`) }, io);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      lines.push(e.line());
      code = e.exitCode;
    }
    expect(code).toBe(EXIT_DATA);
    expect(lines.join('\n')).toMatch(c.expect.refused ?? /./);
  });
});

describe('the messy corpus through the real command line', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  const dir = mkdtempSync(join(tmpdir(), 'messy-cli-'));

  it.each(['dingtalk-signin', 'dates-every-form'])('scores %s: exit 0, the JSON holds the hand-computed figures', (name) => {
    const json = join(dir, `${name}.json`);
    const input = fileURLToPath(new URL(`${name}.xlsx`, MESSY_DIR));
    const done = cli(['score', input, '-o', join(dir, `${name}.xlsx`), '--json', json]);
    expect(done.status, done.stderr).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8')) as Result;
    const c = MESSY_CASES.find((x) => x.name === name);
    expect(result.schema).toBe('yanxiu.result/1');
    expect(figureViolations(result, c?.expect ?? { canScore: true, issues: [] })).toEqual([]);
    expect(resultViolations(result)).toEqual([]);
  });

  it('refuses broken rules with exit 2, naming the rule on stderr, and writes nothing', () => {
    const out = join(dir, 'broken.xlsx');
    const done = cli(['score', fileURLToPath(new URL('broken-rules.xlsx', MESSY_DIR)), '-o', out]);
    expect(done.status).toBe(2);
    expect(done.stderr).toMatch(/优秀比例/);
    expect(existsSync(out)).toBe(false);
  });
});
