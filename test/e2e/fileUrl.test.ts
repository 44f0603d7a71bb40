/**
 * The web page where the school has no server (issue 22.4): dist/index.html opened from a folder or an
 * e-mailed copy (`file://`) opens a workbook, scores it and downloads the scored copy. Browsers refuse
 * workers to such a page (origin `null`), so it computes on its own thread; nothing is fetched from
 * anywhere but the folder it was opened from.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insertSample } from '../../src/app/insertSample.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { scoreSampleAndDownload } from './support/standaloneFlow.js';
import { type Session, openSession } from './support/browser.js';
import { DIST, requireBuild } from './support/paths.js';

let work: string;
let inputPath: string;
let session: Session | null = null;

beforeAll(async () => {
  requireBuild();
  work = mkdtempSync(path.join(tmpdir(), 'yanxiu-file-url-'));
  const host = await XlsxHost.create();
  await insertSample(host);
  inputPath = path.join(work, '示例学校.xlsx');
  writeFileSync(inputPath, await host.save());
});
afterEach(async () => {
  await session?.close();
  session = null;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dist/index.html opened as a file (file://)', () => {
  it('scores an opened workbook and downloads the scored copy', async () => {
    session = await openSession('aborted');
    const { page } = session;
    const folder = pathToFileURL(DIST).href;
    await page.goto(`${folder}/index.html`);
    await page.getByText('独立网页版（未连接 Excel）').waitFor();

    await scoreSampleAndDownload(page, inputPath);

    // Only the folder and in-page blobs: no server, no CDN.
    expect(session.requests.filter((url) => !url.startsWith(`${folder}/`) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('says what 下载此工作簿 hands back before anything is scored', async () => {
    session = await openSession('aborted');
    const { page } = session;
    await page.goto(`${pathToFileURL(DIST).href}/index.html`);
    await page.getByLabel('选择 .xlsx 文件').setInputFiles(inputPath);
    await page.getByText('62 人').waitFor();
    await page.getByRole('button', { name: '下载此工作簿（未含计算结果）' }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
