/**
 * The package saved in pieces (OpcPackage.saveChunks / XlsxHost.saveChunks, issue 23: the CLI's peak
 * was the saved zip joined into one array beside its pieces): the pieces are save()'s bytes unjoined,
 * a part the run did not change is handed on as the school file's own bytes, and nothing is copied
 * twice.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertSample } from '../../../../src/app/insertSample.js';
import { run } from '../../../../src/app/run.js';
import { nodeCodec } from '../../../../src/hosts/xlsx/nodeCodec.js';
import { joinBytes } from '../../../../src/hosts/xlsx/package/joinBytes.js';
import { readZipDirectory } from '../../../../src/hosts/xlsx/package/zipDirectory.js';
import { XlsxHost } from '../../../../src/hosts/xlsx/xlsxHost.js';

let school: Uint8Array;

beforeEach(async () => {
  // Zip entries carry the time they were saved: pinned, two saves give the same bytes.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 7, 18, 0, 0));
  const sample = await XlsxHost.create({ charts: null });
  await insertSample(sample);
  school = await sample.save();
});

afterEach(() => {
  vi.useRealTimers();
});

async function scored(codec?: typeof nodeCodec): Promise<XlsxHost> {
  const host = await XlsxHost.open(school, { charts: null, ...(codec === undefined ? {} : { codec }) });
  expect((await run(host)).score).not.toBeNull();
  return host;
}

describe('saveChunks', () => {
  it.each([
    ['Node’s zlib', nodeCodec],
    ['the page’s codec', undefined],
  ])('joined, the pieces of a scored workbook are save()’s bytes (%s)', async (_, codec) => {
    const host = await scored(codec);
    const chunks = await host.saveChunks();
    expect(chunks.length).toBeGreaterThan(3);
    expect(joinBytes(chunks)).toEqual(await host.save());
  });

  it('hands on a part the run did not change as the school file’s own bytes, not a copy', async () => {
    const host = await scored(nodeCodec);
    const chunks = await host.saveChunks();
    const roster = readZipDirectory(school).find((e) => e.name === 'xl/worksheets/sheet1.xml');
    expect(roster).toBeDefined();
    // The entry's compressed data in the school's file is one of the pieces, as the same memory.
    expect(chunks.some((c) => c.buffer === school.buffer && c.byteOffset === roster?.data.byteOffset && c.length === roster.data.length)).toBe(true);
  });

  it('reads back as the workbook it saves, every entry checked', async () => {
    const host = await scored(nodeCodec);
    const again = await XlsxHost.open(joinBytes(await host.saveChunks()), { charts: null });
    expect((await again.listSheets()).map((s) => s.name)).toEqual((await host.listSheets()).map((s) => s.name));
    expect(await again.readSheet('教师名册')).toEqual(await host.readSheet('教师名册'));
  });

  it('adds the blank sheet Excel needs to a workbook with none, as save() does', async () => {
    const blank = await XlsxHost.create({ charts: null });
    const saved = await XlsxHost.open(joinBytes(await blank.saveChunks()));
    expect((await saved.listSheets()).map((s) => s.name)).toEqual(['Sheet1']);
  });
});
