/**
 * Each district school scored where a crash cannot take the district down (SPEC §10, issue 19 item
 * 7): a worker thread with its own heap limit. A school that runs the worker out of memory, or throws
 * anything at all, is listed as not scored with the reason; the next school gets a fresh worker.
 *
 * One worker scores school after school and is replaced only when it dies: a fresh worker compiles
 * the code again, and the first school it scores is slow (measured with the built command at 300
 * schools: a fresh worker every 20 schools took 43.4 s to score them, one worker 14.7 s, for a peak
 * of 272 against 303 MB, both under a heap limit of gigabytes; docs/performance.md, "District memory, measured again"). That worker runs
 * under a small heap (FIRST_HEAP_MB, YOUNG_GENERATION_MB): V8 grows a heap by a smaller factor under
 * a small limit, so the reused worker keeps less slack between schools; a school that needs more is
 * scored again in a fresh worker with the large limit (defaultHeapLimitMb) before it is listed as
 * failed. The bundled command (dist/cli/yanxiu.mjs) is its own worker entry; run from source (tsx,
 * tests) the worker loads this file through tsx's API, since Node 20 does not pass module hooks on to
 * worker threads.
 */
import { totalmem } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type ScoredFile, type SchoolJob, failedSchoolFile, scoreSchoolFile } from '../app/consolidate.js';
import { openSchoolWorkbook, schoolFileError } from '../hosts/xlsx/schoolFile.js';
import { nodeCodec } from '../hosts/xlsx/nodeCodec.js';

const ROLE = 'yanxiu-school-worker';

type Answer = { ok: ScoredFile } | { failed: string };

/** One try at a school: its result, or why the worker failed it (and whether it ran out of memory). */
type Attempt = ScoredFile | { reason: string; outOfMemory?: true };

/**
 * The heap a school may use: half the machine's memory, between 512 MB and 4 GB; the environment
 * variable YANXIU_SCHOOL_HEAP_MB sets it (an office with a small server, or a test).
 */
export function defaultHeapLimitMb(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const given = Number(env['YANXIU_SCHOOL_HEAP_MB']);
  if (Number.isInteger(given) && given >= 16) return given;
  return Math.max(512, Math.min(4096, Math.floor(totalmem() / 2 / 2 ** 20)));
}

/** Worker side: score each job posted, answer with the result or why it failed. */
function serve(): void {
  parentPort?.on('message', (job: SchoolJob) => {
    // Node's native zlib, as `score` uses (hosts/xlsx/nodeCodec.ts).
    scoreSchoolFile(job, { open: (bytes) => openSchoolWorkbook(bytes, nodeCodec), fileError: schoolFileError }).then(
      (ok) => parentPort?.postMessage({ ok } satisfies Answer),
      (e: unknown) => parentPort?.postMessage({ failed: internalReason(e) } satisfies Answer),
    );
  });
}

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === ROLE) serve();

function internalReason(e: unknown): string {
  return `程序内部错误（${e instanceof Error ? e.message : String(e)}），请把该校文件发给维护者`;
}

function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** Why a worker died, in Chinese, from its error event or exit code. */
function deathReason(error: unknown, limitMb: number): string {
  if (isOutOfMemory(error)) return `计算这所学校时内存不足（超过 ${limitMb} MB），文件可能过大或含有大量无用的单元格；请该校删去多余的行列后重新发送`;
  return internalReason(error);
}

/**
 * Schools one worker scores before a fresh one takes over, by default all of them: a fresh worker's
 * first school costs ~2 s of compiling against ~0.1 s warm, and what it saves in memory is small.
 */
export const SCHOOLS_PER_WORKER = Number.POSITIVE_INFINITY;

/**
 * The old-generation limit a school is first scored under. A school of 120 teachers uses ~70 MB of
 * heap; under a limit of gigabytes (defaultHeapLimitMb) V8 grows the reused worker's heap by a large
 * factor, under a small limit by a small one. With YOUNG_GENERATION_MB, 300 schools of 80–120 teachers
 * peaked at 184–193 MB while scoring instead of 231–247 MB, for the same CPU time within the noise
 * (docs/performance.md, "District memory, measured again"). A school that needs more is scored
 * again under the large limit.
 */
export const FIRST_HEAP_MB = 256;

/**
 * The school worker's young generation, smaller than V8's default (semi-spaces of 16 MB grown to 32
 * under load): 16 MB measured no lower a peak than 8, nor did 4 MB.
 */
export const YOUNG_GENERATION_MB = 8;

