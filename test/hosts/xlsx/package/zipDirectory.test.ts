/**
 * The zip's directory as the package reads it (issue 23: JSZip's reader walked every byte first): the
 * entries JSZip reads, with their declarations and compressed bytes, and anything malformed is damage.
 */
import JSZip from 'jszip';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { XlsxFileError } from '../../../../src/hosts/xlsx/package/fileError.js';
import { readZipDirectory } from '../../../../src/hosts/xlsx/package/zipDirectory.js';
import { entryLayouts, schoolWorkbook } from '../../../robustness/hostileFiles.js';

function refusal(bytes: Uint8Array): unknown {
  try {
    readZipDirectory(bytes);
    return null;
  } catch (error) {
    return error;
  }
}

describe('readZipDirectory', () => {
  it('reads the entries JSZip reads: names, declarations and the bytes that inflate to each part', async () => {
    const bytes = await schoolWorkbook();
    const zip = await JSZip.loadAsync(bytes);
    const entries = readZipDirectory(bytes);
    expect(entries.map((e) => e.name)).toEqual(Object.keys(zip.files));
    for (const entry of entries) {
      const text = await zip.file(entry.name)!.async('uint8array');
      expect(entry.uncompressedSize, entry.name).toBe(text.length);
      expect(Buffer.from(entry.method === 8 ? inflateRawSync(entry.data) : entry.data).equals(Buffer.from(text)), entry.name).toBe(true);
    }
  });

  it('reads a stored entry, a folder entry and a UTF-8 name', async () => {
    const zip = new JSZip();
    zip.folder('xl');
    zip.file('xl/名册.xml', '<a/>', { compression: 'STORE' });
    const entries = readZipDirectory(await zip.generateAsync({ type: 'uint8array' }));
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['xl/', 0, 0],
      ['xl/名册.xml', 0, 4],
    ]);
  });

  it.each([
    ['cut off before its directory', (b: Uint8Array) => b.subarray(0, b.length - 40)],
    ['cut in half', (b: Uint8Array) => b.subarray(0, b.length >> 1)],
    ['an entry marked encrypted', (b: Uint8Array) => {
      const out = b.slice();
      const layout = entryLayouts(out)[0]!;
      out[layout.central + 8] = (out[layout.central + 8] ?? 0) | 1;
      return out;
    }],
    ['a directory offset past the end', (b: Uint8Array) => {
      const out = b.slice();
      new DataView(out.buffer).setUint32(out.length - 6, out.length + 100, true);
      return out;
    }],
  ])('refuses a zip %s as damaged', async (_label, damage) => {
    const error = refusal(damage(await schoolWorkbook()));
    expect(error).toBeInstanceOf(XlsxFileError);
    expect((error as XlsxFileError).reason).toBe('damaged');
  });
});
