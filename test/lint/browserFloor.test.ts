/**
 * The browser floor (build/browserFloor.json, docs/addin.md) is held by the linter: a probe that calls
 * a built-in newer than Chrome 80 / Safari 14.1 is refused anywhere code can reach the page, the pane
 * or a worker, and allowed in the CLI (Node only). Probes are linted from text; nothing is written.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
const FLOOR_RULES = new Set(['no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax']);

async function refusals(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && FLOOR_RULES.has(m.ruleId)).map((m) => m.message);
}

describe('built-ins newer than the browser floor', () => {
  it.each([
    ['src/engine/probe.ts', 'export const copy = structuredClone({ a: 1 });', /structuredClone|Chrome 98/],
    ['src/sheets/rules/probe.ts', "export const own = Object.hasOwn({ a: 1 }, 'a');", /Chrome 93/],
    ['src/app/probe.ts', 'export const last = [1, 2].at(-1);', /\.at\(\)/],
    ['src/hosts/xlsx/probe.ts', 'export const found = [1, 2].findLast((x) => x > 1);', /findLast/],
    ['src/taskpane/probe.ts', 'export const sorted = [2, 1].toSorted();', /toSorted/],
    ['src/hosts/excel/probe.ts', "export const text = 'a-b'.replaceAll('-', '');", /replaceAll/],
    ['src/taskpane/probe.ts', 'export const ref = new WeakRef({});', /shimmed/],
    ['src/app/probe.ts', 'export const all = Promise.any([Promise.resolve(1)]);', /Promise\.allSettled/],
    ['src/hosts/xlsx/package/probe.ts', "export const inflater = new DecompressionStream('gzip');", /portableCodec\.ts.*fflate/],
    ['src/taskpane/probe.ts', "export const deflater = new CompressionStream('gzip');", /Safari 16\.4/],
  ])('are refused in %s: %s', async (file, code, message) => {
    const found = await refusals(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it.each([
    ['src/cli/probe.ts', 'export const last = [1, 2].at(-1);'],
    ['src/engine/probe.ts', 'export const last = [1, 2][1];'],
    ['src/engine/probe.ts', "export const own = Object.prototype.hasOwnProperty.call({ a: 1 }, 'a');"],
    // The one file that tests for the compression streams and falls back to fflate.
    ['src/hosts/xlsx/package/portableCodec.ts', "export const inflater = typeof DecompressionStream === 'function' ? new DecompressionStream('gzip') : null;"],
  ])('are allowed where Node alone runs the code, where a fallback is, and older forms everywhere: %s', async (file, code) => {
    expect(await refusals(file, code)).toEqual([]);
  });
});
