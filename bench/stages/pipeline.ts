/**
 * The real use case on the file host, stage by stage: `run(host)` from src/app over XlsxHost, with
 * host time measured separately (TimedHost) and stage boundaries from run's own progress reports.
 */
import { rmSync } from 'node:fs';
import { run } from '../../src/app/run.js';
import { openXlsxFile, saveXlsxFile } from '../../src/hosts/xlsx/nodeFile.js';
import { StageClock, TimedHost } from '../timedHost.js';

export interface PipelineResult {
  hostReadMs: number;
  parseMs: number | null;
  engineMs: number | null;
  layoutMs: number | null;
  writeMs: number;
  teachers: number;
  issues: number;
}

export async function runPipeline(file: string, out: string): Promise<PipelineResult> {
  const clock = new StageClock();
  const openStarted = performance.now();
  const xlsx = await openXlsxFile(file);
  const openMs = performance.now() - openStarted;
  const host = new TimedHost(xlsx);
  const report = await run(host, { onProgress: (p) => clock.mark(p.stage), now: new Date(Date.UTC(2024, 0, 31)) });
  const saveStarted = performance.now();
  await saveXlsxFile(xlsx, out);
  const saveMs = performance.now() - saveStarted;
  rmSync(out, { force: true });
  const readStage = clock.between('read', 'score');
  return {
    hostReadMs: openMs + host.readMs,
    // the 'read' stage of run() is host reads plus readWorkbook; the host's share is taken out
    parseMs: readStage === null ? null : readStage - host.readMs,
    engineMs: clock.between('score', 'layout'),
    layoutMs: clock.between('layout', 'write'),
    writeMs: host.writeMs + saveMs,
    teachers: report.score?.result.teachers.length ?? 0,
    issues: report.score?.result.issues.length ?? report.inspect.issues.length,
  };
}
