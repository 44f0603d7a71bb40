/**
 * consolidate reads each school into one block of shared memory (SharedReadBuffer): each read gives
 * exactly that file's bytes, whatever was read before, and the errors of readInputFile.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { SharedReadBuffer } from '../../src/cli/files.js';

const dir = mkdtempSync(join(tmpdir(), 'yanxiu-shared-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, size: number, seed: number): { path: string; bytes: Uint8Array } {
  const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) & 0xff);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, bytes };
}

describe('SharedReadBuffer', () => {
  it('gives each file its own bytes, larger and smaller ones in turn, in shared memory', async () => {
    const reader = new SharedReadBuffer();
    for (const [i, size] of [300_000, 10, 700_000, 0, 250_000].entries()) {
      const { path, bytes } = file(`s${i}.xlsx`, size, i);
      const read = await reader.read(path);
      expect(read.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('says a missing file or a folder as readInputFile does', async () => {
    const reader = new SharedReadBuffer();
    await expect(reader.read(join(dir, 'none.xlsx'))).rejects.toThrow(CliError);
    mkdirSync(join(dir, 'folder.xlsx'));
    await expect(reader.read(join(dir, 'folder.xlsx'))).rejects.toMatchObject({ zh: expect.stringContaining('不是文件') as unknown });
  });
});
