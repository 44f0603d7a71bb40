/**
 * The CLI's native codec reads exactly what the portable one reads, and is held to the same checks
 * (package/entryCheck.ts): a wrong CRC-32 or size, or deflate data cut short, is damage. It deflates
 * the parts we write (on zlib's thread pool).
 */
import { readFile } from 'node:fs/promises';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeCodec } from '../../../src/hosts/xlsx/nodeCodec.js';
import { crc32 } from '../../../src/hosts/xlsx/package/crc32.js';
import { XlsxFileError } from '../../../src/hosts/xlsx/package/fileError.js';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost.js';
import { entryLayouts, schoolWorkbook, sharedStringsWorkbook, withDeclared } from '../../robustness/hostileFiles.js';

const FIXTURE = new URL('../../fixtures/school-features.xlsx', import.meta.url);

async function tables(bytes: Uint8Array, native: boolean) {
  const host = await XlsxHost.open(bytes, native ? { codec: nodeCodec } : {});
  return Promise.all((await host.listSheets()).map((s) => host.readSheet(s.name)));
}

async function refusal(bytes: Uint8Array): Promise<unknown> {
  return tables(bytes, true).then(() => null, (e: unknown) => e);
}

describe('nodeCodec', () => {
  it.each([
    ['the features fixture', async () => new Uint8Array(await readFile(FIXTURE))],
    ['a school with shared strings', () => sharedStringsWorkbook()],
  ])('reads %s as the portable codec does', async (_label, make) => {
    const bytes = await make();
    expect(await tables(bytes, true)).toEqual(await tables(bytes, false));
  });

  it('computes the zip CRC-32 chunk by chunk, as the portable one', () => {
    const bytes = new TextEncoder().encode('研修考核助手 2023-09-06');
    expect(nodeCodec.crc32(bytes.subarray(9), nodeCodec.crc32(bytes.subarray(0, 9), 0))).toBe(crc32(bytes));
  });

  it('deflates a part to raw deflate data zlib inflates back, with its CRC-32 and size', async () => {
    const bytes = new TextEncoder().encode('<row r="1"><c r="A1" t="inlineStr"><is><t>研修考核助手</t></is></c></row>'.repeat(500));
    const part = await nodeCodec.deflateRaw(bytes);
    expect(inflateRawSync(part.data).equals(bytes)).toBe(true);
    expect(part).toMatchObject({ crc32: crc32(bytes), size: bytes.length });
  });

  it.each([
    ['a wrong CRC-32', { crc32: (c: number) => c ^ 0x80 }, /CRC-32/],
    ['a declared size one byte short', { uncompressedSize: (s: number) => s - 1 }, /declared/],
    ['a declared size one byte long', { uncompressedSize: (s: number) => s + 1 }, /declares/],
  ])('refuses a sheet part with %s', async (_label, change, detail) => {
    const error = await refusal(withDeclared(await schoolWorkbook(), 'xl/worksheets/sheet2.xml', change));
    expect(error).toBeInstanceOf(XlsxFileError);
    expect((error as Error).message).toMatch(detail);
  });

  it('refuses deflate data cut short', async () => {
    const bytes = await schoolWorkbook();
    const entry = entryLayouts(bytes).find((e) => e.name === 'xl/worksheets/sheet2.xml')!;
    const out = bytes.slice();
    // The last compressed bytes zeroed: the stream no longer ends where the entry says.
    out.fill(0, entry.dataStart + entry.compressedSize - 8, entry.dataStart + entry.compressedSize);
    expect(await refusal(out)).toBeInstanceOf(XlsxFileError);
  });

  describe('inflating ahead of the reader (pieces queued, zlib paused when four are waiting)', () => {
    // 4 MB of varied text: many 64 KB pieces, so the queue fills and zlib pauses and resumes.
    const plain = new TextEncoder().encode(Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}"><c><v>${(i * 7919) % 100_003}</v></c></row>`).join(''));
    const packed = deflateRawSync(plain);
    const declared = { compressedSize: packed.length, uncompressedSize: plain.length, crc32: crc32(plain) };

    it('hands every piece on, in order, whatever the reader does between them', async () => {
      const pieces: Uint8Array[] = [];
      let busy = 0;
      await nodeCodec.inflateRaw(packed, declared, (chunk) => {
        pieces.push(new Uint8Array(chunk));
        // A slow reader: zlib must wait, not drop or reorder pieces.
        for (let i = 0; i < 20_000; i++) busy += i % 3;
      });
      expect(busy).toBeGreaterThan(0);
      expect(pieces.length).toBeGreaterThan(8);
      expect(Buffer.concat(pieces).equals(Buffer.from(plain))).toBe(true);
    });

    it('stops at the first throw from the reader and rejects with it; no piece comes after', async () => {
      let calls = 0;
      let afterThrow = 0;
      const outcome = nodeCodec.inflateRaw(packed, declared, () => {
        calls++;
        if (calls > 3) afterThrow++;
        if (calls === 3) throw new Error('reader refused');
      });
      await expect(outcome).rejects.toThrow('reader refused');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(afterThrow).toBe(0);
    });

    it('rejects damaged deflate data without handing on what follows the damage', async () => {
      const broken = Buffer.from(packed);
      broken.fill(0xff, 100, 200);
      await expect(nodeCodec.inflateRaw(broken, declared, () => undefined)).rejects.toThrow();
    });
  });
});
