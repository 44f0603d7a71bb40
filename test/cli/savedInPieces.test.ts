/**
 * The commands write the saved workbook's pieces one after another and the JSON as it is made
 * (issue 23: the CLI's peak memory): the files are byte for byte what writing save()'s one array and
 * `JSON.stringify(result, null, 2)` gave before. The clock is pinned (zip entry times, 计算时间).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertTemplate } from '../../src/app/insertTemplate.js';
import { run } from '../../src/app/run.js';
import { openWorkbook } from '../../src/cli/openWorkbook.js';
import { scoreCommand } from '../../src/cli/scoreCommand.js';
import { templateCommand } from '../../src/cli/templateCommand.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { schoolWorkbook } from '../robustness/hostileFiles.js';

const quiet = { out: () => undefined, err: () => undefined };
let dir = '';
let school = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yanxiu-pieces-'));
  school = join(dir, '一中.xlsx');
  await writeFile(school, await schoolWorkbook());
}, 60_000);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 7, 18, 0, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('files written in pieces', () => {
  it('score: the workbook is save()’s bytes and the JSON is JSON.stringify’s text', async () => {
    const [xlsx, json] = [join(dir, 'out.xlsx'), join(dir, 'out.json')];
    expect(await scoreCommand({ input: school, output: xlsx, json }, quiet)).toBe(0);

    const host = await openWorkbook(school);
    const report = await run(host);
    expect(new Uint8Array(readFileSync(xlsx))).toEqual(await host.save());
    expect(readFileSync(json, 'utf8')).toBe(`${JSON.stringify(report.score?.result, null, 2)}\n`);
  }, 60_000);

  it('template: the workbook is save()’s bytes', async () => {
    const out = join(dir, '模板.xlsx');
    expect(await templateCommand(out, quiet)).toBe(0);

    const host = await XlsxHost.create();
    await insertTemplate(host);
    expect(new Uint8Array(readFileSync(out))).toEqual(await host.save());
  }, 60_000);
});
