/**
 * The standalone page (no Excel: WPS, Excel for Mac without add-ins): open an .xlsx, compute in
 * the browser, download the scored copy — and the download must equal, cell by cell, what the
 * file host gives for the same input in Node (the CLI's path). Office.js is served locally, or
 * blocked altogether: the page must work either way and never call out.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { insertSample } from '../../src/app/insertSample.js';
import { run } from '../../src/app/run.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import type { CellValue } from '../../src/sheets/table.js';
import { OUTPUT_SHEET_NAMES } from '../../src/sheets/words/vocabulary.js';
import type { OfficeJs } from './support/browser.js';
import { SCREENSHOTS } from './support/paths.js';
import { taskPaneSessions } from './support/taskPane.js';

const pane = taskPaneSessions();
let work: string;
let inputPath: string;
let inputBytes: Uint8Array;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'yanxiu-e2e-'));
  const host = await XlsxHost.create();
  await insertSample(host);
  inputBytes = await host.save();
  inputPath = path.join(work, '示例学校.xlsx');
  writeFileSync(inputPath, inputBytes);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function openPage(office: OfficeJs): Promise<Page> {
  const page = await pane.open(office);
  await page.getByText('独立网页版（未连接 Excel）').waitFor();
  return page;
}

async function openInput(page: Page): Promise<void> {
  await page.getByLabel('选择 .xlsx 文件').setInputFiles(inputPath);
  await page.getByText('62 人').waitFor();
}

/** Every sheet's values, with the run-time row of 计算记录 left out (the clock differs). */
async function sheetValues(bytes: Uint8Array): Promise<Record<string, CellValue[][]>> {
  const host = await XlsxHost.open(bytes);
  const out: Record<string, CellValue[][]> = {};
  for (const { name } of await host.listSheets()) {
    const rows = (await host.readSheet(name)).rows;
    out[name] = rows.filter((row) => row[0] !== '计算时间');
  }
  return out;
}

describe('standalone page', () => {
  it('scores an opened .xlsx and downloads the same workbook the file host writes', async () => {
    const page = await openPage('local');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-standalone-start.png'), fullPage: true });
    await openInput(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-standalone.png'), fullPage: true });

    await page.getByRole('tab', { name: '2 计算' }).click();
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('tab', { name: '3 结果', selected: true }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载计算结果（.xlsx）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('示例学校-考核结果.xlsx');
    const downloaded = new Uint8Array(readFileSync(await download.path()));

    const expected = await XlsxHost.open(inputBytes);
    await run(expected, { now: new Date() });
    const want = await sheetValues(await expected.save());
    const got = await sheetValues(downloaded);
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    for (const name of OUTPUT_SHEET_NAMES) expect(Object.keys(got)).toContain(name);
    for (const name of Object.keys(want)) {
      const rows = want[name]!;
      expect(got[name]!.length, name).toBe(rows.length);
      rows.forEach((row, r) => expect(got[name]![r], `${name} row ${r + 1}`).toEqual(row));
    }
  });

  it('says a picked file that is no workbook cannot be opened (the file is read in the file worker)', async () => {
    const page = await openPage('aborted');
    const notXlsx = path.join(work, '不是工作簿.xlsx');
    writeFileSync(notXlsx, '这不是 Excel 文件');
    await page.getByLabel('选择 .xlsx 文件').setInputFiles(notXlsx);
    await page.getByText('无法打开这个文件。').waitFor();
    // And the next pick opens a real one.
    await openInput(page);
  });

  it('still works when Office.js cannot be loaded at all', async () => {
    const page = await openPage('aborted');
    await openInput(page);
    await page.getByRole('table', { name: '标准工作表' }).waitFor();
    expect(pane.requests().filter((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toHaveLength(1);
  });

  it('index.html (the web page) never asks for Office.js, so a CDN that hangs cannot keep it blank', async () => {
    const page = await pane.open('hanging', undefined, 'index.html');
    // Well inside the pane's 12 s wait for Office.onReady: the web page does not wait at all.
    await page.getByText('独立网页版（未连接 Excel）').waitFor({ timeout: 3000 });
    await openInput(page);
    await page.getByRole('table', { name: '标准工作表' }).waitFor();
    expect(pane.requests().filter((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
  });

  it('offers a blank template to download when no file is open', async () => {
    const page = await openPage('aborted');
    await page.getByRole('button', { name: '插入标准模板' }).click();
    await page.getByText(/已插入 \d+ 张工作表/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载此工作簿' }).click()]);
    expect(download.suggestedFilename()).toBe('研修考核模板.xlsx');
    const sheets = await (await XlsxHost.open(new Uint8Array(readFileSync(await download.path())))).listSheets();
    expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['教师名册', '签到表', '考核规则']));
  });
});
