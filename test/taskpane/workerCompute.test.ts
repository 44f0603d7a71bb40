/**
 * computeInWorker with a stand-in Worker: 取消 terminates the worker (the engine stops there and
 * then), stages reach the caller, the output resolves the run, and the worker always ends.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ComputeInput, ComputeOutput } from '../../src/app/compute.js';
import { RunCancelled } from '../../src/app/runCancelled.js';
import { computeInWorker, inspectInWorker } from '../../src/taskpane/workerCompute.js';
import type { InspectReport } from '../../src/app/types.js';
import { MemoryHost } from '../app/memoryHost.js';
import type { WorkerReply } from '../../src/taskpane/workerProtocol.js';

class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null;
  terminated = 0;
  posted: unknown[] = [];
  constructor(readonly url: URL) {
    super();
    FakeWorker.last = this;
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated++;
  }
  reply(data: WorkerReply): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const INPUT: ComputeInput = { tables: [], now: new Date('2024-01-31T08:00:00Z'), version: 'test' };
const OUTPUT = { inspect: {}, score: null, sheets: [] } as unknown as ComputeOutput;

(globalThis as { Worker?: unknown }).Worker = FakeWorker;
afterEach(() => {
  FakeWorker.last = null;
});

describe('computeInWorker', () => {
  it('sends the input to scoringWorker.ts and resolves with its output, then ends the worker', async () => {
    const stages: string[] = [];
    const running = computeInWorker(INPUT, { onStage: (s) => stages.push(s) });
    const worker = FakeWorker.last!;
    expect(worker.url.pathname.endsWith('/scoringWorker.ts')).toBe(true);
    expect(worker.posted).toEqual([{ op: 'run', input: INPUT }]);
    worker.reply({ kind: 'stage', stage: 'parse' });
    worker.reply({ kind: 'stage', stage: 'score' });
    worker.reply({ kind: 'done', output: OUTPUT });
    await expect(running).resolves.toEqual(OUTPUT);
    expect(stages).toEqual(['parse', 'score']);
    expect(worker.terminated).toBe(1);
  });

  it('terminates the worker mid-run when 取消 fires and rejects with RunCancelled', async () => {
    const abort = new AbortController();
    const running = computeInWorker(INPUT, { signal: abort.signal });
    const worker = FakeWorker.last!;
    worker.reply({ kind: 'stage', stage: 'score' });
    abort.abort();
    await expect(running).rejects.toBeInstanceOf(RunCancelled);
    expect(worker.terminated).toBe(1);
    // A late answer from the dead worker changes nothing.
    worker.reply({ kind: 'done', output: OUTPUT });
    expect(worker.terminated).toBe(1);
  });

  it('does not start a worker for a run already cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(computeInWorker(INPUT, { signal: abort.signal })).rejects.toBeInstanceOf(RunCancelled);
    expect(FakeWorker.last).toBeNull();
  });

  it('rethrows a failure inside the worker as an error here (our bug, not the user’s)', async () => {
    const running = computeInWorker(INPUT, {});
    FakeWorker.last!.reply({ kind: 'failed', message: 'boom', stack: 'Error: boom\n    at engine' });
    await expect(running).rejects.toThrow('boom');
    expect(FakeWorker.last!.terminated).toBe(1);
  });
});

describe('computeInWorker with big tables (the pane at 20,000 teachers)', () => {
  const big: ComputeInput = {
    ...INPUT,
    tables: [{ name: '签到表', rows: Array.from({ length: 25_000 }, (_, i) => ['T1', `2023-09-${(i % 28) + 1}`, '出勤']) }],
  };

  it('sends the tables in pieces, one task each, then the request without them', async () => {
    const running = computeInWorker(big, {});
    const worker = FakeWorker.last!;
    // Only the first piece goes in the caller's task: the rest wait for later tasks.
    expect(worker.posted).toHaveLength(1);
    await expect.poll(() => worker.posted.length).toBe(5);
    expect(worker.posted.map((m) => (m as { piece?: string; op?: string }).piece ?? (m as { op: string }).op)).toEqual(['table', 'rows', 'rows', 'rows', 'run']);
    expect(worker.posted.at(-1)).toEqual({ op: 'run', input: { ...big, tables: [] } });
    worker.reply({ kind: 'piece', piece: { piece: 'sheet', head: { name: '考核结果' }, length: 3 } });
    worker.reply({ kind: 'piece', piece: { piece: 'rows', start: 0, rows: [['教研组'], ['语文组']] } });
    worker.reply({ kind: 'piece', piece: { piece: 'rows', start: 2, rows: [['数学组']] } });
    worker.reply({ kind: 'done', output: OUTPUT });
    await expect(running).resolves.toEqual({ ...OUTPUT, sheets: [{ name: '考核结果', cells: [['教研组'], ['语文组'], ['数学组']] }] });
  });

  it('stops sending when 取消 fires mid-way', async () => {
    const abort = new AbortController();
    const running = computeInWorker(big, { signal: abort.signal });
    const worker = FakeWorker.last!;
    abort.abort();
    await expect(running).rejects.toBeInstanceOf(RunCancelled);
    await new Promise((r) => setTimeout(r, 20));
    expect(worker.posted).toHaveLength(1);
    expect(worker.terminated).toBe(1);
  });
});

describe('inspectInWorker (检查数据 in Excel)', () => {
  it('reads the input sheets here, checks them in the worker and resolves with its report', async () => {
    const host = new MemoryHost([{ name: '教师名册', rows: [['工号', '姓名', '教研组'], ['T1', '张三', '语文组']] }]);
    const now = new Date('2024-01-31T08:00:00Z');
    const checking = inspectInWorker(host, { now });
    await expect.poll(() => FakeWorker.last?.posted.length).toBe(3);
    const worker = FakeWorker.last!;
    expect(worker.url.pathname.endsWith('/scoringWorker.ts')).toBe(true);
    const { rows, ...head } = await host.readSheet('教师名册');
    // The table goes first, in pieces; the request follows without it.
    expect(worker.posted).toEqual([
      { piece: 'table', head, length: rows.length },
      { piece: 'rows', start: 0, rows },
      { op: 'inspect', input: { tables: [], options: { now } } },
    ]);
    const report = { canScore: true } as InspectReport;
    worker.reply({ kind: 'stage', stage: 'parse' });
    worker.reply({ kind: 'inspected', report });
    await expect(checking).resolves.toBe(report);
    expect(worker.terminated).toBe(1);
  });
});
