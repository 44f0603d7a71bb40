/**
 * The page's inflating worker in Chromium (issue 23): the pane starts yanxiu-inflate.js beside the file
 * worker, which has the workbook's large parts (here the 2,000-teacher bench workbook's 签到表, ~4 MB
 * deflated) inflated there. Without it — no MessageChannel in the page, or a worker that never serves —
 * the page opens the same workbook as before; a damaged large part is refused with the usual words.
 * Pieces are counted by wrapping MessagePort.prototype.postMessage in the worker's script.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBenchWorkbook } from '../../bench/generate.js';
import { entryLayouts } from '../robustness/hostileFiles.js';
import { taskPaneSessions } from './support/taskPane.js';

const TEACHERS = 2000;
const pane = taskPaneSessions();
let work: string;
let file: string;
let damaged: string;

const COUNT_PIECES = `(() => {
  const post = MessagePort.prototype.postMessage;
  self.__posted = {};
  MessagePort.prototype.postMessage = function (message, transfer) {
    const kind = message && message.kind;
    self.__posted[kind] = (self.__posted[kind] || 0) + 1;
    return post.call(this, message, transfer);
  };
})();
`;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'yanxiu-inflate-'));
  file = (await ensureBenchWorkbook(TEACHERS)).file;
  // A flipped byte well inside the largest part's deflate data: it inflates to other bytes, or fails.
  const bytes = new Uint8Array(readFileSync(file));
  const largest = entryLayouts(bytes).reduce((a, b) => (b.compressedSize > a.compressedSize ? b : a));
  bytes[largest.dataStart + Math.floor(largest.compressedSize * 0.6)]! ^= 0x55;
  damaged = path.join(work, '损坏.xlsx');
  writeFileSync(damaged, bytes);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The page, with yanxiu-inflate.js served as `body` makes it (the built script counting its pieces by default). */
async function openPage(initScript?: string, body: (script: string) => string = (script) => COUNT_PIECES + script): Promise<{ page: Page; started: string[] }> {
  const page = await pane.open('aborted', initScript);
  const started: string[] = [];
  page.on('worker', (worker) => started.push(new URL(worker.url()).pathname));
  await page.route(/\/yanxiu-inflate\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: body(await response.text()) });
  });
  await page.getByText('独立网页版（未连接 Excel）').waitFor();
  return { page, started };
}

async function posted(page: Page): Promise<Record<string, number>> {
  const worker = page.workers().find((w) => w.url().endsWith('/yanxiu-inflate.js'));
  return worker ? ((await worker.evaluate('self.__posted')) as Record<string, number>) : {};
}

describe('the page’s inflating worker', () => {
  it('inflates the large parts of a picked workbook, which opens as before', async () => {
    const { page, started } = await openPage();
    await page.getByLabel('选择 .xlsx 文件').setInputFiles(file);
    await page.getByText(`${TEACHERS} 人`).waitFor({ timeout: 300_000 });
    expect(started).toContain('/yanxiu-inflate.js');
    const counts = await posted(page);
    expect(counts.ready).toBe(1);
    expect(counts.piece).toBeGreaterThan(10);
    expect(counts.failed ?? 0).toBe(0);
  }, 300_000);

  it('is not needed: without MessageChannel in the page the file worker inflates by itself', async () => {
    const { page, started } = await openPage('delete window.MessageChannel;');
    await page.getByLabel('选择 .xlsx 文件').setInputFiles(file);
    await page.getByText(`${TEACHERS} 人`).waitFor({ timeout: 300_000 });
    expect(started).toContain('/yanxiu-file.js');
    expect(started).not.toContain('/yanxiu-inflate.js');
  }, 300_000);

  it('is not needed: a worker that never serves leaves the file worker to inflate by itself', async () => {
    const { page } = await openPage(undefined, () => 'self.close();');
    await page.getByLabel('选择 .xlsx 文件').setInputFiles(file);
    await page.getByText(`${TEACHERS} 人`).waitFor({ timeout: 300_000 });
  }, 300_000);

  it('refuses a damaged large part with the usual words, and both workers end', async () => {
    const { page } = await openPage();
    const ended: string[] = [];
    page.on('worker', (worker) => worker.on('close', () => ended.push(new URL(worker.url()).pathname)));
    await page.getByLabel('选择 .xlsx 文件').setInputFiles(damaged);
    await page.getByText('文件已损坏或过大，无法打开。', { exact: false }).first().waitFor({ timeout: 300_000 });
    await expect.poll(() => ended.sort(), { timeout: 10_000 }).toEqual(['/yanxiu-file.js', '/yanxiu-inflate.js']);
  }, 300_000);
});
