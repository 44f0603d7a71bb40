/**
 * Child-process entry of the bench: `tsx bench/stage.ts <stage> <file> [out]` runs one stage and
 * prints one JSON line with its measures and the process's peak RSS (VmHWM).
 */
import { readFloor } from './stages/floor.js';
import { peakRssMb } from './peakMemory.js';

async function main(): Promise<void> {
  const [stage, file, out] = process.argv.slice(2);
  if (!stage || !file) throw new Error('usage: tsx bench/stage.ts floor|pipeline|engine|office <file.xlsx> [out.xlsx | engine.cpuprofile]');
  const started = performance.now();
  let result: object;
  if (stage === 'floor') {
    result = await readFloor(file);
  } else if (stage === 'pipeline') {
    const { runPipeline } = await import('./stages/pipeline.js');
    result = await runPipeline(file, out ?? `${file}.out.xlsx`);
  } else if (stage === 'engine') {
    const { runEngine } = await import('./stages/engine.js');
    result = await runEngine(file, out);
  } else if (stage === 'office') {
    const { runOffice } = await import('./stages/office.js');
    result = await runOffice(file);
  } else if (stage === 'district-single' || stage === 'district') {
    // issue 13: `file` is a list of school files, one per line
    const { readFileSync } = await import('node:fs');
    const files = readFileSync(file, 'utf8').split('\n').filter((f) => f !== '');
    const { runDistrict, runSingles } = await import('./stages/consolidate.js');
    result = stage === 'district' ? await runDistrict(files) : await runSingles(files);
  } else {
    throw new Error(`unknown stage ${stage}`);
  }
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ...result, ms, peakMb: peakRssMb() }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
