/**
 * The standalone page's workbook, held in fileWorker.ts: a FileHost whose every call is a message.
 * Besides the Host methods it runs the use cases where the workbook is (inspect, run, insert…), so a
 * 50 MB file is never copied to the page and the UI thread only draws. 取消 answers at once: the page
 * stops waiting, and the worker aborts the run (at the next stage) before anything is written.
 */
import type { DistrictProgress, DistrictReport, SchoolFile } from '../app/consolidate.js';
import type { Host, WriteReport } from '../app/host.js';
import { RunCancelled } from '../app/runCancelled.js';
import type { InspectReport, RunOptions, RunReport } from '../app/types.js';
import type { OutputSheet } from '../sheets/output.js';
import type { CreditPlanResult } from '../app/recordCredits.js';
import type { CreditRecordPlan } from '../sheets/record/creditRecord.js';
import type { SheetInfo, Table } from '../sheets/table.js';
import type { ConsolidateUseCase, FileHost, UseCases } from './services.js';
import type { ErrorData, FileReply, FileRequest, InflaterHandOver } from './workerProtocol.js';
import { Assembler } from './pieces.js';
import { SchoolWorkers } from './schoolWorkers.js';

/** What a district call takes besides the files. */
interface DistrictCallOptions {
  onProgress?: (p: DistrictProgress) => void;
  signal?: AbortSignal;
}

type Call = FileRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: RunOptions['onProgress'];
  onDistrictProgress?: (progress: DistrictProgress) => void;
  /** The district sheets coming back in pieces (consolidate with `sheetsBack`). */
  pieces?: Assembler;
  /** Schools of this call scored in the page (consolidate): ended with the call. */
  schools?: SchoolWorkers;
}


function toError(data: ErrorData): Error {
  const error = new Error(data.message);
  error.name = data.name;
  error.stack = data.stack;
  if (data.code !== undefined) Object.assign(error, { code: data.code });
  return error;
}

export class WorkerFileHost implements FileHost {
  private readonly worker = new Worker(new URL('./fileWorker.ts', import.meta.url), { type: 'module', name: 'yanxiu-file' });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  /** The inflating worker beside the file worker, for an opened workbook (inflateWorker.ts). */
  private inflater: Worker | null = null;

  private constructor() {
    this.worker.addEventListener('message', (event: MessageEvent<FileReply>) => {
      const reply = event.data;
      const call = this.pending.get(reply.id);
      if (!call) return; // a cancelled run's late answer
      if (reply.kind === 'progress') call.onProgress?.(reply.progress);
      else if (reply.kind === 'districtProgress') call.onDistrictProgress?.(reply.progress);
      else if (reply.kind === 'piece') call.pieces?.add(reply.piece);
      else if (reply.kind === 'scoreSchool') this.scoreSchool(reply, call);
      else if (reply.kind === 'scoringDone') {
        // As the CLI does: the school workers' heaps and the district's layout never add up.
        call.schools?.close();
        delete call.schools;
      }
      else {
        this.pending.delete(reply.id);
        call.schools?.close();
        if (reply.kind === 'done') call.resolve(reply.value);
        else call.reject(toError(reply.error));
      }
    });
    // The worker's script did not load, or the worker died: every waiting call fails with the cause
    // (friendlyError names it), instead of waiting for an answer that never comes.
    this.worker.addEventListener('error', (event: ErrorEvent) => {
      const failure = Object.assign(new Error(`file worker failed: ${event.message}`), { name: 'WorkerFailed' });
      const waiting = [...this.pending.values()];
      this.pending.clear();
      for (const call of waiting) {
        call.schools?.close();
        call.reject(failure);
      }
    });
  }

  /** The file worker asks for a school to be scored in a school worker (SPEC §10): answer with the result. */
  private scoreSchool(reply: Extract<FileReply, { kind: 'scoreSchool' }>, call: Pending): void {
    const schools = (call.schools ??= new SchoolWorkers());
    void schools.score(reply.job).then((scored) => {
      if (this.closed || !this.pending.has(reply.id)) return; // cancelled meanwhile
      this.worker.postMessage({ id: this.nextId++, op: 'schoolScored', run: reply.id, ticket: reply.ticket, scored } satisfies FileRequest);
    }, () => undefined);
  }

