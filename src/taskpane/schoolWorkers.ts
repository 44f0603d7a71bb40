/**
 * District schools scored where a crash cannot spread (SPEC §10; the CLI's cli/schoolWorker.ts does the
 * same with a worker thread): one school at a time in a Web Worker started from the page. A school that
 * kills its worker (out of memory, an error our code did not catch) is listed as not scored with the
 * reason, and the next school gets a fresh worker; a worker that only answered is used again (starting
 * one loads and compiles the scoring code again, ~0.1 s a school).
 */
import { type ScoredFile, type SchoolJob, failedSchoolFile } from '../app/consolidate.js';
import { RunCancelled } from '../app/runCancelled.js';
import type { SchoolReply, SchoolRequest } from './workerProtocol.js';

/** The part of a Worker this uses (a test passes its own). */
export interface SchoolWorkerLike {
  postMessage(message: SchoolRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  removeEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

function startSchoolWorker(): SchoolWorkerLike {
  return new Worker(new URL('./schoolWorker.ts', import.meta.url), { type: 'module', name: 'yanxiu-school' });
}

/** Why a school's worker died, in Chinese (the browser gives no cause beyond its message). */
export function schoolCrashReason(message: string): string {
  const detail = message.trim() === '' ? '' : `（${message.trim()}）`;
  return `计算这所学校时程序中止${detail}，可能是文件过大或内存不足；请该校删去多余的行列后重新发送`;
}

function internalReason(message: string): string {
  return `程序内部错误（${message}），请把该校文件发给维护者`;
}

/**
 * The page's school workers; `close` when the district is done.
 * @example const schools = new SchoolWorkers(); const scored = await schools.score(job, signal); schools.close();
 */
export class SchoolWorkers {
  private worker: SchoolWorkerLike | null = null;

  constructor(private readonly start: () => SchoolWorkerLike = startSchoolWorker) {}

  /**
   * Scores one school; rejects only with RunCancelled (the worker is ended at once). The job's bytes
   * are handed to the worker, not copied.
   */
  score(job: SchoolJob, signal?: AbortSignal): Promise<ScoredFile> {
    if (signal?.aborted === true) return Promise.reject(new RunCancelled());
    const worker = this.worker ?? this.start();
    this.worker = worker;
    const size = job.bytes.byteLength;
    return new Promise<ScoredFile>((resolve, reject) => {
      const settle = (finish: () => void): void => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        signal?.removeEventListener('abort', onAbort);
        finish();
      };
      const die = (reason: string): void => {
        // A worker that failed is not used again: the next school gets a fresh heap.
        this.drop(worker);
        settle(() => resolve(failedSchoolFile(job, reason, size)));
      };
      const onMessage = (event: Event): void => {
        const answer = (event as MessageEvent<SchoolReply>).data;
        if ('ok' in answer) settle(() => resolve(answer.ok));
        else die(internalReason(answer.failed));
      };
      const onError = (event: Event): void => {
        event.preventDefault();
        die(schoolCrashReason((event as ErrorEvent).message ?? ''));
      };
      const onAbort = (): void => {
        this.drop(worker);
        settle(() => reject(new RunCancelled()));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      signal?.addEventListener('abort', onAbort, { once: true });
      const whole = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength;
      worker.postMessage({ job }, whole ? [job.bytes.buffer as ArrayBuffer] : []);
    });
  }

  private drop(worker: SchoolWorkerLike): void {
    if (this.worker === worker) this.worker = null;
    worker.terminate();
  }

  close(): void {
    const worker = this.worker;
    this.worker = null;
    worker?.terminate();
  }
}
