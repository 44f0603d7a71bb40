/**
 * Compute (app/compute.ts) in a Web Worker: one fresh worker per run, terminated when the run ends
 * or is cancelled — terminate() stops the engine wherever it is, which a flag checked between stages
 * cannot. Where workers are missing (old hosts, tests in Node) the run computes in place.
 */
import { type Compute, computeInPlace } from '../app/compute.js';
import { RunCancelled } from '../app/runCancelled.js';
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

export const computeInWorker: Compute = (input, options) => {
  if (typeof Worker === 'undefined') return computeInPlace(input, options);
  if (options.signal?.aborted === true) return Promise.reject(new RunCancelled());
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./scoringWorker.ts', import.meta.url), { type: 'module', name: 'yanxiu-scoring' });
    let settled = false;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = (): void => finish(() => reject(new RunCancelled()));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'stage') {
        // The caller's stage callback throws RunCancelled when 取消 was pressed meanwhile.
        try {
          options.onStage?.(reply.stage);
        } catch (e) {
          finish(() => reject(e));
        }
      } else if (reply.kind === 'done') finish(() => resolve(reply.output));
      else finish(() => reject(Object.assign(new Error(reply.message), { stack: reply.stack })));
    });
    worker.addEventListener('error', (event) => finish(() => reject(new Error(`scoring worker failed: ${event.message}`))));
    const request: WorkerRequest = { input };
    worker.postMessage(request);
  });
};
