/**
 * Compute (app/compute.ts) in a Web Worker: one fresh worker per run, terminated when the run ends
 * or is cancelled — terminate() stops the engine wherever it is, which a flag checked between stages
 * cannot. Where workers are missing (old hosts, tests in Node) the run computes in place.
 * 检查数据 in Excel reads the tables here (Office.js) and checks them in the same kind of worker.
 */
import { type Compute, computeInPlace } from '../app/compute.js';
import type { Host } from '../app/host.js';
import { type InspectOptions, inspect, readInputTables } from '../app/inspect.js';
import { RunCancelled } from '../app/runCancelled.js';
import type { InspectReport } from '../app/types.js';
import type { OutputSheet } from '../sheets/output.js';
import type { Table } from '../sheets/table.js';
import { Assembler, nextTask, tablePieces } from './pieces.js';
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

interface Call<T> {
  signal?: AbortSignal | undefined;
  onStage?: ((stage: Extract<WorkerReply, { kind: 'stage' }>['stage']) => void) | undefined;
  /** The answer in a final reply (with the sheets that came in pieces before it), or undefined for a reply that is not final. */
  answer(reply: WorkerReply, sheets: OutputSheet[]): T | undefined;
}

/**
 * `request` answered by a new scoring worker, which is terminated when the call settles. `tables` go
 * first, in pieces, yielding to the page between them (pieces.ts); the request follows with none.
 */
function inWorker<T>(request: WorkerRequest, tables: readonly Table[], call: Call<T>): Promise<T> {
  if (call.signal?.aborted === true) return Promise.reject(new RunCancelled());
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./scoringWorker.ts', import.meta.url), { type: 'module', name: 'yanxiu-scoring' });
    let settled = false;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      call.signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = (): void => finish(() => reject(new RunCancelled()));
    call.signal?.addEventListener('abort', onAbort, { once: true });
    const received = new Assembler();
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (settled) return;
      if (reply.kind === 'piece') received.add(reply.piece);
      else if (reply.kind === 'stage') {
        // The caller's stage callback throws RunCancelled when 取消 was pressed meanwhile.
        try {
          call.onStage?.(reply.stage);
        } catch (e) {
          finish(() => reject(e));
        }
      } else if (reply.kind === 'failed') finish(() => reject(Object.assign(new Error(reply.message), { stack: reply.stack })));
      else {
        const answer = call.answer(reply, received.sheets);
        if (answer !== undefined) finish(() => resolve(answer));
      }
    });
    worker.addEventListener('error', (event) =>
      finish(() => reject(Object.assign(new Error(`scoring worker failed: ${event.message}`), { name: 'WorkerFailed' }))),
    );
    void (async () => {
      for (const piece of tablePieces(tables)) {
        if (settled) return; // cancelled (or failed) while sending
        worker.postMessage(piece);
        await nextTask();
      }
      if (!settled) worker.postMessage(request);
    })();
  });
}

export const computeInWorker: Compute = (input, options) => {
  if (typeof Worker === 'undefined') return computeInPlace(input, options);
  return inWorker({ op: 'run', input: { ...input, tables: [] } }, input.tables, {
    signal: options.signal,
    onStage: options.onStage,
    answer: (r, sheets) => (r.kind === 'done' ? { ...r.output, sheets } : undefined),
  });
};

/**
 * 检查数据 with the reading here (the host may be Office.js, which lives on this thread) and the
 * checking — readWorkbook, seconds at 20,000 teachers — in a worker. The report comes back cut down
 * (trimReport.ts trimInspect). Where workers are missing it checks in place.
 */
export async function inspectInWorker(host: Host, options: InspectOptions = {}): Promise<InspectReport> {
  if (typeof Worker === 'undefined') return inspect(host, options);
  const ownOutputs = await host.outputSheets?.();
  const tables = await readInputTables(host, ownOutputs);
  const input = {
    tables: [],
    options: {
      now: options.now ?? new Date(),
      ...(options.rulesOverride === undefined ? {} : { rulesOverride: options.rulesOverride }),
      ...(ownOutputs === undefined ? {} : { ownOutputs }),
    },
  };
  return inWorker({ op: 'inspect', input }, tables, { answer: (r) => (r.kind === 'inspected' ? r.report : undefined) });
}
