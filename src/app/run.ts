/**
 * 计算: read → score → lay out → write the seven output sheets (SPEC §7).
 * Hosts do the I/O; this only orders the stages, reports progress and honours cancellation. The
 * pure middle (parse, score, lay out) runs behind `options.compute` — in place by default, in a Web
 * Worker in the browser — so this file does not know or care where it runs.
 */
import type { Host } from './host.js';
import type { Progress, RunOptions, RunReport, RunStage } from './types.js';
import { computeInPlace } from './compute.js';
import { readInputTables } from './inspect.js';
import { RunCancelled } from './runCancelled.js';
import { VERSION } from './version.js';

const STAGES: Readonly<Record<RunStage, Omit<Progress, 'stage'>>> = {
  read: { fraction: 0, label: '正在读取工作表…' },
  parse: { fraction: 0.3, label: '正在检查数据…' },
  score: { fraction: 0.5, label: '正在计算得分和等次…' },
  layout: { fraction: 0.7, label: '正在生成结果表和图表…' },
  write: { fraction: 0.8, label: '正在写入工作簿…' },
  done: { fraction: 1, label: '计算完成' },
};

/**
 * Score the workbook behind `host` and write the outputs. Writes nothing when the data cannot be
 * scored (`report.score === null`, the issues say why) or when `options.signal` fires (throws RunCancelled).
 * @example const report = await run(host, { onProgress: (p) => bar.set(p.fraction) });
 */
export async function run(host: Host, options: RunOptions = {}): Promise<RunReport> {
  const checkCancelled = (): void => {
    if (options.signal?.aborted === true) throw new RunCancelled();
  };
  // Checked before and after each report, so a cancel pressed while 正在写入 shows still stops the write.
  const step = (stage: RunStage): void => {
    checkCancelled();
    options.onProgress?.({ stage, ...STAGES[stage] });
    if (stage !== 'done') checkCancelled();
  };

  const now = options.now ?? new Date();
  step('read');
  const ownOutputs = await host.outputSheets?.();
  const tables = await readInputTables(host, ownOutputs);
  const compute = options.compute ?? computeInPlace;
  const output = await compute(
    { tables, now, version: VERSION, ...(ownOutputs === undefined ? {} : { ownOutputs }), ...(options.rulesOverride === undefined ? {} : { rulesOverride: options.rulesOverride }) },
    { onStage: step, ...(options.signal === undefined ? {} : { signal: options.signal }) },
  );
  checkCancelled();
  if (output.score === null) {
    step('done');
    return { inspect: output.inspect, score: null, written: {} };
  }

  step('write');
  const { written } = await host.writeOutputs(output.sheets);
  step('done');
  return { inspect: output.inspect, score: output.score, written, ...(output.trimmed === undefined ? {} : { trimmed: output.trimmed }) };
}
