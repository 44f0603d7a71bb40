/**
 * Item 5 of the bench: time LibreOffice headless recalculating the formula template
 * (formulaTemplate.ts) of the same district, and check that it really calculated.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { buildDistrict } from './district.js';
import { formulaSheets, RESULT_SHEET, TOTAL_COLUMN } from './formulaTemplate.js';
import { CACHE_DIR, GENERATOR_VERSION, writeBenchWorkbook } from './generate.js';

export interface FormulaBaseline {
  teachers: number;
  /** Wall time of `soffice --convert-to xlsx` on the formula workbook, ms. */
  recalcMs: number;
  /** The same conversion of the plain input workbook (no formulas): LibreOffice's own load + save. */
  plainMs: number;
  /** Formula cells of 考核结果 that came back with a value, and how many there are. */
  computed: number;
  formulas: number;
  /** 总分 of the first teacher as LibreOffice computed it. */
  firstTotal: number | null;
}

/** Path to soffice, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  try {
    return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** The formula workbook for `teachers`, generated into the cache when missing. */
export async function ensureFormulaWorkbook(teachers: number): Promise<string> {
  const file = join(CACHE_DIR, `formulas-${teachers}-v${GENERATOR_VERSION}.xlsx`);
  if (!existsSync(file)) {
    const district = buildDistrict(teachers);
    await writeBenchWorkbook(district, file, { extraSheets: formulaSheets(district) });
  }
  return file;
}

export class LibreOffice {
  private readonly profile = `/tmp/lo-bench-${process.pid}`;
  private readonly outDir = join(CACHE_DIR, `lo-out-${process.pid}`);

  constructor(private readonly soffice: string, private readonly timeoutMs: number) {
    mkdirSync(this.outDir, { recursive: true });
  }

  private warm = false;

  /** Convert once, untimed, so the first timed run does not pay for creating the user profile. */
  warmUp(file: string): void {
    if (this.warm) return;
    rmSync(this.convert(file).out, { force: true });
    this.warm = true;
  }

  /** Convert `file` to xlsx (recalculating formulas that have no cached value); wall time in ms. */
  convert(file: string): { ms: number; out: string } {
    const started = performance.now();
    const result = spawnSync(
      this.soffice,
      ['--headless', `-env:UserInstallation=file://${this.profile}`, '--convert-to', 'xlsx', '--outdir', this.outDir, file],
      { encoding: 'utf8', timeout: this.timeoutMs },
    );
    const ms = performance.now() - started;
    const out = join(this.outDir, basename(file));
    if (result.error) throw new Error(`soffice failed on ${file}: ${result.error.message}`);
    if (!existsSync(out)) throw new Error(`soffice wrote nothing for ${file}: ${result.stderr}`);
    return { ms, out };
  }

  dispose(): void {
    rmSync(this.profile, { recursive: true, force: true });
    rmSync(this.outDir, { recursive: true, force: true });
  }
}

/** Time the formula recalculation and the plain conversion for one size. */
export async function measureFormulaBaseline(lo: LibreOffice, teachers: number, plainFile: string): Promise<FormulaBaseline> {
  const formulaFile = await ensureFormulaWorkbook(teachers);
  const recalc = lo.convert(formulaFile);
  const check = await readBackTotals(recalc.out);
  rmSync(recalc.out, { force: true });
  const plain = lo.convert(plainFile);
  rmSync(plain.out, { force: true });
  return { teachers, recalcMs: recalc.ms, plainMs: plain.ms, ...check };
}

/** Read 考核结果 back from LibreOffice's output and count formula cells that now carry a value. */
async function readBackTotals(file: string): Promise<Pick<FormulaBaseline, 'computed' | 'formulas' | 'firstTotal'>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const names = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const index = names.indexOf(RESULT_SHEET);
  // LibreOffice names its sheet parts sheet1.xml … sheetN.xml in tab order
  const xml = index < 0 ? '' : ((await zip.file(`xl/worksheets/sheet${index + 1}.xml`)?.async('string')) ?? '');
  let formulas = 0;
  let computed = 0;
  for (const m of xml.matchAll(/<c [^>]*>(.*?)<\/c>/g)) {
    const body = m[1] ?? '';
    if (!body.includes('<f')) continue;
    formulas++;
    if (/<v>[^<]+<\/v>/.test(body)) computed++;
  }
  const first = new RegExp(`<c r="${TOTAL_COLUMN}2"[^>]*>.*?<v>([^<]*)</v>`).exec(xml);
  return { computed, formulas, firstTotal: first ? Number(first[1]) : null };
}
