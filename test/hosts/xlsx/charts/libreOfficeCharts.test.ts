/**
 * End-to-end proof in a real application: LibreOffice Calc opens a workbook carrying our chart
 * parts and prints it to PDF. The size checks count on the Chinese titles being drawn, so this skips
 * (with the reason printed) where `soffice` or a CJK font is missing; CI installs both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildChartWorkbook } from './sampleWorkbook.js';
import { missing, onPath } from '../../../support/requirements.js';

const skip = missing('soffice', 'cjk-fonts');
const dir = mkdtempSync(join(tmpdir(), 'charts-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('charts in LibreOffice', () => {
  it.skipIf(skip)(
    'converts a workbook with the three chart kinds to a one-page PDF that draws them',
    async () => {
      const xlsx = join(dir, 'charts.xlsx');
      writeFileSync(xlsx, await buildChartWorkbook());
      // soffice exits 0 even when it could not load the file, so the PDF itself is the evidence.
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx],
        { stdio: 'ignore', timeout: 180_000 },
      );
      const pdf = join(dir, 'charts.pdf');
      expect(existsSync(pdf)).toBe(true);
      const bytes = readFileSync(pdf).toString('latin1');
      expect(bytes.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
      // The table alone prints to a few KB; three charts with CJK text add far more.
      expect(statSync(pdf).size).toBeGreaterThan(20_000);

      if (onPath('pdftoppm')) {
        execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, join(dir, 'page')]);
        expect(statSync(join(dir, 'page.png')).size).toBeGreaterThan(20_000);
      }
    },
    200_000,
  );
});
