/**
 * The Web Worker that scores one district school at a time (合并学校工作簿, SPEC §10): a school that
 * crashes it — out of memory, our own bug — takes only this worker down, and the pane lists that school
 * as not scored and starts a fresh worker for the next (schoolWorkers.ts). Loaded by schoolWorkers.ts
 * through webpack 5's `new Worker(new URL(…, import.meta.url))`, which gives it its own chunk.
 */
import { scoreSchoolFile } from '../app/consolidate.js';
import { openSchoolWorkbook, schoolFileError } from '../hosts/xlsx/schoolFile.js';
import type { SchoolReply, SchoolRequest } from './workerProtocol.js';

/** The global scope of a worker, as this file uses it (the DOM typings describe a window). */
export interface SchoolWorkerScope {
  postMessage(message: SchoolReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SchoolRequest>) => void): void;
}

/** Answers each job posted with the school scored, or why our code failed on it. */
export function serveSchools(scope: SchoolWorkerScope): void {
  scope.addEventListener('message', (event) => {
    scoreSchoolFile(event.data.job, { open: openSchoolWorkbook, fileError: schoolFileError }).then(
      (scored) => scope.postMessage({ ok: scored }),
      (e: unknown) => scope.postMessage({ failed: e instanceof Error ? e.message : String(e) }),
    );
  });
}

if ('WorkerGlobalScope' in globalThis) serveSchools(globalThis as unknown as SchoolWorkerScope);
