/**
 * The page's worker-held workbook lets go of its worker when closed (a file picked after another, a
 * second district run): the worker ends, a call still waiting rejects, and so does any later call.
 */
import { describe, expect, it } from 'vitest';
import { WorkerFileHost } from '../../src/taskpane/workerFileHost.js';
import type { PickedSchoolFile } from '../../src/taskpane/services.js';
import type { FileReply, FileRequest } from '../../src/taskpane/workerProtocol.js';

class FakeWorker extends EventTarget {
  static all: FakeWorker[] = [];
  terminated = 0;
  posted: FileRequest[] = [];
  constructor() {
    super();
    FakeWorker.all.push(this);
  }
  postMessage(message: FileRequest): void {
    this.posted.push(message);
    // 'create' is answered at once; everything else waits (a long read of a big file).
    if (message.op === 'create') queueMicrotask(() => this.reply({ id: message.id, kind: 'done', value: null }));
  }
  terminate(): void {
    this.terminated++;
  }
  reply(data: FileReply): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}
(globalThis as { Worker?: unknown }).Worker = FakeWorker;

describe('WorkerFileHost.close', () => {
  it('ends the worker and rejects the call still waiting and every later one', async () => {
    const host = await WorkerFileHost.create();
    const worker = FakeWorker.all.at(-1)!;
    const waiting = host.listSheets();
    host.close();
    expect(worker.terminated).toBe(1);
    await expect(waiting).rejects.toThrow('closed');
    await expect(host.readSheet('教师名册')).rejects.toThrow('closed');
    expect(worker.posted.map((m) => m.op)).toEqual(['create', 'listSheets']);
  });

  it('gives each workbook its own worker, so closing one leaves the other working', async () => {
    const first = await WorkerFileHost.create();
    const second = await WorkerFileHost.create();
    const [a, b] = FakeWorker.all.slice(-2);
    first.close();
    expect(a!.terminated).toBe(1);
    expect(b!.terminated).toBe(0);
    const answer = second.listSheets();
    const asked = b!.posted.at(-1)!;
    b!.reply({ id: asked.id, kind: 'done', value: [{ name: '教师名册', hidden: false }] });
    await expect(answer).resolves.toEqual([{ name: '教师名册', hidden: false }]);
  });
});

describe('WorkerFileHost.consolidate', () => {
  it('ends the page’s school worker once the last school is scored, before the district is laid out', async () => {
    const host = await WorkerFileHost.create();
    const file = FakeWorker.all.at(-1)!;
    const blob = new Blob(['x']);
    const picked: PickedSchoolFile = { file: '一中.xlsx', blob, bytes: async () => new Uint8Array() };
    const answer = host.consolidate([picked], {});
    const asked = file.posted.at(-1)!;
    expect(asked.op).toBe('consolidate');
    const job = { file: '一中.xlsx', bytes: new Uint8Array([1, 2]), sha256: 'ab', now: new Date() };
    file.reply({ id: asked.id, kind: 'scoreSchool', ticket: 1, job });
    const school = FakeWorker.all.at(-1)!;
    expect(school).not.toBe(file);
    expect(school.terminated).toBe(0);
    file.reply({ id: asked.id, kind: 'scoringDone' });
    expect(school.terminated).toBe(1);
    file.reply({ id: asked.id, kind: 'done', value: 'report' });
    await expect(answer).resolves.toBe('report');
    expect(file.terminated).toBe(0);
  });
});
