/**
 * The Web Worker that scores: tables in, output sheets and report out (app/compute.ts); and, in Excel,
 * checks (检查数据: tables in, the inspect report out). The page's
 * UI thread only reads (Office.js must stay there) and writes; the engine never blocks it, and
 * terminating this worker is how 取消 stops the engine mid-way. Loaded by workerCompute.ts through
 * webpack 5's `new Worker(new URL(…, import.meta.url))`, which gives it its own chunk.
 */
import { computeRun } from '../app/compute.js';
import { readTables, toInspectReport } from '../app/inspect.js';
import { Assembler, sheetPieces } from './pieces.js';
import { trimInspect, trimScore } from './trimReport.js';
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

// The DOM typings describe a window; in a worker the global scope posts to its page.
const scope = globalThis as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

// The input tables arrive in pieces before the request (pieces.ts).
const received = new Assembler();

scope.addEventListener('message', (event) => {
  try {
    const request = event.data;
    if ('piece' in request) {
      received.add(request);
      return;
    }
    const tables = received.tables;
    if (request.op === 'inspect') {
      // 检查数据 in Excel: ~24,000 warnings at 20,000 teachers; the pane lists the first of each kind.
      const report = trimInspect(toInspectReport(readTables(tables, request.input.options)));
      scope.postMessage({ kind: 'inspected', report });
      return;
    }
    const output = computeRun({ ...request.input, tables }, (stage) => scope.postMessage({ kind: 'stage', stage }));
    // The sheets go back in pieces, and the report cut down (what the page shows; the sheets have all).
    for (const piece of sheetPieces(output.sheets)) scope.postMessage({ kind: 'piece', piece });
    const score = output.score === null ? null : trimScore(output.score);
    scope.postMessage({
      kind: 'done',
      output: { inspect: trimInspect(output.inspect), score: score?.score ?? null, sheets: [], ...(score ? { trimmed: score.trimmed } : {}) },
    });
  } catch (e) {
    // Our own bug (user mistakes are Issues): hand the detail to the page, which throws it there.
    scope.postMessage({ kind: 'failed', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? (e.stack ?? '') : '' });
  }
});