export interface SchoolWorkerOptions {
  /** The most heap a school may use: its second try, after running out under `firstHeapMb`. @default defaultHeapLimitMb() */
  heapLimitMb?: number;
  /**
   * The heap limit a school is scored under first (never above `heapLimitMb`); a school that runs out
   * is scored again in a fresh worker under `heapLimitMb`, and that worker scores the schools after it.
   * @default FIRST_HEAP_MB
   */
  firstHeapMb?: number;
  /**
   * Schools one worker scores before a fresh one takes over. A reused worker's heap keeps some slack
   * of every school before (V8 grows it lazily, the more so under a limit of gigabytes): with every
   * school under such a limit, run from the sources, 300 schools peaked at 342 MB with one worker and
   * 255 MB with a fresh one every 10; with the built command, 303 MB with one and 272 MB with a fresh
   * one every 20, which took three times as long. The small first heap (FIRST_HEAP_MB) saves about as
   * much without the restarts (docs/performance.md, "District memory, measured again").
   * @default SCHOOLS_PER_WORKER
   */
  schoolsPerWorker?: number;
  /**
   * The module a worker runs: this one (the bundled command is its own worker entry) unless given —
   * the bench hands in the built command so that a worker starts as it does for users (~0.2 s, not
   * the ~2.4 s of loading the sources through tsx).
   */
  entry?: URL;
}

/**
 * Scores school files one at a time in a worker thread; `close` when done.
 * @example const workers = new SchoolWorkers(); await consolidate(files, { …, scoreFile: (job) => workers.score(job), scoringDone: () => workers.close() });
 */
export class SchoolWorkers {
  private worker: Worker | null = null;
  private readonly heapLimitMb: number;
  /** The limit of the worker scoring now: `firstHeapMb` until a school needed more. */
  private limitMb: number;
  private readonly schoolsPerWorker: number;
  private readonly entry: URL;
  private scoredByWorker = 0;
  /** Workers started so far (a new one after a death, a school scored again, and every `schoolsPerWorker` schools). */
  workersStarted = 0;

  constructor(options: SchoolWorkerOptions = {}) {
    this.heapLimitMb = options.heapLimitMb ?? defaultHeapLimitMb();
    this.limitMb = Math.min(options.firstHeapMb ?? FIRST_HEAP_MB, this.heapLimitMb);
    this.schoolsPerWorker = options.schoolsPerWorker ?? SCHOOLS_PER_WORKER;
    this.entry = options.entry ?? new URL(import.meta.url);
  }

  private start(): Worker {
    this.workersStarted += 1;
    const self = this.entry;
    const resourceLimits = { maxOldGenerationSizeMb: this.limitMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    const options = { workerData: { role: ROLE }, resourceLimits };
    if (!self.pathname.endsWith('.ts')) return new Worker(self, options);
    const boot = `const { tsImport } = await import('tsx/esm/api'); await tsImport(${JSON.stringify(self.href)}, ${JSON.stringify(self.href)});`;
    return new Worker(boot, { ...options, eval: true });
  }

  /** Scores one school; never rejects for anything the school does to the worker. */
  async score(job: SchoolJob): Promise<ScoredFile> {
    let answer = await this.attempt(job);
    if ('outOfMemory' in answer && this.limitMb < this.heapLimitMb) {
      // Ran out under the small first limit: once more in a fresh worker under the large one, which
      // scores the schools after it too (a district of large schools pays one retry, not one a school).
      this.limitMb = this.heapLimitMb;
      answer = await this.attempt(job);
    }
    return 'reason' in answer ? failedSchoolFile(job, answer.reason, job.bytes.byteLength) : answer;
  }

  /** One try in the current worker (a fresh one when there is none); a worker that dies is dropped. */
  private attempt(job: SchoolJob): Promise<Attempt> {
    if (this.worker !== null && this.scoredByWorker >= this.schoolsPerWorker) {
      void this.worker.terminate();
      this.worker = null;
    }
    if (this.worker === null) this.scoredByWorker = 0;
    const worker = this.worker ?? this.start();
    this.worker = worker;
    this.scoredByWorker += 1;
    const limitMb = this.limitMb;
    return new Promise((resolve) => {
      const settle = (answer: Attempt): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(answer);
      };
      const die = (reason: string, outOfMemory = false): void => {
        // A worker that failed is not used again: the next school gets a fresh heap.
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
        settle(outOfMemory ? { reason, outOfMemory } : { reason });
      };
      const onMessage = (answer: Answer): void => {
        if ('ok' in answer) settle(answer.ok);
        else die(answer.failed);
      };
      const onError = (error: unknown): void => die(deathReason(error, limitMb), isOutOfMemory(error));
      const onExit = (code: number): void => die(internalReason(new Error(`worker exited with code ${code}`)));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // The bytes are copied, not transferred: the caller's buffer stays usable (and hashed) on this
      // side, and a school that runs out of memory can be posted again.
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
  }
}
