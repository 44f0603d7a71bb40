/**
 * The bench rows of issue 19 item 6 / SPEC §11 (cost bounded by the cells present), CLI `score` in
 * its own process each, measured side by side in one run:
 * - the 2,000-teacher workbook with a stray value in column XFD on every row of its 签到表, against
 *   the same workbook without them — target: time and peak memory ≤ 2×, and the same Result;
 * - a small school with 1,000 and with 4,000 extra small sheets — target: linear, the cost per
 *   extra sheet at 4,000 ≤ 1.5× that at 1,000.
 * Run alone with `npx tsx bench/boundedCost.ts`.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ROOT, runTsx, type ChildRun } from './child.js';
import { CACHE_DIR, ensureBenchWorkbook } from './generate.js';

interface Run {
  ms: number;
  peakMb: number | null;
}

export interface BoundedCostMeasure {
  strayRows: number;
  plain: Run;
  stray: Run;
  sameResult: boolean;
  /** Extra sheets → run. */
  sheets: { extra: number; run: Run }[];
  base: Run;
}

const ZIP_OPTIONS = { type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } } as const;

async function sheetPartOf(zip: JSZip, name: string): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const id = new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${id}"`));
  const target = rel ? /Target="([^"]+)"/.exec(rel)?.[1] : undefined;
  if (target === undefined) throw new Error(`no ${name} part in the bench workbook`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Every row of 签到表 gains `<c r="XFDn">` holding one space (Ctrl+End junk typed down a column). */
async function withStrayColumn(file: string, out: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = await sheetPartOf(zip, '签到表');
  const xml = (await zip.file(part)?.async('string')) ?? '';
  let rows = 0;
  const stray = xml.replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (_, r: string, attributes: string, cells: string) => {
    rows++;
    return `<row r="${r}"${attributes}>${cells}<c r="XFD${r}" t="inlineStr"><is><t xml:space="preserve"> </t></is></c></row>`;
  });
  zip.file(part, stray.replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"'));
  writeFileSync(out, await zip.generateAsync(ZIP_OPTIONS));
  return rows;
}

/** The workbook with `extra` more sheets of two rows each (a 说明 sheet per class, say). */
async function withExtraSheets(file: string, out: string, extra: number): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  let rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  let types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const sheets: string[] = [];
  const relations: string[] = [];
  const overrides: string[] = [];
  for (let i = 1; i <= extra; i++) {
    const part = `worksheets/extra${i}.xml`;
    zip.file(`xl/${part}`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>班级说明</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>第${i}班</t></is></c><c r="B2"><v>${i}</v></c></row></sheetData></worksheet>`);
    sheets.push(`<sheet name="班级${i}" sheetId="${10_000 + i}" r:id="rIdExtra${i}"/>`);
    relations.push(`<Relationship Id="rIdExtra${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${part}"/>`);
    overrides.push(`<Override PartName="/xl/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  }
  workbook = workbook.replace(/<\/(\w+:)?sheets>/, (end) => `${sheets.join('')}${end}`);
  rels = rels.replace('</Relationships>', `${relations.join('')}</Relationships>`);
  types = types.replace('</Types>', `${overrides.join('')}</Types>`);
  zip.file('xl/workbook.xml', workbook);
  zip.file('xl/_rels/workbook.xml.rels', rels);
  zip.file('[Content_Types].xml', types);
  writeFileSync(out, await zip.generateAsync(ZIP_OPTIONS));
}

async function score(file: string, tag: string): Promise<{ run: ChildRun; json: string }> {
  const out = join(CACHE_DIR, `bounded-out-${tag}-${process.pid}.xlsx`);
  const json = join(CACHE_DIR, `bounded-out-${tag}-${process.pid}.json`);
  const run = await runTsx([join(ROOT, 'src', 'cli', 'main.ts'), 'score', file, '-o', out, '--json', json]);
  rmSync(out, { force: true });
  if (run.code !== 0) throw new Error(`cli exit ${run.code} on ${tag}: ${run.stderr.trim().slice(-500)}`);
  const text = readFileSync(json, 'utf8');
  rmSync(json, { force: true });
  return { run, json: text };
}

const asRun = (run: ChildRun): Run => ({ ms: run.wallMs, peakMb: run.maxRssMb });

export async function measureBoundedCost(teachers = 2000, sheetCounts = [1000, 4000]): Promise<BoundedCostMeasure> {
  const { file } = await ensureBenchWorkbook(teachers);
  const strayFile = join(CACHE_DIR, `stray-column-${teachers}.xlsx`);
  const strayRows = existsSync(strayFile) ? Number(readFileSync(`${strayFile}.rows`, 'utf8')) : await withStrayColumn(file, strayFile);
  writeFileSync(`${strayFile}.rows`, String(strayRows));
  const plain = await score(file, 'plain');
  const stray = await score(strayFile, 'stray');

  const small = (await ensureBenchWorkbook(60)).file;
  const base = await score(small, 'sheets-0');
  const sheets: BoundedCostMeasure['sheets'] = [];
  for (const extra of sheetCounts) {
    const many = join(CACHE_DIR, `sheets-${extra}.xlsx`);
    if (!existsSync(many)) await withExtraSheets(small, many, extra);
    sheets.push({ extra, run: asRun((await score(many, `sheets-${extra}`)).run) });
  }
  return { strayRows, plain: asRun(plain.run), stray: asRun(stray.run), sameResult: plain.json === stray.json, sheets, base: asRun(base.run) };
}

const ratio = (a: number | null, b: number | null) => (a === null || b === null || b <= 0 ? null : a / b);
const fixed = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));

