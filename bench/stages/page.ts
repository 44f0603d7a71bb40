/**
 * The standalone page end to end in Chromium (issue 15 item 8): the built page (dist/) served on
 * localhost, the bench workbook picked in 打开 .xlsx 文件, 开始计算, and 下载计算结果 — timed from the
 * file pick to 检查数据 showing the teachers, to the result step, and to the download being ready, with
 * the longest task the page's UI thread ran meanwhile (PerformanceObserver 'longtask').
 * Driven with playwright-core and the browser tests' helpers (test/e2e/support).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, openSession } from '../../test/e2e/support/browser.js';
import { DIST } from '../../test/e2e/support/paths.js';
import { serveDirectory } from '../../test/e2e/support/serveDirectory.js';

export interface PageMeasure {
  /** File pick → 检查数据 shows “N 人” (the workbook read and checked in the file worker). */
  openMs: number;
  /** File pick → the result step (open, then 开始计算 → 3 结果). */
  resultMs: number;
  /** File pick → the scored copy's download ready. */
  downloadMs: number;
  /** The longest task of the page's UI thread between the pick and the download, and how many passed 50 ms. */
  longestTaskMs: number;
  longTasks: number;
}

const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** Why the page rows cannot be measured here, or null when they can. */
export function pageSkipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH) — skipped`;
  if (!existsSync(join(DIST, 'taskpane.html'))) return 'dist/ is missing (run `npm run build`) — skipped';
  return null;
}

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * `dist`: the build to serve (default dist/; another directory to compare two builds in one session).
 * @example const { downloadMs } = await measurePage('bench/.cache/bench-2000.xlsx', 2000);
 */
export async function measurePage(file: string, teachers: number, timeoutMs = 20 * 60_000, dist = DIST): Promise<PageMeasure> {
  const server = await serveDirectory(dist);
  const session = await openSession('aborted', OBSERVE_LONG_TASKS);
  try {
    const { page } = session;
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText('独立网页版（未连接 Excel）').waitFor({ timeout: 60_000 });
    const picked = await now(page);
    await page.getByLabel('选择 .xlsx 文件').setInputFiles(file);
    await page.getByText(`${teachers} 人`).waitFor({ timeout: timeoutMs });
    const opened = await now(page);
    await page.getByRole('tab', { name: '2 计算' }).click();
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('tab', { name: '3 结果', selected: true }).waitFor({ timeout: timeoutMs });
    const scored = await now(page);
    const download = page.waitForEvent('download', { timeout: timeoutMs });
    await page.getByRole('button', { name: '下载计算结果（.xlsx）' }).click();
    await (await download).path();
    const downloaded = await now(page);
    const tasks = await page.evaluate(
      (t) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((task) => task.start >= t),
      picked,
    );
    if (session.problems.length > 0) throw new Error(`the page logged errors: ${session.problems.join(' | ')}`);
    return {
      openMs: opened - picked,
      resultMs: scored - picked,
      downloadMs: downloaded - picked,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
    };
  } finally {
    await session.close();
    await server.close();
  }
}

/**
 * One measure of several runs of the page: the timings of the run whose download was ready first, and
 * the UI thread's longest task over all of them (the 200 ms budget holds for every run, not the best).
 */
export function bestPage(runs: readonly PageMeasure[]): PageMeasure {
  if (runs.length === 0) throw new Error('bestPage: no run');
  const fastest = runs.reduce((a, b) => (b.downloadMs < a.downloadMs ? b : a));
  return {
    ...fastest,
    longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
    longTasks: Math.max(...runs.map((r) => r.longTasks)),
  };
}
