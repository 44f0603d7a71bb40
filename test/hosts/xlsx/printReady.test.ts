/**
 * SPEC §7 "Print-ready", checked on paper: 考核结果, 评分明细 and 数据问题 of the scored sample school
 * (考核结果 with long 说明 from the layout fixture) are written by the xlsx host, printed to PDF by
 * LibreOffice, and read back with pdftotext:
 * - every 说明 / 问题 / 处理建议 is on the page whole (a cut cell loses its tail);
 * - no two words overlap: a row too short for its wrapped text draws it over the rows beside it.
 * Skipped (with the reason printed) where soffice, pdftotext or a CJK font is missing: without a CJK
 * font LibreOffice prints Chinese as boxes of another width. Set SAVE_SCREENSHOTS=1 to refresh
 * docs/screenshots/print-results.png from the PDF's first page (needs pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost.js';
import { computeRun } from '../../../src/app/compute.js';
import { sampleSchoolSheets } from '../../../src/app/sample/sampleSchool.js';
import { resultsSheet } from '../../../src/sheets/layout/resultsSheet.js';
import type { OutputSheet } from '../../../src/sheets/output.js';
import { sampleContext } from '../../sheets/layout/fixture.js';
import { missing, onPath } from '../../support/requirements.js';

const skip = missing('soffice', 'pdftotext', 'cjk-fonts');
const dir = mkdtempSync(join(tmpdir(), 'print-ready-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Word { page: number; xMin: number; yMin: number; xMax: number; yMax: number; text: string }

/** The written sheets and each one's wrapped texts, by sheet. */
function printedSheets(): { sheets: OutputSheet[]; texts: Map<string, string[]> } {
  const out = computeRun({
    tables: sampleSchoolSheets().map((s) => ({ name: s.name, rows: s.cells })),
    now: new Date('2024-01-31T08:00:00Z'),
    version: 'test',
  });
  const ctx = sampleContext();
  ctx.rules.schoolName = '实验小学';
  ctx.run.teacherDetails[1]!.remarks = [
    '无故缺勤 5/19 次，超过 20%，考勤不计分，等次为不合格',
    '听课 3 节，不足 10 节',
    '未完成校本研训规定任务（读书心得未交 2 次、学习笔记未交），考勤不计分，等次为不合格',
  ];
  ctx.run.teacherDetails[2]!.remarks = ['须开校级公开课但本学期未开，扣 1 分；听课 6 节，少于 10 节；外出学习 7/8 学时'];
  const pick = (name: string): OutputSheet => out.sheets.find((s) => s.name === name)!;
  const sheets = [resultsSheet(ctx), pick('评分明细'), pick('数据问题')];
  const column = (sheet: OutputSheet, c: number, from: number): string[] =>
    sheet.cells.slice(from).map((row) => row[c]).filter((v): v is string => typeof v === 'string' && v !== '');
  const [results, detail, issues] = sheets as [OutputSheet, OutputSheet, OutputSheet];
  const texts = new Map([
    ['考核结果', column(results, 15, 3)],
    ['评分明细', column(detail, 6, 1)],
    ['数据问题', [...column(issues, 4, 1), ...column(issues, 5, 1)]],
  ]);
  return { sheets, texts };
}

/** Every word pdftotext finds, with its box (points, from the page's top left). */
function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: Word[] = [];
  html.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      out.push({ page: i + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! });
    }
  });
  return out;
}

/** Pairs of words on one page whose boxes overlap by more than a point each way. */
function overlaps(all: Word[]): string[] {
  const found: string[] = [];
  const byPage = new Map<number, Word[]>();
  for (const w of all) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  for (const [page, list] of byPage) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (w > 1 && h > 1) found.push(`page ${page}: “${a.text}” over “${b.text}”`);
      }
    }
  }
  return found;
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('print-ready outputs on a LibreOffice PDF page (SPEC §7)', () => {
  let printed = '';
  let boxes: Word[] = [];
  let texts = new Map<string, string[]>();

  beforeAll(() => {
    if (skip) return;
    return (async () => {
      const made = printedSheets();
      texts = made.texts;
      const host = await XlsxHost.create();
      await host.writeOutputs(made.sheets);
      const xlsx = join(dir, 'print.xlsx');
      writeFileSync(xlsx, await host.save());
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
        stdio: 'ignore',
        timeout: 180_000,
      });
      const pdf = join(dir, 'print.pdf');
      printed = squeeze(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
      boxes = words(pdf);
      if (process.env.SAVE_SCREENSHOTS === '1' && onPath('pdftoppm')) {
        // Page 1 is 考核结果 as the school posts it.
        execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', '1', '-l', '1', pdf, join(dir, 'print-results')]);
        copyFileSync(join(dir, 'print-results.png'), new URL('../../../docs/screenshots/print-results.png', import.meta.url));
      }
    })();
  }, 240_000);

  it.skipIf(skip).each(['考核结果', '评分明细', '数据问题'])('prints every wrapped text of %s whole', (sheet) => {
    const list = texts.get(sheet) ?? [];
    expect(list.length).toBeGreaterThan(0);
    const cut = list.filter((t) => !printed.includes(squeeze(t)));
    expect(cut).toEqual([]);
  });

  it.skipIf(skip)('prints no text over other text (every row is as tall as its wrapped text)', () => {
    expect(boxes.length).toBeGreaterThan(100);
    expect(overlaps(boxes)).toEqual([]);
  });

  it.skipIf(skip)('prints the school and the 考核期 in the title, and the tier legend', () => {
    expect(printed).toContain('实验小学教师校本研修考核结果（2023-09-01至2024-01-31）');
    expect(printed).toContain(squeeze('等次颜色：优秀良好合格不合格'));
  });
});
