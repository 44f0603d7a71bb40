/**
 * The standalone page's workbook lives here, in a Web Worker: opening, reading, scoring, writing and
 * saving a 50 MB district file are all seconds of work that would freeze the page on its UI thread.
 * The page holds a WorkerFileHost (workerFileHost.ts) that forwards each call; scoring runs here too
 * (no copy of the tables to another worker), and 取消 stops it between stages while the page moves on.
 * 合并学校工作簿 runs here too, in Excel with no workbook open (the district sheets go back to the pane),
 * each school scored in a school worker the page starts (schoolWorkers.ts, docs/addin.md).
 */
import type { Host } from '../app/host.js';
import { laidOut, type OutputSheet, type SheetToWrite } from '../sheets/output.js';
import { type ScoredFile, type SchoolJob, consolidate } from '../app/consolidate.js';
import { computeBetweenTasks } from '../app/compute.js';
import { RunCancelled } from '../app/runCancelled.js';
import { inspect } from '../app/inspect.js';
import { insertSample } from '../app/insertSample.js';
import { insertTemplate } from '../app/insertTemplate.js';
import { run } from '../app/run.js';
import { planCredits, recordPlannedCredits } from '../app/recordCredits.js';
import type { CreditRecordPlan } from '../sheets/record/creditRecord.js';
import type { RunOptions } from '../app/types.js';
import { openSchoolWorkbook, schoolFileError } from '../hosts/xlsx/schoolFile.js';
import { XlsxHost } from '../hosts/xlsx/xlsxHost.js';
import type { WorkerPort, InflationReply, InflationRequest } from '../hosts/xlsx/package/inflationProtocol.js';
import { portableCodec, streamCodec } from '../hosts/xlsx/package/portableCodec.js';
import { PortInflater } from '../hosts/xlsx/package/portInflater.js';
import { type DeflationReply, type DeflationRequest, PortDeflaters } from '../hosts/xlsx/package/portDeflater.js';
import type { PartCodec } from '../hosts/xlsx/package/partCodec.js';
import { nextTask, sheetPieces } from './pieces.js';
import { ReadCache } from './readCache.js';
import { XLSX_TYPE } from './services.js';
import { trimDistrictReport } from './trimDistrictReport.js';
import { trimInspect, trimReport } from './trimReport.js';
import type { FileReply, FileRequest } from './workerProtocol.js';

/** The global scope of a worker, as this file uses it (the DOM typings describe a window). */
export interface FileWorkerScope {
  postMessage(message: FileReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FileRequest>) => void): void;
}

/** A picked file the browser can no longer read (moved or deleted since it was chosen). */
function unreadableBlob(e: unknown): string | null {
  const name = e instanceof Error ? e.name : '';
  return name === 'NotReadableError' || name === 'NotFoundError' ? '无法读取此文件（选择后被移动、删除或正被占用），请重新选择。' : null;
}

