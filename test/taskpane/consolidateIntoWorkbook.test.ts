/**
 * 合并学校工作簿 in Excel (issue 22 item 7): the schools are read and the district laid out in a file
 * worker with no workbook, each school scored in a school worker, and only the district sheets come back
 * to the pane, which writes them through the Excel host. A school that crashes its worker is listed as
 * not scored and the next school goes on in a fresh worker. The workers here run in-process (Node has
 * no Web Workers) behind the same messages as in the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSample } from '../../src/app/insertSample.js';
import { run } from '../../src/app/run.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { DISTRICT_SHEET_NAMES } from '../../src/sheets/layout/district/layoutDistrict.js';
import { FakeBook } from '../hosts/excel/fakeExcel.js';
import { excelHosts } from '../hosts/excel/excelHosts.js';
import { InProcessWorker } from './support/inProcessWorker.js';
import { schoolFiles } from '../../src/taskpane/components/useDistrict.js';
import { consolidateIntoWorkbook } from '../../src/taskpane/consolidateIntoWorkbook.js';
import { WorkerFileHost } from '../../src/taskpane/workerFileHost.js';

const excelHostOn = excelHosts();
let raw: Uint8Array;
let scored: Uint8Array;
let teachersAlone: number;
const realWorker = (globalThis as { Worker?: unknown }).Worker;

beforeAll(async () => {
  const host = await XlsxHost.create();
  await insertSample(host);
  raw = await host.save();
  const again = await XlsxHost.open(raw);
  teachersAlone = (await run(again)).score?.result.teachers.length ?? 0;
  scored = await again.save();
  (globalThis as { Worker?: unknown }).Worker = InProcessWorker;
});
afterAll(() => {
  (globalThis as { Worker?: unknown }).Worker = realWorker;
});

function picked(files: [string, Uint8Array][]): File[] {
  return files.map(([name, bytes]) => new File([bytes as BlobPart], name, { lastModified: Date.UTC(2024, 0, 1) }));
}

describe('合并学校工作簿 in Excel', () => {
  it('scores every school in a school worker, lays out in a file worker without a workbook, and writes the sheets with the Excel host', async () => {
    InProcessWorker.reset();
    const book = new FakeBook();
    const excel = excelHostOn(book);
    const labels: string[] = [];
    const report = await consolidateIntoWorkbook(schoolFiles(picked([['A校.xlsx', raw], ['B校.xlsx', scored]])), excel, { onProgress: (p) => labels.push(p.label) });

    expect(report.scored).toBe(2);
    expect(report.written).toEqual(Object.fromEntries(DISTRICT_SHEET_NAMES.map((n) => [n, n])));
    for (const name of DISTRICT_SHEET_NAMES) expect(book.sheet(name)).toBeDefined();
    expect(book.values('全区教师').length - 1).toBe(2 * teachersAlone);
    // Nothing of a school is scored on the pane's thread: every school went to a school worker, and
    // the file worker never held a workbook (no 'open' or 'create').
    expect(InProcessWorker.jobs.map((j) => j.file)).toEqual(['A校.xlsx', 'B校.xlsx']);
    expect(InProcessWorker.fileOps).not.toContain('open');
    expect(InProcessWorker.fileOps).not.toContain('create');
    expect(InProcessWorker.started.filter((s) => s === 'school')).toHaveLength(1);
    // Every worker ended with the run.
    expect(InProcessWorker.live()).toBe(0);
    expect(labels.at(-2)).toBe('正在写入工作簿…');
    expect(labels.at(-1)).toBe('汇总完成');
  });

  it('lists a school that crashes its worker as not scored, and scores the next one in a fresh worker', async () => {
    InProcessWorker.reset();
    const book = new FakeBook();
    const excel = excelHostOn(book);
    const report = await consolidateIntoWorkbook(
      schoolFiles(picked([['A校.xlsx', raw], ['B校-崩溃.xlsx', new Uint8Array([1, 2, 3])], ['C校.xlsx', scored]])),
      excel,
      {},
    );
    expect(report.scored).toBe(2);
    const crashed = report.view.schools.find((s) => s.file === 'B校-崩溃.xlsx');
    expect(crashed?.outcome).toBe('failed');
    expect(crashed?.error).toContain('计算这所学校时程序中止（out of memory）');
    expect(crashed?.size).toBe(3);
    expect(report.view.schools.find((s) => s.file === 'C校.xlsx')?.outcome).toBe('scored');
    expect(InProcessWorker.started.filter((s) => s === 'school')).toHaveLength(2);
    expect(book.values('全区教师').length - 1).toBe(2 * teachersAlone);
    const summary = book.values('学校汇总').map((row) => row.join('|'));
    expect(summary.some((row) => row.includes('B校-崩溃.xlsx') && row.includes('程序中止'))).toBe(true);
  });

  it('stops at 取消: the workers end and nothing is written', async () => {
    InProcessWorker.reset();
    const book = new FakeBook();
    const excel = excelHostOn(book);
    const abort = new AbortController();
    const running = consolidateIntoWorkbook(schoolFiles(picked([['A校.xlsx', raw], ['B校.xlsx', scored]])), excel, {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.done === 1) abort.abort();
      },
    });
    await expect(running).rejects.toMatchObject({ name: 'RunCancelled' });
    expect(book.sheet('全区教师')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(InProcessWorker.live()).toBe(0);
  });
});

describe('合并学校工作簿 on the page', () => {
  it('scores each school in a school worker: a crash lists the school and the district workbook is still written', async () => {
    InProcessWorker.reset();
    const district = await WorkerFileHost.create();
    const report = await district.consolidate(schoolFiles(picked([['A校.xlsx', raw], ['B校-崩溃.xlsx', new Uint8Array([1, 2, 3])], ['C校.xlsx', scored]])), {});
    expect(report.scored).toBe(2);
    expect(report.view.schools.map((s) => s.outcome)).toEqual(['scored', 'failed', 'scored']);
    expect(InProcessWorker.jobs.map((j) => j.file)).toEqual(['A校.xlsx', 'B校-崩溃.xlsx', 'C校.xlsx']);
    const saved = await XlsxHost.open(new Uint8Array(await (await district.save() as Blob).arrayBuffer()));
    expect((await saved.listSheets()).map((s) => s.name)).toEqual(DISTRICT_SHEET_NAMES);
    district.close();
    expect(InProcessWorker.live()).toBe(0);
  });
});
