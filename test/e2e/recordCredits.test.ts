/**
 * 登记本学期学分 (SPEC §7) in the task pane inside "Excel" and on the standalone page: offered on the
 * result step, nothing written before the confirmation that names the rows, then 学分登记 holds this
 * term's rows (on the page: in the workbook it downloads).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { insertSample } from '../../src/app/insertSample.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { fakeExcelScript } from './support/bundle.js';
import { taskPaneSessions } from './support/taskPane.js';

const pane = taskPaneSessions();
let fake: string;

beforeAll(async () => {
  fake = await fakeExcelScript();
});

const sheets = (page: Page): Promise<string[]> =>
  page.evaluate('window.__book.sheets.map((s) => s.name)') as Promise<string[]>;

describe('登记本学期学分 in Excel', () => {
  it('confirms which rows it adds, then writes 学分登记 and nothing else', async () => {
    const page = await pane.open({ body: '/* office.js: the test double is already installed */' }, fake);
    await page.getByRole('button', { name: '插入示例数据' }).click();
    await page.getByText('62 人').waitFor();
    await page.getByRole('button', { name: '下一步：计算' }).click();
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('tab', { name: '3 结果', selected: true }).waitFor();

    await page.getByRole('button', { name: '登记本学期学分' }).click();
    await page.getByText(/将新建“学分登记”工作表并写入 2023-2024 第一学期 的学分 \d+ 行，不改动其他行。/).waitFor();
    expect(await sheets(page)).not.toContain('学分登记');
    await page.getByRole('button', { name: '确认登记' }).click();
    await page.getByText(/已在“学分登记”登记 2023-2024 第一学期 的学分 \d+ 行。/).waitFor();
    expect(await sheets(page)).toContain('学分登记');

    // Again: the same rows are replaced, not added.
    await page.getByRole('button', { name: '登记本学期学分' }).click();
    await page.getByText(/将在“学分登记”中添加 2023-2024 第一学期 的学分 (\d+) 行（替换此前登记的同学期 \1 行），不改动其他行。/).waitFor();

    // An input sheet changed: going back to 检查数据 checks the workbook again (it reads: syncs), once.
    const syncs = (): Promise<number> => page.evaluate('window.__book.syncs') as Promise<number>;
    await page.getByRole('button', { name: '取消' }).click();
    const before = await syncs();
    await page.getByRole('tab', { name: '1 检查数据' }).click();
    await page.waitForFunction((n) => (window as unknown as { __book: { syncs: number } }).__book.syncs > n, before);
    await page.getByText('62 人').waitFor();
  });
});

describe('登记本学期学分 on the standalone page', () => {
  it('records in the page’s workbook (the file worker), and the download holds 学分登记', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'yanxiu-credits-'));
    try {
      const host = await XlsxHost.create();
      await insertSample(host);
      const input = path.join(work, '示例学校.xlsx');
      writeFileSync(input, await host.save());
      const page = await pane.open('local');
      await page.getByText('独立网页版（未连接 Excel）').waitFor();
      await page.getByLabel('选择 .xlsx 文件').setInputFiles(input);
      await page.getByText('62 人').waitFor();
      await page.getByRole('tab', { name: '2 计算' }).click();
      await page.getByRole('button', { name: '开始计算' }).click();
      await page.getByRole('tab', { name: '3 结果', selected: true }).waitFor();

      await page.getByRole('button', { name: '登记本学期学分' }).click();
      await page.getByRole('button', { name: '确认登记' }).click();
      await page.getByText(/请点“下载计算结果”保存含学分登记的工作簿。/).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载计算结果（.xlsx）' }).click(),
      ]);
      const saved = await XlsxHost.open(new Uint8Array(readFileSync(await download.path())));
      const ledger = (await saved.readSheet('学分登记')).rows;
      expect(ledger[0]).toEqual(['工号', '姓名', '学年', '学期', '类别', '学分', '来源']);
      expect(ledger.slice(1).every((r) => r[6] === '研修考核助手 2023-2024 第一学期')).toBe(true);
      expect(ledger.length).toBeGreaterThan(62);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
