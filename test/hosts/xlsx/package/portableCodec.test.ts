/**
 * The portable codec (issue 23): the browser's compression streams with each zip entry in a gzip
 * frame, and fflate where the streams are missing (Safari before 16.4). Both read exactly what Node's
 * zlib reads, are held to the same checks (entryCheck.ts), and deflate parts Node's zlib inflates back
 * with the CRC-32 they report; the page falls back to fflate when the streams are gone.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeCodec } from '../../../../src/hosts/xlsx/nodeCodec.js';
import { XlsxFileError } from '../../../../src/hosts/xlsx/package/fileError.js';
import { unwrapGzip } from '../../../../src/hosts/xlsx/package/gzipFrame.js';
import type { PartCodec } from '../../../../src/hosts/xlsx/package/partCodec.js';
import { fflateCodec, INFLATE_FEED_BYTES, streamCodec } from '../../../../src/hosts/xlsx/package/portableCodec.js';
import { XlsxHost } from '../../../../src/hosts/xlsx/xlsxHost.js';
import { entryLayouts, schoolWorkbook, sharedStringsWorkbook, withDeclared } from '../../../robustness/hostileFiles.js';
import { CHARTS, RECORD, RESULTS } from '../sampleOutputs.js';

const FIXTURE = new URL('../../../fixtures/school-features.xlsx', import.meta.url);
const SHEET = 'xl/worksheets/sheet2.xml';
const CODECS: [string, PartCodec][] = [
  ['the compression streams', streamCodec],
  ['fflate', fflateCodec],
];

async function tables(bytes: Uint8Array, codec: PartCodec) {
  const host = await XlsxHost.open(bytes, { codec });
  return Promise.all((await host.listSheets()).map((s) => host.readSheet(s.name)));
}

async function refusal(bytes: Uint8Array, codec: PartCodec): Promise<unknown> {
  return tables(bytes, codec).then(() => null, (e: unknown) => e);
}

/** Text of a few hundred KB that compresses as sheet XML does. */
function sheetLikeText(rows: number): Uint8Array {
  const lines: string[] = [];
  for (let r = 1; r <= rows; r++) lines.push(`<row r="${r}"><c r="A${r}" t="s"><v>${r % 97}</v></c><c r="B${r}"><v>${(r * 7919) % 1000}</v></c></row>`);
  return new TextEncoder().encode(lines.join(''));
}

describe.each(CODECS)('the portable codec: %s', (_label, codec) => {
  it.each([
    ['the features fixture', async () => new Uint8Array(await readFile(FIXTURE))],
    ['a school with shared strings', () => sharedStringsWorkbook()],
  ])('reads %s as Node’s zlib does', async (_name, make) => {
    const bytes = await make();
    expect(await tables(bytes, codec)).toEqual(await tables(bytes, nodeCodec));
  });

  it.each([
    ['an empty part', new Uint8Array(0)],
    ['one byte', Uint8Array.of(0x3c)],
    ['sheet-like text of ~1 MB', sheetLikeText(12_000)],
  ])('deflates %s to raw deflate data with its CRC-32 and size', async (_name, bytes) => {
    const part = await codec.deflateRaw(bytes);
    expect(inflateRawSync(part.data).equals(bytes)).toBe(true);
    expect(part.crc32).toBe(zlibCrc32(bytes));
    expect(part.size).toBe(bytes.length);
  });

  it.each([
    ['a wrong CRC-32', { crc32: (c: number) => c ^ 0x80 }, /CRC-32/],
    ['a declared size one byte short', { uncompressedSize: (s: number) => s - 1 }, /declared/],
    ['a declared size one byte long', { uncompressedSize: (s: number) => s + 1 }, /declares/],
  ])('refuses a sheet part with %s', async (_name, change, detail) => {
    const error = await refusal(withDeclared(await schoolWorkbook(), SHEET, change), codec);
    expect(error).toBeInstanceOf(XlsxFileError);
    expect((error as XlsxFileError).reason).toBe('damaged');
    expect((error as Error).message).toMatch(detail);
  });

  it('refuses deflate data cut short', async () => {
    const bytes = await schoolWorkbook();
    const entry = entryLayouts(bytes).find((e) => e.name === SHEET)!;
    const out = bytes.slice();
    out.fill(0, entry.dataStart + entry.compressedSize - 8, entry.dataStart + entry.compressedSize);
    expect(await refusal(out, codec)).toBeInstanceOf(XlsxFileError);
  });

  it('writes a package Node’s zlib and ExcelJS read back: our sheets as written, the school’s as they were', async () => {
    const original = new Uint8Array(await readFile(FIXTURE));
    const host = await XlsxHost.open(original, { codec });
    await host.writeOutputs([RESULTS, CHARTS, RECORD]);
    const saved = await host.save();
    const reference = await XlsxHost.open(original, { codec: nodeCodec });
    await reference.writeOutputs([RESULTS, CHARTS, RECORD]);
    expect(await tables(saved, nodeCodec)).toEqual(await tables(await reference.save(), nodeCodec));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(RESULTS.name)).toBeDefined();
  });
});

