/** The messages between the page and scoringWorker.ts (structured-clone data only). */
import type { ComputeInput, ComputeOutput, ComputeStage } from '../app/compute.js';
import type { DistrictProgress } from '../app/consolidate.js';
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
  | { op: 'open'; bytes: Uint8Array }
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
  | { op: 'consolidate'; files: { file: string; blob: Blob }[]; options: object }
);

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
  | { id: number; kind: 'done'; value: unknown }
  | { id: number; kind: 'failed'; error: ErrorData };
