/**
 * The browser floor is met by the code (issue 22.5): with every built-in newer than Chrome 80 /
 * Safari 14.1 deleted from the page and from its workers (build/browserFloor.json), the standalone
 * web page opens a school's workbook, checks it, scores it and downloads the scored copy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSample } from '../../src/app/insertSample.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { scoreSampleAndDownload } from './support/standaloneFlow.js';
import { REMOVED, removeNewBuiltIns } from './support/browserFloor.js';
import { taskPaneSessions } from './support/taskPane.js';

const pane = taskPaneSessions();
let work: string;
let inputPath: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'yanxiu-floor-'));
  const host = await XlsxHost.create();
  await insertSample(host);
  inputPath = path.join(work, '示例学校.xlsx');
  writeFileSync(inputPath, await host.save());
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the standalone page at the browser floor (Chrome 80 / Safari 14.1)', () => {
  it('scores and downloads with the newer built-ins deleted from the page and its workers', async () => {
    const strip = removeNewBuiltIns();
    const page = await pane.open('aborted', strip, 'index.html');
    // Every script a worker loads (its own and the chunks it imports) starts by deleting them too.
    const workerScripts: string[] = [];
    await page.route(/\/(yanxiu-[a-z]+|\d+)\.js$/, async (route) => {
      const response = await route.fetch();
      workerScripts.push(new URL(route.request().url()).pathname);
      await route.fulfill({ response, body: strip + (await response.text()) });
    });
    // The page's own scope, after the init script: every one of them is gone (WeakRef is back, as the
    // page's stand-in for Fluent UI).
    const left = await page.evaluate(
      (removed) =>
        removed
          .filter(([owner = '', key = '']) => {
            const object: unknown =
              owner === 'TypedArray.prototype'
                ? Object.getPrototypeOf(Int8Array.prototype)
                : owner.split('.').reduce<unknown>((o, k) => (k === 'self' ? o : (o as Record<string, unknown> | undefined)?.[k]), globalThis);
            return typeof object === 'object' || typeof object === 'function' ? object !== null && key in object : false;
          })
          .map(([owner, key]) => `${owner}.${key}`),
      REMOVED.filter(([, key]) => key !== 'WeakRef').map(([owner, key]) => [owner, key]),
    );
    expect(left).toEqual([]);

    await page.getByText('独立网页版（未连接 Excel）').waitFor();
    await scoreSampleAndDownload(page, inputPath);
    // The page's workbook worker (which also scores, in the web page) ran with the built-ins deleted.
    expect(workerScripts).toContain('/yanxiu-file.js');
  });
});
