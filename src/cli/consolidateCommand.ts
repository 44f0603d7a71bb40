/**
 * `yanxiu consolidate <out.xlsx> <school.xlsx | folder> … [--json out.json]` (SPEC §10): every school
 * scored with its own rules, one at a time, into one new district workbook. Exit 0 while at least one
 * school was scored, 2 when none was, 1 on usage errors.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { consolidate, type DistrictJsonSchool, type DistrictProgress, type SchoolFile } from '../app/consolidate.js';
import { XlsxHost } from '../hosts/xlsx/xlsxHost.js';
import { openSchoolWorkbook, schoolFileError } from '../hosts/xlsx/schoolFile.js';
import { CliError, EXIT_DATA, EXIT_OK } from './cliError.js';
import type { Console } from './console.js';
import { checkOutputs, type OutputStream, readInputFile, streamOutputFile, writeOutputFile } from './files.js';

export interface ConsolidateArgs {
  output: string;
  inputs: string[];
  json?: string;
}

/** Where the progress bar goes: a terminal redraws one line; anything else gets a line per school. */
export interface ProgressTarget {
  isTTY: boolean;
  columns?: number;
  write(text: string): void;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** Excel's lock files (`~$一中.xlsx`) and hidden files are not schools. */
function isSchoolFileName(name: string): boolean {
  return WORKBOOK.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}

/** Workbooks in a folder and its subfolders, sorted by path so runs are repeatable. */
async function workbooksIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isSchoolFileName(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** The files to consolidate, in the order given (a folder's files in path order); never the outputs. */
export async function expandInputs(inputs: readonly string[], outputs: readonly string[]): Promise<string[]> {
  const outs = new Set(outputs.map((p) => resolve(p)));
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info === null) throw new CliError(`找不到输入文件或文件夹 ${input}`, `input not found: ${input}`);
    if (info.isDirectory()) {
      // A previous district workbook saved in the same folder is not a school.
      files.push(...(await workbooksIn(input)).filter((f) => !outs.has(resolve(f))));
    } else {
      if (outs.has(resolve(input))) throw new CliError(`输出文件不能同时是输入文件：${input}`, `an output may not be an input: ${input}`);
      files.push(input);
    }
  }
  if (files.length === 0) throw new CliError('没有找到学校工作簿（.xlsx）', 'no school workbooks (.xlsx) found');
  return files;
}

/** `[#######-------------]  7/20 一中.xlsx` sized to the terminal. */
export function progressBar(p: DistrictProgress, columns = 80): string {
  const width = Math.max(10, Math.min(40, columns - 40));
  const filled = Math.round(p.fraction * width);
  const text = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total} ${p.label}`;
  return text.length > columns - 1 ? `${text.slice(0, columns - 2)}…` : text;
}

function progressReporter(io: Console, tty: ProgressTarget | null): { report: (p: DistrictProgress) => void; end: () => void } {
  if (tty === null || !tty.isTTY) return { report: (p) => io.err(p.label), end: () => undefined };
  let drawn = false;
  return {
    report: (p) => {
      tty.write(`\r\x1b[2K${progressBar(p, tty.columns ?? 80)}`);
      drawn = true;
    },
    end: () => {
      if (drawn) tty.write('\n');
    },
  };
}

/**
 * `yanxiu.district/1` written one school at a time, laid out as `JSON.stringify(json, null, 2)` would:
 * the full results (explanations included) of a large district are never in memory together.
 */
export class DistrictJsonWriter {
  private count = 0;

  constructor(private readonly out: Pick<OutputStream, 'write'>) {}

  async add(entry: DistrictJsonSchool): Promise<void> {
    const head = this.count === 0 ? '{\n  "schema": "yanxiu.district/1",\n  "schools": [\n' : ',\n';
    this.count += 1;
    await this.out.write(head + JSON.stringify(entry, null, 2).replace(/^/gm, '    '));
  }

  async end(): Promise<void> {
    await this.out.write(this.count === 0 ? '{\n  "schema": "yanxiu.district/1",\n  "schools": []\n}\n' : '\n  ]\n}\n');
  }
}

/** Consolidates the schools and writes the district workbook (and JSON); returns the exit code. */
export async function consolidateCommand(args: ConsolidateArgs, io: Console, tty: ProgressTarget | null = null): Promise<number> {
  if (!WORKBOOK.test(args.output)) throw new CliError(`输出文件应以 .xlsx 结尾：${args.output}`, `the output must be an .xlsx file: ${args.output}`);
  // Only the district workbook is left out of a folder's schools: a --json aimed at a school file is refused below.
  const paths = await expandInputs(args.inputs, [args.output]);
  // SPEC §9, before anything is read or written: no output is a school's file or the other output
  // (real paths, case, links), and every output folder is writable.
  await checkOutputs(paths, [{ path: args.output, option: '输出' }, ...(args.json === undefined ? [] : [{ path: args.json, option: '--json' }])]);
  const files: SchoolFile[] = paths.map((p) => ({ file: p, bytes: () => readInputFile(p) }));

  const progress = progressReporter(io, tty);
  const output = await XlsxHost.create();
  const jsonFile = args.json === undefined ? null : await streamOutputFile(args.json);
  const json = jsonFile === null ? null : new DistrictJsonWriter(jsonFile);
  let report;
  try {
    report = await consolidate(files, {
      open: openSchoolWorkbook,
      fileError: (e) => schoolFileError(e) ?? (e instanceof CliError ? e.zh : null),
      output,
      onProgress: progress.report,
      ...(json === null ? {} : { onSchool: (entry: DistrictJsonSchool) => json.add(entry) }),
    });
    await json?.end();
  } catch (e) {
    await jsonFile?.discard();
    throw e;
  } finally {
    progress.end();
  }

  const { schools } = report.view;
  for (const s of schools.filter((x) => x.outcome !== 'scored')) {
    const [zh, en] = s.outcome === 'duplicate' ? ['重复文件，只计一次', 'duplicate file, counted once'] : ['无法计算', 'cannot be scored'];
    io.err(`警告：${basename(s.file)} ${zh}：${s.error ?? ''} / Warning: ${s.file}: ${en}`);
  }
  if (report.scored === 0) {
    await jsonFile?.discard();
    io.err(new CliError('没有一所学校可以计算，未生成汇总工作簿', 'no school could be scored; no output was written', EXIT_DATA).line());
    return EXIT_DATA;
  }
  try {
    await writeOutputFile(args.output, await output.save());
  } catch (e) {
    await jsonFile?.discard();
    throw e;
  }
  const lines = [
    `已汇总 ${report.scored} 所学校，${report.teachers} 位教师（共 ${schools.length} 个文件）。`,
  ];
  const failed = schools.filter((s) => s.outcome === 'failed').length;
  const duplicates = schools.filter((s) => s.outcome === 'duplicate').length;
  if (failed + duplicates > 0) lines.push(`未计算 ${failed} 个文件，重复 ${duplicates} 个（详见“学校汇总”和“数据问题”工作表）。`);
  lines.push(`区县汇总工作簿：${args.output}`);
  if (jsonFile !== null && args.json !== undefined) {
    await jsonFile.commit();
    lines.push(`JSON 结果：${args.json}`);
  }
  io.out(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

