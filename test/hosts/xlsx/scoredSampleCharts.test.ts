/**
 * The charts of the scored sample school, read back two ways:
 * - as a file: an independent look into the package finds three charts on 图表 (and one on 分组统计)
 *   whose series point at the cells of the data tables the layout wrote there;
 * - in a real application: LibreOffice Calc prints the workbook to PDF and the 图表 pages carry the
 *   chart titles and axis titles as drawn text (skipped, with the reason printed, where `soffice`,
 *   `pdftotext` or a CJK font is missing: without one the titles print as empty boxes).
 * Set SAVE_SCREENSHOTS=1 to refresh docs/screenshots/scored-sample-charts-*.png from the PDF.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost.js';
import { insertSample } from '../../../src/app/insertSample.js';
import { run } from '../../../src/app/run.js';
import { packageProblems } from './structure.js';
import { missing, onPath } from '../../support/requirements.js';

const dir = mkdtempSync(join(tmpdir(), 'scored-sample-charts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let bytes: Uint8Array;
let groupCount = 0;

beforeAll(async () => {
  const host = await XlsxHost.create();
  await insertSample(host);
  const report = await run(host, { now: new Date('2024-01-31T08:00:00Z') });
  groupCount = report.score?.result.groups.length ?? 0;
  bytes = await host.save();
});


/** Sheet name → its worksheet part path, from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = targets.get(m[2]!)!;
    out.set(m[1]!, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** The chart parts a worksheet's drawing points at. */
async function chartsOf(zip: JSZip, sheetPath: string): Promise<string[]> {
  const relsPath = sheetPath.replace(/worksheets\/(sheet\d+\.xml)$/, 'worksheets/_rels/$1.rels');
  const rels = (await zip.file(relsPath)?.async('string')) ?? '';
  const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(rels)?.[1];
  if (!drawing) return [];
  const drawingRels = (await zip.file(`xl/drawings/_rels/${drawing}.rels`)!.async('string')) ?? '';
  const charts = [...drawingRels.matchAll(/Target="\.\.\/charts\/(chart\d+\.xml)"/g)].map((m) => `xl/charts/${m[1]}`);
  const xml = await Promise.all(charts.map((path) => zip.file(path)!.async('string')));
  // Formulas quote sheet names ('图表'!…) and XML escapes the quotes.
  return xml.map((text) => text.replaceAll('&apos;', "'"));
}

describe('charts of the scored sample, read from the file', () => {
  it('passes the strict structural check (every referenced part exists, every XML part well formed)', async () => {
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('has three charts on 图表 whose series point at its data tables', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const parts = await sheetParts(zip);
    const charts = await chartsOf(zip, parts.get('图表')!);
    expect(charts).toHaveLength(3);

    const [tiers, bins, means] = charts as [string, string, string];
    // 各教研组等次分布: stacked columns, one series per tier, one category per group.
    expect(tiers).toContain('<c:barDir val="col"/>');
    expect(tiers).toContain('<c:grouping val="stacked"/>');
    expect(tiers.match(/<c:ser>/g)).toHaveLength(4);
    expect(tiers).toContain('各教研组等次分布');
    // 总分分布: one column series over the ten 10-point bins.
    expect(bins).toContain('<c:grouping val="clustered"/>');
    expect(bins.match(/<c:ser>/g)).toHaveLength(1);
    // 各组分项平均分: clustered bars, one series per item.
    expect(means).toContain('<c:barDir val="bar"/>');
    expect(means.match(/<c:ser>/g)).toHaveLength(6);

    for (const chart of charts) {
      const formulas = [...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]!);
      expect(formulas.length).toBeGreaterThan(0);
      for (const f of formulas) expect(f).toMatch(/^'?图表'?!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
    }
    // Category ranges span exactly one row per group (tiers, means) and ten bins.
    const span = (f: string): number => {
      const m = /\$(\d+):\$[A-Z]+\$(\d+)$/.exec(f)!;
      return Number(m[2]) - Number(m[1]) + 1;
    };
    const catOf = (chart: string): string => /<c:cat>.*?<c:f>([^<]+)<\/c:f>/s.exec(chart)![1]!;
    expect(span(catOf(tiers))).toBe(groupCount);
    expect(span(catOf(means))).toBe(groupCount);
    expect(span(catOf(bins))).toBe(10);
  });

  it('has the mean-total chart on 分组统计', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const parts = await sheetParts(zip);
    const charts = await chartsOf(zip, parts.get('分组统计')!);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatch(/'?分组统计'?!\$/);
  });
});

describe('charts of the scored sample, in LibreOffice', () => {
  it.skipIf(missing('soffice', 'pdftotext', 'cjk-fonts'))(
    'prints the 图表 pages with the charts drawn',
    () => {
      const xlsx = join(dir, 'sample.xlsx');
      writeFileSync(xlsx, bytes);
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
        stdio: 'ignore',
        timeout: 240_000,
      });
      // soffice exits 0 even when it could not load the file, so the PDF itself is the evidence.
      const pdf = join(dir, 'sample.pdf');
      expect(existsSync(pdf)).toBe(true);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const pages = text.split('\f');
      const chartPages = pages
        .map((page, index) => ({ page, index }))
        .filter(({ page }) => page.includes('各教研组等次分布') || page.includes('总分分布') || page.includes('各组分项平均分'));
      expect(chartPages.length).toBeGreaterThan(0);
      const chartText = chartPages.map(({ page }) => page).join('\n');
      // Each title stands twice: once as the data table's caption (a cell), once drawn by the chart.
      for (const title of ['各教研组等次分布', '各组分项平均分']) {
        expect(chartText.split(title).length - 1).toBeGreaterThanOrEqual(2);
      }
      // Axis titles and legend entries exist only in the drawn charts.
      expect(chartText).toContain('平均分');
      expect(chartText).toMatch(/人\s*数/);

      if (process.env.SAVE_SCREENSHOTS === '1' && onPath('pdftoppm')) {
        const first = chartPages[0]!.index + 1;
        const last = chartPages[chartPages.length - 1]!.index + 1;
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), pdf, join(dir, 'charts')]);
        const shots = readdirSync(dir).filter((f) => f.startsWith('charts') && f.endsWith('.png')).sort();
        shots.forEach((file, i) => copyFileSync(join(dir, file), new URL(`../../../docs/screenshots/scored-sample-charts-${i + 1}.png`, import.meta.url)));
      }
    },
    300_000,
  );
});