describe('the gzip frame of CompressionStream', () => {
  it('gives the raw deflate data and CRC-32 behind any header fields', () => {
    const raw = Uint8Array.of(0x03, 0x00); // an empty final block
    // FNAME and FCOMMENT set: "a\0" and "b\0" follow the 10-byte header.
    const member = Uint8Array.of(0x1f, 0x8b, 8, 8 | 16, 0, 0, 0, 0, 0, 3, 0x61, 0, 0x62, 0, ...raw, 0, 0, 0, 0, 0, 0, 0, 0);
    expect(unwrapGzip(member, 0)).toEqual({ data: raw, crc32: 0 });
  });

  it('throws for a size other than the one given (our bug, not the file’s)', () => {
    const member = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x03, 0x00, 0, 0, 0, 0, 1, 0, 0, 0);
    expect(() => unwrapGzip(member, 0)).toThrow(/size/);
  });
});

describe('choosing the codec by feature', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('takes the compression streams where the scope has them', async () => {
    vi.resetModules();
    const module = await import('../../../../src/hosts/xlsx/package/portableCodec.js');
    expect(module.portableCodec).toBe(module.streamCodec);
  });

  it.each(['DecompressionStream', 'CompressionStream'])('falls back to fflate without %s (Safari before 16.4)', async (name) => {
    vi.stubGlobal(name, undefined);
    vi.resetModules();
    const module = await import('../../../../src/hosts/xlsx/package/portableCodec.js');
    expect(module.portableCodec).toBe(module.fflateCodec);
  });
});

describe('inflating through DecompressionStream', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** The platform's stream with every write it is given counted (the bytes of each). */
  function countingStreams(writes: number[]): void {
    const Real = DecompressionStream;
    vi.stubGlobal(
      'DecompressionStream',
      class {
        readonly readable: ReadableStream<Uint8Array>;
        readonly writable: WritableStream<BufferSource>;
        constructor(format: CompressionFormat) {
          const real = new Real(format);
          const writer = real.writable.getWriter();
          this.readable = real.readable;
          this.writable = new WritableStream<BufferSource>({
            write: (chunk) => {
              writes.push(chunk.byteLength);
              return writer.write(chunk);
            },
            close: () => writer.close(),
            abort: (reason) => writer.abort(reason),
          });
        }
      },
    );
  }

  it('is fed a slice at a time, and no further once the reader stops (a bomb is never inflated whole)', async () => {
    const writes: number[] = [];
    countingStreams(writes);
    // ~12 MB of sheet-like XML, deflated to ~2.4 MB: some 40 slices.
    const text = sheetLikeText(200_000);
    const compressed = new Uint8Array(deflateRawSync(text));
    expect(compressed.length).toBeGreaterThan(10 * INFLATE_FEED_BYTES);
    const declared = { compressedSize: compressed.length, uncompressedSize: text.length, crc32: zlibCrc32(text) };
    const refused = await streamCodec.inflateRaw(compressed, declared, () => {
      throw new Error('over budget');
    }).then(() => null, (e: unknown) => e);
    expect((refused as Error).message).toBe('over budget');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Math.max(...writes)).toBeLessThanOrEqual(INFLATE_FEED_BYTES);
    // The gzip header, and a few slices at most: not the rest of the entry.
    expect(writes.reduce((a, b) => a + b, 0)).toBeLessThan(4 * INFLATE_FEED_BYTES);
  });

  it('still reads the whole entry, slice after slice', async () => {
    const writes: number[] = [];
    countingStreams(writes);
    const text = sheetLikeText(200_000);
    const compressed = new Uint8Array(deflateRawSync(text));
    const chunks: Uint8Array[] = [];
    await streamCodec.inflateRaw(compressed, { compressedSize: compressed.length, uncompressedSize: text.length, crc32: zlibCrc32(text) }, (c) => chunks.push(c.slice()));
    expect(Buffer.concat(chunks).equals(Buffer.from(text))).toBe(true);
    // header + slices + trailer
    expect(writes.length).toBe(2 + Math.ceil(compressed.length / INFLATE_FEED_BYTES));
  });
});
