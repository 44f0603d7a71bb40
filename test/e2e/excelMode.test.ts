/**
 * The task pane inside "Excel": the in-memory Excel double is injected before the page loads and
 * Office.js is replaced by nothing, so the page sees Excel. Drives the three steps, an issue
 * click, cancel, template insertion; no request may leave the page's origin.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fakeExcelScript } from './support/bundle.js';
import { SCREENSHOTS } from './support/paths.js';
import { taskPaneSessions } from './support/taskPane.js';

interface PageBook {
  sheets: { name: string }[];
  names: { name: string; visible: boolean }[];
  selection: { sheet: string; address: string } | null;
  activeSheet: string | null;
  formulasCreated: string[];
  syncDelayMs: number;
}
const book = <T>(page: Page, pick: (b: PageBook) => T): Promise<T> =>
  page.evaluate(`(${pick.toString()})(window.__book)`) as Promise<T>;

const pane = taskPaneSessions();
let fake: string;

beforeAll(async () => {
  fake = await fakeExcelScript();
});

async function openPane(): Promise<Page> {
  return pane.open({ body: '/* office.js: the test double is already installed */' }, fake);
}

describe('task pane in Excel', () => {
  it('checks, computes, shows results and jumps to cells', async () => {
    const page = await openPane();
    // An empty workbook: the roster is missing, so it cannot score yet.
    await expect.poll(() => page.getByText('暂时不能计算').count()).toBe(1);

    await page.getByRole('button', { name: '插入示例数据' }).click();
    await page.getByText(/已插入 7 张工作表/).waitFor();
    await page.getByText('62 人').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-inspect.png'), fullPage: true });

    // Clicking an issue's place selects that cell in the workbook.
    const place = page.getByRole('button', { name: /第 \d+ 行/ }).first();
    const label = await place.textContent();
    await place.click();
    await expect.poll(() => book(page, (b) => b.selection)).not.toBeNull();
    const selection = await book(page, (b) => b.selection);
    expect(label).toContain(selection!.sheet);
    expect(selection!.address).toMatch(new RegExp(`^[A-Z]+${/第 (\d+) 行/.exec(label ?? '')?.[1]}(:|$)`));

    // 计算, slowed down: the stage shows, and 取消 stops before anything is written.
    await page.getByRole('button', { name: '下一步：计算' }).click();
    await book(page, (b) => (b.syncDelayMs = 400));
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText(/正在读取工作表/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-run.png'), fullPage: true });
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByText('已取消，工作簿没有被修改。').waitFor();
    expect(await book(page, (b) => b.sheets.some((s) => s.name === '考核结果'))).toBe(false);

    await book(page, (b) => (b.syncDelayMs = 0));
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('tab', { name: '3 结果', selected: true }).waitFor();
    await page.getByRole('table', { name: '各教研组等次人数' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-result.png'), fullPage: true });
    const sheets = await book(page, (b) => b.sheets.map((s) => s.name));
    expect(sheets).toEqual(expect.arrayContaining(['考核结果', '分组统计', '评分明细', '数据问题', '上报学时', '图表', '计算记录']));
    expect(await book(page, (b) => b.formulasCreated)).toEqual([]);

    await page.getByRole('button', { name: '查看数据问题' }).click();
    await expect.poll(() => book(page, (b) => b.activeSheet)).toBe('数据问题');
    await page.getByRole('button', { name: '查看考核结果' }).click();
    await expect.poll(() => book(page, (b) => b.selection)).toEqual({ sheet: '考核结果', address: 'A1' });
  });

  it('inserts the standard template without touching existing sheets', async () => {
    const page = await openPane();
    await page.getByRole('button', { name: '插入标准模板' }).click();
    await page.getByText(/已插入 \d+ 张工作表/).waitFor();
    const names = await book(page, (b) => b.sheets.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['Sheet1', '教师名册', '签到表', '听课记录', '获奖登记', '考核登记', '考核规则']));
    await page.getByRole('button', { name: '插入标准模板' }).click();
    await page.getByText(/已存在、未改动/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-template.png'), fullPage: true });
  });

  it('is usable from the keyboard alone', async () => {
    const page = await openPane();
    await page.getByText('暂时不能计算').waitFor();
    // Tab to the step tabs and move with the arrow keys, as Fluent's TabList allows.
    await page.getByRole('tab', { name: '1 检查数据' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: '2 计算', selected: true }).waitFor();
    await page.getByRole('button', { name: '开始计算' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/数据中有错误，无法计算/).waitFor();
  });
});
