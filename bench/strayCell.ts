/**
 * The bench row of issue 10 item 6 / SPEC §11: the 2,000-teacher workbook with one stray cell at
 * XFD1048576 (Excel's Ctrl+End junk: a space) against the same workbook without it — CLI `score`
 * wall time and peak memory, each in its own process, and whether the two results are identical.
 * Target: both ratios ≈ 1. Run alone with `npx tsx bench/strayCell.ts`.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ROOT, runTsx, type ChildRun } from './child.js';
import { CACHE_DIR, ensureBenchWorkbook } from './generate.js';

export interface StrayCellMeasure {
  teachers: number;
  plain: { ms: number; peakMb: number | null };
  stray: { ms: number; peakMb: number | null };
  sameResult: boolean;
}

/** The workbook with `<c r="XFD1048576">` holding one space appended to its 签到表. */
async function withStrayCell(file: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const id = /<sheet\b[^>]*name="签到表"[^>]*r:id="([^"]+)"/.exec(workbook)?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${id}"`));
  const target = rel ? /Target="([^"]+)"/.exec(rel)?.[1] : undefined;
  if (target === undefined) throw new Error('no 签到表 part in the bench workbook');
  const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const xml = (await zip.file(part)?.async('string')) ?? '';
  const stray = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t xml:space="preserve"> </t></is></c></row>';
  zip.file(part, xml.replace(/<\/(\w+:)?sheetData>/, (end) => `${stray}${end}`).replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"'));
  writeFileSync(out, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
}

async function score(file: string, tag: string): Promise<{ run: ChildRun; json: string }> {
  const out = join(CACHE_DIR, `stray-out-${tag}-${process.pid}.xlsx`);
  const json = join(CACHE_DIR, `stray-out-${tag}-${process.pid}.json`);
  const run = await runTsx([join(ROOT, 'src', 'cli', 'main.ts'), 'score', file, '-o', out, '--json', json]);
  rmSync(out, { force: true });
  if (run.code !== 0) throw new Error(`cli exit ${run.code}: ${run.stderr.trim().slice(-500)}`);
  const text = readFileSync(json, 'utf8');
  rmSync(json, { force: true });
  return { run, json: text };
}

/** Both runs, the plain one first; the Result JSON minus its run time must be identical. */
export async function measureStrayCell(teachers = 2000): Promise<StrayCellMeasure> {
  const { file } = await ensureBenchWorkbook(teachers);
  const strayFile = join(CACHE_DIR, `stray-${teachers}.xlsx`);
  if (!existsSync(strayFile)) await withStrayCell(file, strayFile);
  const plain = await score(file, 'plain');
  const stray = await score(strayFile, 'stray');
  const comparable = (json: string) => json.replace(/"(ranAt|runAt|generatedAt|when|file|sha256)":\s*"[^"]*"/g, '');
  return {
    teachers,
    plain: { ms: plain.run.wallMs, peakMb: plain.run.maxRssMb },
    stray: { ms: stray.run.wallMs, peakMb: stray.run.maxRssMb },
    sameResult: comparable(plain.json) === comparable(stray.json),
  };
}

export function formatStrayCell(m: StrayCellMeasure): string {
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? 'n/a' : (a / b).toFixed(2));
  const mb = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(0)} MB`);
  return (
    `${m.teachers.toLocaleString('en-US')}-teacher workbook with one stray cell at XFD1048576 vs without: ` +
    `time ${(m.stray.ms / 1000).toFixed(1)} s vs ${(m.plain.ms / 1000).toFixed(1)} s (ratio ${ratio(m.stray.ms, m.plain.ms)}), ` +
    `peak ${mb(m.stray.peakMb)} vs ${mb(m.plain.peakMb)} (ratio ${ratio(m.stray.peakMb, m.plain.peakMb)}), ` +
    `same result: ${m.sameResult ? 'yes' : 'NO'} — target: ratios ≈ 1`
  );
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  console.log(formatStrayCell(await measureStrayCell()));
}
