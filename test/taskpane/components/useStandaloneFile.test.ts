/**
 * The page's error boundary (issue 11 item 4): a file found damaged while reading a sheet, after it
 * opened, sends the page back to its first step with the message of a damaged file.
 */
import { describe, expect, it, vi } from 'vitest';
import { withFileBoundary } from '../../../src/taskpane/components/useStandaloneFile.js';
import { XlsxFileError } from '../../../src/hosts/xlsx/package/fileError.js';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost.js';
import { editPart, schoolWorkbook, sheetPart } from '../../robustness/hostileFiles.js';

describe('withFileBoundary', () => {
  it('reports a sheet that turns out damaged, and still rejects', async () => {
    const bytes = await editPart(await schoolWorkbook(), (zip) => sheetPart(zip, '签到表'), (x) => x.replace('<v>2</v>', '<v>&#99999999999;</v>'));
    const onDamaged = vi.fn();
    const host = withFileBoundary(await XlsxHost.open(bytes), onDamaged);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(['教师名册', '签到表']);
    await expect(host.readSheet('签到表')).rejects.toBeInstanceOf(XlsxFileError);
    expect(onDamaged).toHaveBeenCalledTimes(1);
  });

  it('leaves other errors to the step that made the call', async () => {
    const onDamaged = vi.fn();
    const host = withFileBoundary({ readSheet: () => Promise.reject(new Error('a bug of ours')) }, onDamaged);
    await expect(host.readSheet()).rejects.toThrow('a bug of ours');
    expect(onDamaged).not.toHaveBeenCalled();
  });
});
