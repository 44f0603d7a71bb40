/**
 * The Web Worker that scores: tables in, output sheets and report out (app/compute.ts); and, in Excel,
 * checks (检查数据: tables in, the inspect report out). The page's
 * UI thread only reads (Office.js must stay there) and writes; the engine never blocks it, and
 * terminating this worker is how 取消 stops the engine mid-way. Loaded by workerCompute.ts through
 * webpack 5's `new Worker(new URL(…, import.meta.url))`, which gives it its own chunk.
 */
import { computeRun } from '../app/compute.js';
import { readTables, toInspectReport } from '../app/inspect.js';
import { trimInspect } from './trimReport.js';
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

// The DOM typings describe a window; in a worker the global scope posts to its page.
const scope = globalThis as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  try {
    const request = event.data;
    if (request.op === 'inspect') {
      // 检查数据 in Excel: ~24,000 warnings at 20,000 teachers; the pane lists the first of each kind.
      const report = trimInspect(toInspectReport(readTables(request.input.tables, request.input.options)));
      scope.postMessage({ kind: 'inspected', report });
      return;
    }
    const output = computeRun(request.input, (stage) => scope.postMessage({ kind: 'stage', stage }));
    scope.postMessage({ kind: 'done', output });
  } catch (e) {
    // Our own bug (user mistakes are Issues): hand the detail to the page, which throws it there.
    scope.postMessage({ kind: 'failed', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? (e.stack ?? '') : '' });
  }
});
