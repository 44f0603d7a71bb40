/**
 * The page's inflating worker (issue 23): the pane starts it beside the file worker and hands each one
 * end of a MessageChannel; the file worker then has its large parts inflated there, and the parts it
 * writes deflated there (a second channel). The workbook reads the same as opened directly, with the worker or without it (it failed to start), and closing the
 * workbook ends both workers. The workers run in-process (Node has no Web Workers), the channel is
 * Node's own MessageChannel.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertSample } from '../../src/app/insertSample.js';
import { HELPED_FROM_BYTES } from '../../src/hosts/xlsx/package/inflationProtocol.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { WorkerFileHost } from '../../src/taskpane/workerFileHost.js';
import { editPart, entryLayouts } from '../robustness/hostileFiles.js';
import { InProcessWorker } from './support/inProcessWorker.js';

const realWorker = (globalThis as { Worker?: unknown }).Worker;
const ROSTER = 'xl/worksheets/sheet1.xml';
let large: Uint8Array;

/** The sample workbook with rows of random digits appended to a sheet, so it deflates past HELPED_FROM_BYTES. */
async function workbookWithALargeSheet(): Promise<Uint8Array> {
  const host = await XlsxHost.create();
  await insertSample(host);
  let x = 7;
  const digits = (): string => {
    let out = '';
    for (let i = 0; i < 40; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      out += String((x >>> 16) % 10);
    }
    return out;
  };
  return editPart(await host.save(), ROSTER, (xml) => {
    const last = Math.max(0, ...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    const rows: string[] = [];
    for (let r = last + 1; r <= last + 60_000; r++) rows.push(`<row r="${r}"><c r="Z${r}" t="inlineStr"><is><t>${digits()}</t></is></c></row>`);
    return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
  });
}

async function everySheet(host: { listSheets(): Promise<{ name: string }[]>; readSheet(name: string): Promise<unknown> }): Promise<unknown[]> {
  const sheets = await host.listSheets();
  const tables: unknown[] = [];
  for (const sheet of sheets) tables.push(await host.readSheet(sheet.name));
  return tables;
}

beforeAll(async () => {
  large = await workbookWithALargeSheet();
  (globalThis as { Worker?: unknown }).Worker = InProcessWorker;
});
afterAll(() => {
  (globalThis as { Worker?: unknown }).Worker = realWorker;
});
beforeEach(() => InProcessWorker.reset());

describe('the page’s inflating worker', () => {
  it('is given a part past HELPED_FROM_BYTES deflated in this test', () => {
    const roster = entryLayouts(large).find((entry) => entry.name === ROSTER);
    expect(roster?.compressedSize).toBeGreaterThan(HELPED_FROM_BYTES);
  });

  it('starts beside the file worker when a workbook is opened; the workbook reads as opened directly', async () => {
    const host = await WorkerFileHost.open(new File([large as BlobPart], 'large.xlsx'));
    expect(InProcessWorker.started).toEqual(['file', 'inflate']);
    expect(InProcessWorker.fileOps.slice(0, 2)).toEqual(['inflater', 'open']);
    expect(await everySheet(host)).toEqual(await everySheet(await XlsxHost.open(large)));
    expect(InProcessWorker.inflateRequests).toContain('inflate');
    host.close();
    expect(InProcessWorker.live()).toBe(0);
  });

  it('leaves the file worker to inflate by itself when it fails to start', async () => {
    InProcessWorker.inflateFails = true;
    const host = await WorkerFileHost.open(new File([large as BlobPart], 'large.xlsx'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(InProcessWorker.fileOps).toContain('inflaterLost');
    expect(InProcessWorker.inflateRequests).toEqual([]);
    expect(await everySheet(host)).toEqual(await everySheet(await XlsxHost.open(large)));
    host.close();
    expect(InProcessWorker.live()).toBe(0);
  });

  it('deflates the parts a run writes; the saved workbook reads as one saved by the file worker alone', async () => {
    const now = new Date(2026, 11, 7, 9, 30);
    const scoredAndSaved = async (): Promise<unknown[]> => {
      const host = await WorkerFileHost.open(new File([large as BlobPart], 'large.xlsx'));
      await host.run({ now });
      const saved = new Uint8Array(await (await host.save()).arrayBuffer());
      host.close();
      return everySheet(await XlsxHost.open(saved));
    };
    const helped = await scoredAndSaved();
    expect(InProcessWorker.inflateRequests).toEqual(expect.arrayContaining(['deflate-chunk', 'deflate-end']));
    InProcessWorker.reset();
    InProcessWorker.inflateFails = true;
    const alone = await scoredAndSaved();
    expect(InProcessWorker.inflateRequests).toEqual([]);
    expect(helped).toEqual(alone);
  });

  it('is not started for a new workbook or a district run', async () => {
    const created = await WorkerFileHost.create();
    created.close();
    WorkerFileHost.forDistrict().close();
    expect(InProcessWorker.started).toEqual(['file', 'file']);
  });
});