/** Answers the page's calls (workerFileHost.ts) on `scope`: one workbook, its reads cached. */
export function serveFiles(scope: FileWorkerScope): void {
  let host: XlsxHost | null = null;
  const runs = new Map<number, AbortController>();
  /** What 检查数据 read and parsed, reused by 开始计算 until the workbook changes (readCache.ts). */
  const reads = new ReadCache();
  /** Schools handed to the page to score (ticket → its answer), while a consolidation waits for them. */
  const schoolsOut = new Map<number, { run: number; resolve(scored: ScoredFile): void; reject(error: Error): void }>();
  let nextTicket = 1;
  /** The inflating worker's port, when the pane started one (inflateWorker.ts); streamCodec otherwise. */
  let inflater: PortInflater | null = null;
  /** Its other port, for the parts this worker writes (portDeflater.ts). */
  let deflaters: PortDeflaters | null = null;
  /** streamCodec with the large parts inflated, and the written parts deflated, in the inflating worker. */
  let helped: PartCodec | null = null;

  function opened(): XlsxHost {
    if (!host) throw new Error('fileWorker: no workbook is open');
    return host;
  }

  /** The open workbook, each input sheet read once until it changes. */
  function cached(): Host {
    return reads.host(opened());
  }

  /** One school scored by the page, in a school worker of its own (SPEC §10: its crash cannot spread). */
  function scoreInPage(run: number, job: SchoolJob): Promise<ScoredFile> {
    const ticket = nextTicket++;
    return new Promise((resolve, reject) => {
      schoolsOut.set(ticket, { run, resolve, reject });
      // The bytes move to the page (and on to the school worker) without a copy; the hash is taken.
      scope.postMessage({ id: run, kind: 'scoreSchool', ticket, job }, [job.bytes.buffer as ArrayBuffer]);
    });
  }

  async function answer(request: FileRequest): Promise<unknown> {
    switch (request.op) {
      case 'open':
        reads.forget();
        // A file moved or deleted since it was picked fails here, with its name (friendlyError says so).
        host = await XlsxHost.open(new Uint8Array(await request.file.arrayBuffer()), helped === null ? {} : { codec: helped });
        return null;
      case 'create':
        reads.forget();
        host = await XlsxHost.create();
        return null;
      case 'listSheets':
        return opened().listSheets();
      case 'outputSheets':
        return opened().outputSheets();
      case 'readSheet':
        return cached().readSheet(request.name);
      case 'writeOutputs':
        return cached().writeOutputs(request.sheets as OutputSheet[]);
      case 'insertSheets':
        return cached().insertSheets(request.sheets as OutputSheet[]);
      case 'inspect':
        // ~24,000 warnings at 20,000 teachers: the page lists the first of each kind (trimReport.ts).
        return trimInspect(await inspect(cached(), request.options, reads.parse));
      case 'insertTemplate':
        return insertTemplate(cached());
      case 'insertSample':
        return insertSample(cached());
      case 'planCredits':
        return planCredits(cached(), {}, reads.parse);
      case 'recordCredits':
        return recordPlannedCredits(cached(), request.plan as CreditRecordPlan);
      case 'save':
        // A Blob crosses to the page by reference; made here, not on the page's UI thread, and from the
        // zip's pieces as they are: joining them first would hold the whole zip twice (57 MB at 20,000).
        return new Blob((await opened().saveChunks()) as BlobPart[], { type: XLSX_TYPE });
      case 'run': {
        const controller = new AbortController();
        runs.set(request.id, controller);
        try {
          const options: RunOptions = {
            ...(request.options as Omit<RunOptions, 'signal' | 'onProgress' | 'compute'>),
            signal: controller.signal,
            // Here, in this worker, off the page's UI thread already: a second worker would cost a
            // structured clone of the tables there and of the result back (seconds at 20,000 teachers,
            // issue 23). 取消 is seen between stages; the page stops waiting at once (workerFileHost.ts).
            compute: computeBetweenTasks(nextTask, reads.parse),
            onProgress: (progress) => scope.postMessage({ id: request.id, kind: 'progress', progress }),
          };
          // The page shows counts, tiers per group and the first issues; the per-teacher results and
          // explanations and the full issue list (hundreds of MB of objects at 20,000 teachers, seconds
          // of structured-clone work on the UI thread) are already in the written sheets, so they stay here.
          return trimReport(await run(cached(), options));
        } finally {
          runs.delete(request.id);
        }
      }
      case 'consolidate': {
        // The schools are read here, each scored by the page in a school worker (a crash there lists the
        // school and the next goes on), and only its compact result kept; the district sheets are laid
        // out here and go into this worker's workbook (made by 'create'), or, with `sheetsBack` (Excel),
        // back to the pane in pieces. The page's UI thread only relays and draws the progress.
        const controller = new AbortController();
        runs.set(request.id, controller);
        const { sheetsBack, ...options } = request.options;
        let sheets: OutputSheet[] = [];
        const keep = { writeOutputs: (given: readonly SheetToWrite[]) => {
          sheets = given.map(laidOut);
          return Promise.resolve({ written: Object.fromEntries(sheets.map((sheet) => [sheet.name, sheet.name])) });
        } };
        try {
          const report = await consolidate(
            // A picked File keeps its modified time: which of two versions of a school is newer (SPEC §10).
            request.files.map(({ file, blob }) => ({
              file, bytes: async () => new Uint8Array(await blob.arrayBuffer()), ...(blob instanceof File ? { modified: new Date(blob.lastModified) } : {}),
            })),
            {
              ...options,
              open: openSchoolWorkbook,
              fileError: (e) => schoolFileError(e) ?? unreadableBlob(e),
              output: sheetsBack === true ? keep : opened(),
              scoreFile: (job) => scoreInPage(request.id, job),
              scoringDone: () => scope.postMessage({ id: request.id, kind: 'scoringDone' } satisfies FileReply),
              signal: controller.signal,
              onProgress: (progress) => scope.postMessage({ id: request.id, kind: 'districtProgress', progress }),
            },
          );
          // The district sheets before the answer, in pieces: each clone on the pane is its own short task.
          for (const piece of sheetPieces(sheets)) scope.postMessage({ id: request.id, kind: 'piece', piece });
          return trimDistrictReport(report);
        } finally {
          runs.delete(request.id);
        }
      }
      case 'inflater':
        // Only where this worker has the gzip streams itself (not below Safari 16.4): the inflating
        // worker's parts then check and fail exactly as streamCodec's would.
        if (portableCodec === streamCodec) {
          inflater = new PortInflater(request.port as unknown as WorkerPort<InflationReply, InflationRequest>, streamCodec);
          const remote = new PortDeflaters(request.deflatePort as unknown as WorkerPort<DeflationReply, DeflationRequest>, streamCodec);
          deflaters = remote;
          helped = { ...inflater.codec, deflateRawStream: () => remote.deflater() };
        }
        return null;
      case 'inflaterLost':
        inflater?.lost();
        deflaters?.lost();
        return null;
      case 'schoolScored': {
        const waiting = schoolsOut.get(request.ticket);
        schoolsOut.delete(request.ticket);
        waiting?.resolve(request.scored);
        return null;
      }
      case 'cancel':
        runs.get(request.run)?.abort();
        // A school the page was scoring for that run will not be answered.
        for (const [ticket, waiting] of schoolsOut) {
          if (waiting.run !== request.run) continue;
          schoolsOut.delete(ticket);
          waiting.reject(new RunCancelled());
        }
        return null;
    }
  }

  scope.addEventListener('message', (event) => {
    const request = event.data;
    // Answers to this worker's own questions, not calls of their own.
    if (request.op === 'schoolScored' || request.op === 'inflater' || request.op === 'inflaterLost') {
      void answer(request);
      return;
    }
    answer(request).then(
      (value) => {
        const transfer = value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : [];
        scope.postMessage({ id: request.id, kind: 'done', value }, transfer);
      },
      (e: unknown) => {
        const error = e instanceof Error ? e : new Error(String(e));
        const code = (error as { code?: unknown }).code;
        scope.postMessage({
          id: request.id,
          kind: 'failed',
          error: { name: error.name, message: error.message, stack: error.stack ?? '', ...(typeof code === 'string' ? { code } : {}) },
        });
      },
    );
  });
}

if ('WorkerGlobalScope' in globalThis) serveFiles(globalThis as unknown as FileWorkerScope);
