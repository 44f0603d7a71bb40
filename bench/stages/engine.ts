/**
 * The engine alone, warm: read and parse once, then score the same Dataset three times (the first call
 * also pays for JIT compilation; the pipeline stage reports that one). With a profile path, the three
 * score() calls — and nothing else — are CPU-profiled through the inspector.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { readInputs } from '../../src/app/inspect.js';
import { score } from '../../src/engine/score.js';
import { openXlsxFile } from '../../src/hosts/xlsx/nodeFile.js';

export interface EngineResult {
  engineRunsMs: number[];
  engineWarmMs: number;
}

export async function runEngine(file: string, profilePath?: string): Promise<EngineResult> {
  const host = await openXlsxFile(file, { charts: null });
  const read = await readInputs(host);
  if (!read.canScore) {
    throw new Error(`bench workbook cannot be scored: ${read.issues.filter((i) => i.severity === 'error').map((i) => i.message).join('; ')}`);
  }
  const session = profilePath ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const engineRunsMs: number[] = [];
  for (let k = 0; k < 3; k++) {
    const started = performance.now();
    score(read.dataset, read.rules);
    engineRunsMs.push(performance.now() - started);
  }
  if (session && profilePath) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profilePath, JSON.stringify(profile));
    session.disconnect();
  }
  return { engineRunsMs, engineWarmMs: Math.min(...engineRunsMs.slice(1)) };
}
