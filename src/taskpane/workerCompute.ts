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
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

interface Call<T> {
  signal?: AbortSignal | undefined;
  onStage?: ((stage: Extract<WorkerReply, { kind: 'stage' }>['stage']) => void) | undefined;
  /** The answer in a final reply, or undefined for a reply that is not final. */
  answer(reply: WorkerReply): T | undefined;
}

/** `request` answered by a new scoring worker, which is terminated when the call settles. */
function inWorker<T>(request: WorkerRequest, call: Call<T>): Promise<T> {
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
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'stage') {
        // The caller's stage callback throws RunCancelled when 取消 was pressed meanwhile.
        try {
          call.onStage?.(reply.stage);
        } catch (e) {
          finish(() => reject(e));
        }
      } else if (reply.kind === 'failed') finish(() => reject(Object.assign(new Error(reply.message), { stack: reply.stack })));
      else {
        const answer = call.answer(reply);
        if (answer !== undefined) finish(() => resolve(answer));
      }
    });
    worker.addEventListener('error', (event) => finish(() => reject(new Error(`scoring worker failed: ${event.message}`))));
    worker.postMessage(request);
  });
}

export const computeInWorker: Compute = (input, options) => {
  if (typeof Worker === 'undefined') return computeInPlace(input, options);
  return inWorker({ op: 'run', input }, { signal: options.signal, onStage: options.onStage, answer: (r) => (r.kind === 'done' ? r.output : undefined) });
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
    tables,
    options: {
      now: options.now ?? new Date(),
      ...(options.rulesOverride === undefined ? {} : { rulesOverride: options.rulesOverride }),
      ...(ownOutputs === undefined ? {} : { ownOutputs }),
    },
  };
  return inWorker({ op: 'inspect', input }, { answer: (r) => (r.kind === 'inspected' ? r.report : undefined) });
}
