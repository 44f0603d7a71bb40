/**
 * The standalone page's whole flow as a person does it: pick the sample school, check, score,
 * download, and the downloaded copy holds every output sheet with one row per teacher.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost.js';
import { OUTPUT_SHEET_NAMES } from '../../../src/sheets/words/vocabulary.js';

/** Scores the 62-teacher sample at `inputPath` on an open standalone page and checks the download. */
export async function scoreSampleAndDownload(page: Page, inputPath: string): Promise<void> {
  await page.getByLabel('选择 .xlsx 文件').setInputFiles(inputPath);
  await page.getByText('62 人').waitFor();
  await page.getByRole('tab', { name: '2 计算' }).click();
  await page.getByRole('button', { name: '开始计算' }).click();
  await page.getByRole('tab', { name: '3 结果', selected: true }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载计算结果（.xlsx）' }).click()]);
  expect(download.suggestedFilename()).toBe('示例学校-考核结果.xlsx');

  const scored = await XlsxHost.open(new Uint8Array(readFileSync(await download.path())));
  const names = (await scored.listSheets()).map((s) => s.name);
  for (const name of OUTPUT_SHEET_NAMES) expect(names).toContain(name);
  expect((await scored.readSheet('考核结果')).rows.length).toBe(3 + 62);
}
