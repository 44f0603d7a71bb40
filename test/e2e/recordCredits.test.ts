/**
 * 登记本学期学分 in the task pane inside "Excel" (SPEC §7): offered on the result step, nothing written
 * before the confirmation that names the rows, then 学分登记 holds this term's rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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
  });
});