  /**
   * The workbook in `file` (a picked File), opened in a new worker: the File crosses by reference and
   * the worker reads its bytes, so neither the read nor a copy of them runs on the page's UI thread.
   */
  static async open(file: Blob): Promise<WorkerFileHost> {
    const host = new WorkerFileHost();
    host.startInflater();
    try {
      await host.call({ op: 'open', file });
    } catch (error) {
      // A file that does not open leaves no workers behind.
      host.close();
      throw error;
    }
    return host;
  }

  static async create(): Promise<WorkerFileHost> {
    const host = new WorkerFileHost();
    await host.call({ op: 'create' });
    return host;
  }

  /**
   * A file worker with no workbook, for 合并学校工作簿 in Excel (consolidateSheets): the schools are read
   * and the district laid out there, the district sheets come back to be written through Office.js.
   */
  static forDistrict(): WorkerFileHost {
    return new WorkerFileHost();
  }

  /**
   * Starts the worker that inflates the workbook's large parts for the file worker and deflates the
   * parts it writes (inflateWorker.ts), here and not in the file worker: a worker starting a worker
   * needs Safari 15.5, the page's floor is 14.1. The two talk over two MessageChannels. Where it cannot
   * start, the file worker does both itself as before (streamCodec): only the speed differs; if it fails
   * later, a part being written with it fails that write, and the next run deflates in the file worker.
   */
  private startInflater(): void {
    let helper: Worker | undefined;
    try {
      if (typeof Worker !== 'function' || typeof MessageChannel !== 'function') return;
      helper = new Worker(new URL('./inflateWorker.ts', import.meta.url), { type: 'module', name: 'yanxiu-inflate' });
      const channel = new MessageChannel();
      const deflating = new MessageChannel();
      helper.postMessage({ port: channel.port1, deflatePort: deflating.port1 } satisfies InflaterHandOver, [channel.port1, deflating.port1]);
      this.worker.postMessage(
        { id: this.nextId++, op: 'inflater', port: channel.port2, deflatePort: deflating.port2 } satisfies FileRequest,
        [channel.port2, deflating.port2],
      );
    } catch {
      helper?.terminate();
      return;
    }
    const inflater = helper;
    this.inflater = inflater;
    // Its script did not load, or it died: the file worker inflates its parts in flight and later ones
    // itself, and deflates the next parts it writes itself.
    inflater.addEventListener('error', () => {
      inflater.terminate();
      if (this.inflater !== inflater || this.closed) return;
      this.inflater = null;
      this.worker.postMessage({ id: this.nextId++, op: 'inflaterLost' } satisfies FileRequest);
    });
  }

