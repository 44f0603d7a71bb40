/** Build the Excel test double for the page (esbuild, which vitest already brings along). */
import path from 'node:path';
import { build } from 'esbuild';

export async function fakeExcelScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(import.meta.dirname, 'fakeExcelPage.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced nothing');
  return out.text;
}
