/**
 * A real application opens what we write: LibreOffice Calc loads the school fixture with our
 * output sheets added and prints every sheet to PDF. Only pages are counted, so fonts do not matter;
 * skipped (with the reason printed) where `soffice` is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost.js';
import { CHARTS, RECORD, RESULTS } from './sampleOutputs.js';
import { missing } from '../../support/requirements.js';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-host-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('written workbook in LibreOffice', () => {
  it.skipIf(missing('soffice'))(
    'opens the school file with our outputs and prints all sheets',
    async () => {
      const host = await XlsxHost.open(readFileSync(new URL('../../fixtures/school-features.xlsx', import.meta.url)));
      await host.writeOutputs([RESULTS, CHARTS, RECORD]);
      const xlsx = join(dir, 'scored.xlsx');
      writeFileSync(xlsx, await host.save());
      // soffice exits 0 even when it could not load the file, so the PDF itself is the evidence.
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
        stdio: 'ignore',
        timeout: 180_000,
      });
      const pdf = join(dir, 'scored.pdf');
      expect(existsSync(pdf)).toBe(true);
      const pages = readFileSync(pdf).toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      // 教师名册, 签到表, 保护 and our three sheets; the hidden sheet does not print.
      expect(pages).toBeGreaterThanOrEqual(6);
    },
    200_000,
  );
});
