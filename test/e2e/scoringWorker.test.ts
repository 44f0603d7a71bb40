/**
 * Scoring off the UI thread (issue 15 item 8): the standalone page opens, checks and scores the
 * 20,000-teacher bench workbook (bench/generate.ts, ~50 MB, ~1,000,000 sign-in rows) while a
 * PerformanceObserver watches for long tasks; none may pass 200 ms, from the file pick to 检查数据
 * showing the teachers, and from 开始计算 to the result. 取消 in the middle of the same run answers at
 * once and leaves the workbook unscored.
 *
 * Opt-in: `YANXIU_E2E_LARGE=1 npm run test:e2e`. Opening and checking the ~50 MB workbook in the page
 * takes about a minute and scoring it another one or two on a 2-core machine (the file is opened twice,
 * ~5 min for this file), more than the browser suite should cost on every CI run; without the variable
 * the suite skips with that reason printed. The measured numbers are in docs/performance.md, and
 * `npm run bench` measures the same page at 2,000 and 20,000 teachers (bench/stages/page.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureBenchWorkbook } from '../../bench/generate.js';
import { taskPaneSessions } from './support/taskPane.js';

const TEACHERS = 20_000;
const BUDGET_MS = 200;
const pane = taskPaneSessions();
let file: string;

// Long tasks of the page's main thread (the workers' own work is not theirs), kept from the start.
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

interface LongTask {
  start: number;
  duration: number;
}

const LARGE = process.env.YANXIU_E2E_LARGE === '1';
if (!LARGE) console.info('skipped: the 20,000-teacher page tests run with YANXIU_E2E_LARGE=1 (~5 minutes per run; see the file header)');

beforeAll(async () => {
  if (!LARGE) return;
  file = (await ensureBenchWorkbook(TEACHERS)).file;
}, 900_000);

/** The page with the bench workbook opened and checked (检查数据 shows the teachers); `picked` is when the file was chosen. */
async function openBenchFile(): Promise<{ page: Page; picked: number; opened: number }> {
  const page = await pane.open('aborted', OBSERVE_LONG_TASKS);
  await page.getByText('独立网页版（未连接 Excel）').waitFor();
  const picked = await now(page);
  await page.getByLabel('选择 .xlsx 文件').setInputFiles(file);
  await page.getByText(`${TEACHERS} 人`).waitFor({ timeout: 600_000 });
  const opened = await now(page);
  await page.getByRole('tab', { name: '2 计算' }).click();
  return { page, picked, opened };
}

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());
const longTasksSince = (page: Page, since: number): Promise<LongTask[]> =>
  page.evaluate((t) => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((task) => task.start >= t), since);

describe.skipIf(!LARGE)(`scoring ${TEACHERS.toLocaleString('en')} teachers in the page`, () => {
  it(`never blocks the UI thread for more than ${BUDGET_MS} ms from file pick to result`, async () => {
    const { page, picked, opened } = await openBenchFile();
    const started = await now(page);
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('tab', { name: '3 结果', selected: true }).waitFor({ timeout: 900_000 });
    const ended = await now(page);
    const longest = (tasks: LongTask[]): number => Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
    const opening = (await longTasksSince(page, picked)).filter((t) => t.start < opened);
    const scoring = await longTasksSince(page, started);
    console.info(
      `opened and checked ${TEACHERS} teachers in ${Math.round(opened - picked)} ms (${opening.length} long tasks, longest ${longest(opening)} ms); ` +
        `scored in ${Math.round(ended - started)} ms (${scoring.length} long tasks, longest ${longest(scoring)} ms)`,
    );
    expect(longest(opening)).toBeLessThanOrEqual(BUDGET_MS);
    expect(longest(scoring)).toBeLessThanOrEqual(BUDGET_MS);
  }, 1_500_000);

  it('stops at 取消 and leaves the workbook unscored', async () => {
    const { page } = await openBenchFile();
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('progressbar').waitFor();
    const pressed = await now(page);
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByText('已取消，工作簿没有被修改。').waitFor({ timeout: 5_000 });
    const answered = await now(page);
    console.info(`取消 answered in ${Math.round(answered - pressed)} ms`);
    // The page is free again at once: a new run can start.
    expect(await page.getByRole('button', { name: '开始计算' }).isEnabled()).toBe(true);
  }, 900_000);
});