  /** Ends the worker (and the workbook in it); calls still waiting, and later ones, reject. */
  close(): void {
    this.closed = true;
    this.worker.terminate();
    this.inflater?.terminate();
    this.inflater = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const call of waiting) {
      call.schools?.close();
      call.reject(new Error('The workbook was closed'));
    }
  }

  private call<T>(
    request: Call, transfer: Transferable[] = [], onProgress?: RunOptions['onProgress'], extra: Pick<Pending, 'onDistrictProgress' | 'pieces'> = {},
  ): Promise<T> & { id: number } {
    const id = this.nextId++;
    const promise = new Promise<T>((resolve, reject) => {
      if (this.closed) {
        reject(new Error('The workbook was closed'));
        return;
      }
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, ...(onProgress ? { onProgress } : {}), ...extra });
      this.worker.postMessage({ ...request, id } as FileRequest, transfer);
    });
    return Object.assign(promise, { id });
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.call({ op: 'listSheets' });
  }
  outputSheets(): Promise<string[]> {
    return this.call({ op: 'outputSheets' });
  }
  readSheet(name: string): Promise<Table> {
    return this.call({ op: 'readSheet', name });
  }
  writeOutputs(sheets: OutputSheet[]): Promise<WriteReport> {
    return this.call({ op: 'writeOutputs', sheets });
  }
  insertSheets(sheets: OutputSheet[]): Promise<{ inserted: string[]; skipped: string[] }> {
    return this.call({ op: 'insertSheets', sheets });
  }
  save(): Promise<Blob> {
    return this.call({ op: 'save' });
  }

  inspect(): Promise<InspectReport> {
    return this.call({ op: 'inspect', options: {} });
  }
  insertTemplate(): Promise<{ inserted: string[]; skipped: string[] }> {
    return this.call({ op: 'insertTemplate' });
  }
  insertSample(): Promise<{ inserted: string[]; skipped: string[] }> {
    return this.call({ op: 'insertSample' });
  }
  planCredits(): Promise<CreditPlanResult> {
    return this.call({ op: 'planCredits' });
  }
  recordCredits(plan: CreditRecordPlan): Promise<void> {
    return this.call({ op: 'recordCredits', plan });
  }

  /** run() where the workbook is; the functions of `options` stay here (progress comes back as messages). */
  run(options: RunOptions): Promise<RunReport> {
    const { signal, onProgress, compute: _compute, ...plain } = options;
    if (signal?.aborted === true) return Promise.reject(new RunCancelled());
    return this.cancellable(this.call<RunReport>({ op: 'run', options: plain }, [], onProgress), signal);
  }

  /**
   * 合并学校工作簿 into this (new) workbook, in the worker: the schools are read and the district laid
   * out there, each school scored in a school worker of the page's (schoolWorkers.ts), so the page's
   * thread only relays and draws the progress. Every file must carry its File.
   */
  consolidate(files: readonly SchoolFile[], options: DistrictCallOptions): Promise<DistrictReport> {
    return this.cancellable(this.consolidateCall(files, options, {}), options.signal);
  }

  /**
   * 合并学校工作簿 in a worker with no workbook (forDistrict): as `consolidate`, but the district sheets
   * come back, for the caller to write (Excel: ExcelHost.writeOutputs). Nothing is written.
   */
  async consolidateSheets(files: readonly SchoolFile[], options: DistrictCallOptions): Promise<{ report: DistrictReport; sheets: OutputSheet[] }> {
    const pieces = new Assembler();
    const report = await this.cancellable(this.consolidateCall(files, options, { pieces }), options.signal);
    return { report, sheets: pieces.sheets };
  }

  private consolidateCall(files: readonly SchoolFile[], options: DistrictCallOptions, extra: Pick<Pending, 'pieces'>): Promise<DistrictReport> & { id: number } {
    const picked = files.map((f) => {
      if (!('blob' in f) || !(f.blob instanceof Blob)) throw new Error(`WorkerFileHost.consolidate: ${f.file} was not picked in the page`);
      return { file: f.file, blob: f.blob };
    });
    if (options.signal?.aborted === true) return Object.assign(Promise.reject(new RunCancelled()), { id: 0 });
    const request = { op: 'consolidate', files: picked, options: extra.pieces === undefined ? {} : { sheetsBack: true } } as const;
    return this.call<DistrictReport>(request, [], undefined, { ...extra, ...(options.onProgress ? { onDistrictProgress: options.onProgress } : {}) });
  }

  /** 取消 answers at once: the page stops waiting and the worker aborts the job before anything more is written. */
  private cancellable<T>(running: Promise<T> & { id: number }, signal: AbortSignal | undefined): Promise<T> {
    if (!signal) return running;
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        this.pending.get(running.id)?.schools?.close();
        this.pending.delete(running.id);
        this.worker.postMessage({ id: this.nextId++, op: 'cancel', run: running.id } satisfies FileRequest);
        reject(new RunCancelled());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      running.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }
}

/**
 * The use cases, run where the workbook is: in the file worker for the standalone page, otherwise
 * (Excel) on this thread with scoring in a worker through `compute`.
 */
export function workerAwareUseCases(local: UseCases): UseCases {
  const consolidate: ConsolidateUseCase | undefined = local.consolidate;
  return {
    ...(consolidate === undefined
      ? {}
      : {
          consolidate: (files, output, options) =>
            output instanceof WorkerFileHost && files.every((f) => 'blob' in f) ? output.consolidate(files, options) : consolidate(files, output, options),
        }),
    inspect: (host) => (host instanceof WorkerFileHost ? host.inspect() : local.inspect(host)),
    run: (host, options) => (host instanceof WorkerFileHost ? host.run(options) : local.run(host, options)),
    insertTemplate: (host) => (host instanceof WorkerFileHost ? host.insertTemplate() : local.insertTemplate(host)),
    insertSample: (host) => (host instanceof WorkerFileHost ? host.insertSample() : local.insertSample(host)),
    ...(local.planCredits === undefined || local.recordCredits === undefined
      ? {}
      : {
          planCredits: (host: Host) => (host instanceof WorkerFileHost ? host.planCredits() : local.planCredits!(host)),
          recordCredits: (host: Host, plan: CreditRecordPlan) => (host instanceof WorkerFileHost ? host.recordCredits(plan) : local.recordCredits!(host, plan)),
        }),
  };
}
