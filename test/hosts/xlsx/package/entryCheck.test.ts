/**
 * Issue 19 item 3, SPEC §11: a part whose bytes do not match its zip entry — CRC-32 or size — and a
 * shared string that does not exist are damage, caught where the part is inflated or the cell read:
 * the one "file damaged" error, never a Table with other numbers.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { XlsxHost } from '../../../../src/hosts/xlsx/xlsxHost.js';
import { XlsxFileError } from '../../../../src/hosts/xlsx/package/fileError.js';
import { crc32 } from '../../../../src/hosts/xlsx/package/crc32.js';
import { streamCodec } from '../../../../src/hosts/xlsx/package/portableCodec.js';
import { bytesOf, editPart, entryLayouts, schoolWorkbook, sharedStringsWorkbook, withDeclared, zipOf } from '../../../robustness/hostileFiles.js';

/** Opens and reads every sheet, as the app does; the error, or null when all was read. */
async function readAll(bytes: Uint8Array, options: Parameters<typeof XlsxHost.open>[1] = {}): Promise<unknown> {
  try {
    const host = await XlsxHost.open(bytes, options);
    for (const sheet of await host.listSheets()) await host.readSheet(sheet.name);
    return null;
  } catch (error) {
    return error;
  }
}

async function expectDamaged(bytes: Uint8Array, detail: RegExp, options: Parameters<typeof XlsxHost.open>[1] = {}): Promise<void> {
  const error = await readAll(bytes, options);
  expect(error).toBeInstanceOf(XlsxFileError);
  expect((error as XlsxFileError).reason).toBe('damaged');
  expect((error as Error).message).toContain('文件已损坏或过大');
  expect((error as Error).message).toMatch(detail);
}

const SHEET = 'xl/worksheets/sheet2.xml';

describe('crc32 (the zip checksum)', () => {
  it.each([
    ['123456789', 0xcbf43926],
    ['', 0],
    ['a', 0xe8b7be43],
  ])('crc32(%j) = %i', (text, expected) => {
    expect(crc32(new TextEncoder().encode(text))).toBe(expected);
  });

  it('continues chunk by chunk', () => {
    const bytes = new TextEncoder().encode('研修考核助手 123456789');
    expect(crc32(bytes.subarray(7), crc32(bytes.subarray(0, 7)))).toBe(crc32(bytes));
  });

  it('agrees with zlib at every length and split (eight bytes a step, then the rest one by one)', () => {
    const bytes = Uint8Array.from({ length: 67 }, (_, i) => (i * 151 + 7) & 0xff);
    for (let length = 0; length <= bytes.length; length++) {
      const part = bytes.subarray(0, length);
      expect(crc32(part), `length ${length}`).toBe(zlibCrc32(part));
      for (const split of [1, 3, 8, 9]) if (split < length) expect(crc32(part.subarray(split), crc32(part.subarray(0, split)))).toBe(zlibCrc32(part));
    }
  });
});

describe('a part that does not match its zip entry is damage', () => {
  it('reads the untouched workbook', async () => {
    expect(await readAll(await schoolWorkbook())).toBeNull();
  });

  it.each(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', SHEET])('a wrong CRC-32 on %s', async (part) => {
    await expectDamaged(withDeclared(await schoolWorkbook(), part, { crc32: (crc) => crc ^ 1 }), /CRC-32/);
  });

  it.each([
    // JSZip's inflater notices first here (its own size check); Node's native codec leaves it to ours.
    ['shorter than its declared size', (size: number) => size + 1, /declares|size mismatch/],
    ['longer than its declared size', (size: number) => size - 1, /declared/],
  ])('a sheet part %s', async (_label, uncompressedSize, detail) => {
    await expectDamaged(withDeclared(await schoolWorkbook(), SHEET, { uncompressedSize }), detail);
  });

  it('a flipped bit in compressed data that still inflates: caught by the CRC, or by the inflater', async () => {
    // Stored (level 0) data inflates whatever its bytes are: only the CRC can tell.
    const zip = await zipOf(await schoolWorkbook());
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const entry = entryLayouts(bytes).find((e) => e.name === SHEET)!;
    const text = new TextDecoder().decode(bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize));
    // '出勤' → '缺勤'-like change of one bit in a digit: <v>2</v> → <v>3</v> (0x32 → 0x33).
    const at = entry.dataStart + new TextEncoder().encode(text.slice(0, text.indexOf('<v>2</v>') + 3)).length;
    const out = bytes.slice();
    out[at] = (out[at] ?? 0) ^ 0x01;
    await expectDamaged(out, /CRC-32/);
  });
});

describe('a codec that checks the CRC-32 itself (the browser\'s gzip stream, PartCodec.checksDeclared)', () => {
  /** The stream codec, its JavaScript CRC-32 counted. */
  const counted = () => {
    const spy = vi.fn(crc32);
    return { spy, codec: { ...streamCodec, crc32: spy } };
  };

  it('is not checked a second time in JavaScript, and a wrong CRC-32 is damage all the same', async () => {
    const { spy, codec } = counted();
    expect(await readAll(await schoolWorkbook(), { codec })).toBeNull();
    expect(spy).not.toHaveBeenCalled();
    await expectDamaged(withDeclared(await schoolWorkbook(), SHEET, { crc32: (crc) => crc ^ 1 }), /CRC-32/, { codec });
  });

  it('still has stored parts (no inflater) checked here', async () => {
    const { spy, codec } = counted();
    const zip = await zipOf(await schoolWorkbook());
    const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    expect(await readAll(stored, { codec })).toBeNull();
    expect(spy).toHaveBeenCalled();
    await expectDamaged(withDeclared(stored, SHEET, { crc32: (crc) => crc ^ 1 }), /CRC-32/, { codec });
  });
});

describe('shared strings the cells refer to must exist', () => {
  it('reads the workbook written with shared strings as the inline one', async () => {
    const inline = await XlsxHost.open(await schoolWorkbook());
    const shared = await XlsxHost.open(await sharedStringsWorkbook());
    expect(await shared.readSheet('签到表')).toEqual(await inline.readSheet('签到表'));
  });

  it('a sharedStrings part missing its last items', async () => {
    const bytes = await editPart(await sharedStringsWorkbook(), 'xl/sharedStrings.xml', (xml) => xml.replace(/(<si>(?:(?!<si>).)*<\/si>){5}<\/sst>/, '</sst>'));
    await expectDamaged(bytes, /shared string \d+ does not exist/);
  });

  it('an index that is not a number', async () => {
    const bytes = await editPart(await sharedStringsWorkbook(), SHEET, (xml) => xml.replace('<v>0</v>', '<v>x</v>'));
    await expectDamaged(bytes, /shared string x does not exist/);
  });

  it('no sharedStrings part at all: damaged, never "找不到表头"', async () => {
    const zip = await zipOf(await sharedStringsWorkbook());
    zip.remove('xl/sharedStrings.xml');
    await expectDamaged(await bytesOf(zip), /holds 0/);
  });
});
