/**
 * Issue 11 item 9: a property-based fuzz over package mutations — truncation, flipped bytes,
 * removed and duplicated parts, random XML inside a part. For every mutant the command line ends
 * with exit 0 or exit 2 (one bilingual line), nothing is thrown past its boundary, it ends (a hang
 * would trip the guard below), the input's bytes are unchanged and no temporary file is left.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { scoreCommand } from '../../src/cli/scoreCommand.js';
import { bytesOf, duplicatedPart, entryLayouts, schoolWorkbook, sharedStringsWorkbook } from './hostileFiles.js';

/** A run that has not ended after this long is a hang, not a slow machine (a normal run takes < 2 s). */
const HANG_MS = 60_000;
const RUNS = 30;

let base: Uint8Array = new Uint8Array(0);
let parts: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'yanxiu-fuzz-'));
let counter = 0;

beforeAll(async () => {
  base = await schoolWorkbook();
  parts = Object.keys((await JSZip.loadAsync(base)).files).filter((p) => !p.endsWith('/'));
});

/** Runs `score` on the mutant as the command line does; returns the exit code. */
async function score(bytes: Uint8Array): Promise<number> {
  return (await scoreWithResult(bytes)).code;
}

/** The Result JSON without what differs between two runs of one workbook (run time, file name). */
const comparable = (json: string) => json.replace(/"(ranAt|runAt|generatedAt|when|file|sha256|input|output)":\s*"[^"]*"/g, '');

/** Runs `score`; the exit code and, on success, the Result JSON as compared between runs. */
async function scoreWithResult(bytes: Uint8Array): Promise<{ code: number; result: string | null }> {
  const run = join(dir, `run${counter++}`);
  const input = `${run}.xlsx`;
  writeFileSync(input, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  let code: number;
  const lines: string[] = [];
  const io = { out: () => undefined, err: (line: string) => void lines.push(line) };
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the run did not end')), HANG_MS);
  });
  try {
    code = await Promise.race([scoreCommand({ input, output: `${run}-out.xlsx`, json: `${run}.json` }, io), hang]);
  } catch (error) {
    // Only the CLI's own one-line errors may come out; anything else escaped the boundary.
    if (!(error instanceof CliError)) throw error;
    expect(error.line()).not.toMatch(/\n/);
    code = error.exitCode;
  } finally {
    clearTimeout(timer);
  }
  const result = code === 0 ? comparable(readFileSync(`${run}.json`, 'utf8')) : null;
  expect(createHash('sha256').update(readFileSync(input)).digest('hex')).toBe(sha);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  for (const f of readdirSync(dir)) if (f.startsWith(`run${counter - 1}`)) rmSync(join(dir, f), { force: true });
  return { code, result };
}

const XML_PIECES = ['<row r="3">', '</row>', '<c r="B3" t="s">', '<c r="XFD1048576">', '<v>', '</v>', '<v>&#99999999999;</v>', '<!--', '-->', '<![CDATA[', ']]>', '<?x ', '?>', '<!DOCTYPE x>', '&amp;', '&bogus;', '"', "'", '<', '>', '<si><t>', '</t></si>', '<sheet name="签到表" sheetId="9" r:id="rId1"/>', 'x', '张三', ' '];

async function withPartText(path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(base);
  zip.file(path, edit((await zip.file(path)?.async('string')) ?? ''));
  return bytesOf(zip);
}

describe('mutated packages end in exit 0 or 2, input unchanged', () => {
  const property = (mutant: fc.Arbitrary<() => Promise<Uint8Array>>) =>
    fc.assert(
      fc.asyncProperty(mutant, async (make) => {
        expect([0, 2]).toContain(await score(await make()));
      }),
      { numRuns: RUNS },
    );

  it('truncated', () => property(fc.double({ min: 0, max: 1, noNaN: true }).map((f) => async () => base.slice(0, Math.floor(base.length * f)))), 300_000);

  it('flipped bytes', () =>
    property(
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => async () => {
        const out = base.slice();
        for (const [at, mask] of flips) {
          const i = Math.min(out.length - 1, Math.floor(out.length * at));
          out[i] = (out[i] ?? 0) ^ mask;
        }
        return out;
      }),
    ), 300_000);

  it('a part removed', () =>
    property(
      fc.integer({ min: 0, max: 1000 }).map((k) => async () => {
        const zip = await JSZip.loadAsync(base);
        zip.remove(parts[k % parts.length] ?? '');
        return bytesOf(zip);
      }),
    ), 300_000);

  it('a part duplicated', () => property(fc.integer({ min: 0, max: 1000 }).map((k) => async () => duplicatedPart(base, parts[k % parts.length] ?? ''))), 300_000);

  it('random XML inside a part', () =>
    property(
      fc
        .tuple(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.constantFrom(...XML_PIECES), { maxLength: 12 }), fc.boolean())
        .map(([k, at, pieces, replace]) => async () =>
          withPartText(parts[k % parts.length] ?? '', (xml) => {
            const i = Math.floor(xml.length * at);
            return replace ? pieces.join('') : xml.slice(0, i) + pieces.join('') + xml.slice(i);
          }),
        ),
    ), 300_000);
});

/**
 * Issue 19 item 3: one flipped bit in the compressed data of any entry. Deflate data often still
 * inflates after a flip — to other text — so the zip's CRC-32 is what stands between a flipped bit
 * and a teacher who vanishes: the run is refused (exit 2) or gives the very same Result.
 */
describe('a flipped bit in an entry\'s compressed data: exit 2 or the same Result, never other numbers', () => {
  let shared: Uint8Array = new Uint8Array(0);
  let expected = '';

  beforeAll(async () => {
    shared = await sharedStringsWorkbook(base);
    const run = await scoreWithResult(shared);
    expect(run.code).toBe(0);
    expected = run.result ?? '';
  });

  // The parts holding the cells: where a flip that still inflates changes a number or a name.
  it('any bit of a sheet or the shared strings', () =>
    fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 2 ** 30 }), fc.integer({ min: 0, max: 7 }), async (k, at, bit) => {
        const entries = entryLayouts(shared).filter((e) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(e.name));
        const entry = entries[k % entries.length]!;
        const out = shared.slice();
        // A spread-out offset (fast-check leans to small numbers: those only break the block header).
        const i = entry.dataStart + ((at * 2654435761) >>> 0) % entry.compressedSize;
        out[i] = (out[i] ?? 0) ^ (1 << bit);
        const run = await scoreWithResult(out);
        if (run.code !== 2) {
          expect(run.code).toBe(0);
          expect(run.result).toBe(expected);
        }
      }),
      { numRuns: 80 },
    ), 300_000);
});