/** The PASS/FAIL lines of both rows. */
export function formatBoundedCost(m: BoundedCostMeasure): string {
  const time = ratio(m.stray.ms, m.plain.ms);
  const memory = ratio(m.stray.peakMb, m.plain.peakMb);
  const lines = [
    `${m.strayRows.toLocaleString('en-US')} 签到表 rows with a stray XFD cell each vs without: time ${(m.stray.ms / 1000).toFixed(1)} s vs ${(m.plain.ms / 1000).toFixed(1)} s (${fixed(time)}×), ` +
      `peak ${m.stray.peakMb?.toFixed(0) ?? 'n/a'} MB vs ${m.plain.peakMb?.toFixed(0) ?? 'n/a'} MB (${fixed(memory)}×), same result: ${m.sameResult ? 'yes' : 'NO'} — ` +
      `${time !== null && time <= 2 && (memory === null || memory <= 2) && m.sameResult ? 'PASS' : 'FAIL'} (≤ 2× both, same result)`,
  ];
  const perSheet = m.sheets.map((s) => ({ extra: s.extra, ms: (s.run.ms - m.base.ms) / s.extra }));
  lines.push(
    `extra small sheets (60-teacher school, ${(m.base.ms / 1000).toFixed(1)} s alone): ` +
      m.sheets.map((s, i) => `${s.extra.toLocaleString('en-US')} → ${(s.run.ms / 1000).toFixed(1)} s, ${perSheet[i]!.ms.toFixed(2)} ms per sheet, peak ${s.run.peakMb?.toFixed(0) ?? 'n/a'} MB`).join('; '),
  );
  const first = perSheet[0];
  const last = perSheet.at(-1);
  if (first && last && first !== last) {
    const growth = ratio(last.ms, first.ms);
    lines.push(`  per-sheet cost at ${last.extra.toLocaleString('en-US')} / at ${first.extra.toLocaleString('en-US')}: ${fixed(growth)}× — ${growth !== null && growth <= 1.5 ? 'PASS' : 'FAIL'} (linear: ≤ 1.5×)`);
  }
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  console.log(formatBoundedCost(await measureBoundedCost()));
}
