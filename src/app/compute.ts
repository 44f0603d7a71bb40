/**
 * The part of 计算 that needs no host: tables in, the outputs to write and the report out. Pure and
 * synchronous, so it can run wherever the caller likes — in place (CLI, tests) or in a Web Worker
 * (the task pane and the standalone page, so the UI thread never waits on the engine). Input and
 * output are plain data that survive structured cloning (postMessage).
 */
import type { InspectReport, RunOptions } from './types.js';
import type { OutputSheet } from '../sheets/output.js';
import type { Table } from '../sheets/table.js';
import type { ScoreRun } from '../engine/model.js';
import { layoutOutputs } from '../sheets/layout/layoutOutputs.js';
import { score } from '../engine/score.js';
import { readTables, toInspectReport, type ParseTables } from './inspect.js';
import { RunCancelled } from './runCancelled.js';

/** The stages the computation passes through, in order (reported for the ProgressBar). */
export type ComputeStage = 'parse' | 'score' | 'layout';

export interface ComputeInput {
  /** The standard input sheets as the host read them. */
  tables: Table[];
  /** The sheets the workbook's ownership record lists (`Host.outputSheets`), when the host can tell. */
  ownOutputs?: string[];
  rulesOverride?: RunOptions['rulesOverride'];
  /** The run time: year-less dates fall back to its school year; 计算记录 shows it. */
  now: Date;
  version: string;
}

export interface ComputeOutput {
  inspect: InspectReport;
  /** Null when the data cannot be scored (the inspect issues say why); then `sheets` is empty. */
  score: ScoreRun | null;
  /** The output sheets for the host to write (SPEC §7). */
  sheets: OutputSheet[];
  /**
   * Present when the report crossed from a worker cut down (the task pane: per-teacher results stay
   * in the written sheets); the full counts, as RunReport.trimmed.
   */
  trimmed?: { teachers: number; issues: number };
}

/**
 * Where the computation runs: given the input and a stage callback, resolves with the output;
 * rejects with RunCancelled when `signal` fires (a worker-backed one stops the engine mid-way).
 */
export type Compute = (input: ComputeInput, options: { signal?: AbortSignal; onStage?: (stage: ComputeStage) => void }) => Promise<ComputeOutput>;

/**
 * Parse, score and lay out, in this thread.
 * @example const { sheets } = computeRun({ tables, now: new Date(), version: VERSION });
 */
export function computeRun(input: ComputeInput, onStage: (stage: ComputeStage) => void = () => {}): ComputeOutput {
  const stages = computeStages(input);
  for (;;) {
    const next = stages.next();
    if (next.done === true) return next.value;
    onStage(next.value);
  }
}

/**
 * computeRun giving the event loop a turn (`pause`) before each stage and before the output: where the run shares its thread
 * with the messages that cancel it (the standalone page's file worker), a 取消 is seen between stages.
 * `parse` stands for readTables: the file worker's gives back 检查数据's parse of the same tables (lastParse.ts).
 */
export function computeBetweenTasks(pause: () => Promise<void>, parse: ParseTables = readTables): Compute {
  return async (input, options) => {
    const stages = computeStages(input, parse);
    for (;;) {
      const next = stages.next();
      await pause();
      if (options.signal?.aborted === true) throw new RunCancelled();
      if (next.done === true) return next.value;
      options.onStage?.(next.value);
    }
  };
}

/** The computation, stage by stage: each stage's name is yielded before its work; the output is returned. */
function* computeStages(input: ComputeInput, parse: ParseTables = readTables): Generator<ComputeStage, ComputeOutput> {
  yield 'parse';
  // The parse may be shared with 检查数据 (lastParse.ts): nothing below changes it (test/app/compute.test.ts).
  const read = parse(input.tables, {
    // Year-less dates with neither a period nor a dated row fall back to the school year of the run.
    now: input.now,
    ...(input.ownOutputs === undefined ? {} : { ownOutputs: input.ownOutputs }),
    ...(input.rulesOverride === undefined ? {} : { rulesOverride: input.rulesOverride }),
  });
  const inspected = toInspectReport(read);
  if (!read.canScore) return { inspect: inspected, score: null, sheets: [] };

  yield 'score';
  const scored = score(read.dataset, read.rules);
  // SPEC §7 数据问题 lists every issue: the reader's (in sheet order) first, then the engine's.
  const issues = [...read.issues, ...scored.result.issues];
  scored.result.issues = issues;

  yield 'layout';
  const sheets = layoutOutputs({ run: scored, read: read.report, rules: read.rules, issues, now: input.now, version: input.version });
  return { inspect: inspected, score: scored, sheets };
}

/** computeRun in this thread, behind the Compute seam (the stage callback may throw RunCancelled). */
export const computeInPlace: Compute = async (input, options) => computeRun(input, options.onStage);
