/** The messages between the page and scoringWorker.ts (structured-clone data only). */
import type { ComputeInput, ComputeOutput, ComputeStage } from '../app/compute.js';
import type { DistrictProgress, ScoredFile, SchoolJob } from '../app/consolidate.js';
import type { InspectOptions } from '../app/inspect.js';
import type { InspectReport, Progress } from '../app/types.js';
import type { Table } from '../sheets/table.js';
import type { Piece } from './pieces.js';

/**
 * Score (computeRun), or only check (检查数据: readWorkbook, the report cut down for the page). The
 * input's tables come first as pieces (pieces.ts), so the request itself carries `tables: []`.
 */
export type WorkerRequest =
  | { op: 'run'; input: ComputeInput }
  | { op: 'inspect'; input: InspectInput }
  | Piece;

/** 检查数据's input: the tables the host read, and the options that change how they are read. */
export interface InspectInput {
  tables: Table[];
  /** `ownOutputs`: the workbook's ownership record, when the host could tell (Host.outputSheets). */
  options: InspectOptions & { ownOutputs?: string[] };
}

export type WorkerReply =
  | { kind: 'stage'; stage: ComputeStage }
  /** The output sheets, before 'done' (whose output then has `sheets: []`). */
  | { kind: 'piece'; piece: Piece }
  | { kind: 'done'; output: ComputeOutput }
  | { kind: 'inspected'; report: InspectReport }
  | { kind: 'failed'; message: string; stack: string };

/** A call into fileWorker.ts (the standalone page's workbook); `id` pairs it with its reply. */
export type FileRequest = { id: number } & (
  /** The picked File: it crosses by reference, its bytes are read in the worker. */
  | { op: 'open'; file: Blob }
  | { op: 'create' | 'listSheets' | 'outputSheets' | 'insertTemplate' | 'insertSample' | 'save' }
  | { op: 'readSheet'; name: string }
  | { op: 'writeOutputs' | 'insertSheets'; sheets: unknown[] }
  | { op: 'inspect'; options: object }
  | { op: 'run'; options: object }
  | { op: 'cancel'; run: number }
  // 登记本学期学分 (SPEC §7): planned and written where the workbook is.
  | { op: 'planCredits' }
  | { op: 'recordCredits'; plan: object }
  // 合并学校工作簿: the picked files (File objects clone cheaply: the bytes stay on disk until read),
  // read and scored one at a time in the worker, the district sheets written into its workbook.
  // `sheetsBack`: no workbook is open here (Excel); the district sheets come back as pieces before 'done'.
  | { op: 'consolidate'; files: { file: string; blob: Blob }[]; options: { now?: Date; sheetsBack?: boolean } }
  // The answer to a 'scoreSchool' reply of run `run`: the school scored in the pane's school worker.
  | { op: 'schoolScored'; run: number; ticket: number; scored: ScoredFile }
  // The file worker's ends of the channels to the inflating worker the pane started (inflateWorker.ts),
  // sent before 'open'; and word that the inflating worker failed. Neither is answered.
  | { op: 'inflater'; port: MessagePort; deflatePort: MessagePort }
  | { op: 'inflaterLost' }
);

/**
 * What the pane posts to the inflating worker (inflateWorker.ts): its ends of two channels to the file
 * worker, one for inflating, one for deflating (portDeflater.ts), so that neither side reads the
 * other's messages.
 */
export interface InflaterHandOver {
  port: MessagePort;
  deflatePort: MessagePort;
}

/** An error as it crosses the worker boundary (classes do not survive structured cloning). */
export interface ErrorData {
  name: string;
  message: string;
  stack: string;
  code?: string;
}

export type FileReply =
  | { id: number; kind: 'progress'; progress: Progress }
  | { id: number; kind: 'districtProgress'; progress: DistrictProgress }
  /**
   * 合并学校工作簿 asks the page to score one school where its crash cannot spread (a school worker,
   * schoolWorkers.ts: workers started from a worker are missing below the browser floor's Safari 15.5),
   * and waits for the 'schoolScored' request with the same ticket.
   */
  | { id: number; kind: 'scoreSchool'; ticket: number; job: SchoolJob }
  /** The last school of a consolidation is scored: the page ends its school workers before the district is laid out. */
  | { id: number; kind: 'scoringDone' }
  /** A district sheet, or rows of one, before 'done' (`sheetsBack`). */
  | { id: number; kind: 'piece'; piece: Piece }
  | { id: number; kind: 'done'; value: unknown }
  | { id: number; kind: 'failed'; error: ErrorData };

/** A job for schoolWorker.ts (one school), and its answer. */
export interface SchoolRequest {
  job: SchoolJob;
}

export type SchoolReply = { ok: ScoredFile } | { failed: string };
