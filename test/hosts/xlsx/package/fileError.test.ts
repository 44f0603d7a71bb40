import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XlsxFileError } from '../../../../src/hosts/xlsx/package/fileError.js';
import { XlsxHost } from '../../../../src/hosts/xlsx/xlsxHost.js';

const messy = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/messy/${name}.xlsx`, import.meta.url)));

describe('XlsxHost.open refuses what is not a workbook, in Chinese', () => {
  it.each([
    ['encrypted-file', 'encrypted', /密码/],
    ['csv-renamed', 'not-xlsx', /另存为 \.xlsx/],
    ['truncated-zip', 'damaged', /损坏/],
  ])('%s → %s', async (name, reason, message) => {
    const error = await XlsxHost.open(messy(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxFileError);
    expect(error).toMatchObject({ reason });
    expect((error as Error).message).toMatch(message);
  });

  it('calls an old .xls file by its name', async () => {
    const xls = new Uint8Array(512);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(XlsxHost.open(xls)).rejects.toMatchObject({ reason: 'legacy-xls' });
  });
});
