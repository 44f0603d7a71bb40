/**
 * `yanxiu consolidate <out.xlsx> <school.xlsx | folder> … [--json out.json]` (SPEC §10): every school
 * scored with its own rules, one at a time, into one new district workbook. Exit 0 while at least one
 * school was scored, 2 when none was, 1 on usage errors.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  consolidate, type ConsolidateOptions, type DistrictJsonSchool, type DistrictProgress, type SchoolFile, type SchoolJob,
} from '../app/consolidate.js';
import type { DistrictSchool } from '../sheets/layout/district/districtView.js';
import { XlsxHost } from '../hosts/xlsx/xlsxHost.js';
import { openSchoolWorkbook, schoolFileError } from '../hosts/xlsx/schoolFile.js';
import { nodeCodec } from '../hosts/xlsx/nodeCodec.js';
import { CliError, EXIT_DATA, EXIT_OK } from './cliError.js';
import type { Console } from './console.js';
import {
  checkOutputs, commitTogether, createSpool, type OutputStream, SharedReadBuffer, type Spool, type SpoolPiece, stageOutputFile,
  type StagedOutput, streamOutputFile,
} from './files.js';
import { fileSystemError } from './fileSystemError.js';
import { indentedJson } from './jsonFile.js';
import { oneLine } from './terminalText.js';
import { type SkippedFile, walkFolder } from './walkFolders.js';

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

/** The schools to consolidate and the paths passed over on the way. */
export interface Inputs {
  /** In the order given (a folder's files in path order); never the outputs. */
  files: string[];
  skipped: SkippedFile[];
}

/**
 * The files to consolidate: each file given, and each folder walked (links followed, loops
 * detected); every path passed over is listed with why. A path given that does not exist is a usage
 * error (exit 1).
 */
export async function expandInputs(inputs: readonly string[], outputs: readonly string[]): Promise<Inputs> {
  const outs = new Set(outputs.map((p) => resolve(p)));
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch((e: unknown) => {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw fileSystemError(e, input, 'read') ?? e;
    });
    if (info === null) throw new CliError(`找不到输入文件或文件夹 ${input}`, `input not found: ${input}`);
    if (info.isDirectory()) {
      const found = await walkFolder(input);
      skipped.push(...found.skipped);
      for (const f of found.files) {
        // A previous district workbook saved in the same folder is not a school.
        if (outs.has(resolve(f))) skipped.push({ file: f, reason: '本次汇总的输出文件' });
        else files.push(f);
      }
    } else {
      if (outs.has(resolve(input))) throw new CliError(`输出文件不能同时是输入文件：${input}`, `an output may not be an input: ${input}`);
      files.push(input);
    }
  }
  if (files.length === 0) {
    throw new CliError(
      `没有找到学校工作簿（.xlsx）${skipped.length > 0 ? `，跳过了 ${skipped.length} 个文件（如 ${skipped[0]?.file ?? ''}：${skipped[0]?.reason ?? ''}）` : ''}`,
      `no school workbooks (.xlsx) found${skipped.length > 0 ? `; ${skipped.length} paths passed over` : ''}`,
    );
  }
  return { files, skipped };
}

/** `[#######-------------]  7/20 一中.xlsx` sized to the terminal. */
export function progressBar(p: DistrictProgress, columns = 80): string {
  const width = Math.max(10, Math.min(40, columns - 40));
  const filled = Math.round(p.fraction * width);
  const text = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total} ${oneLine(p.label)}`;
  return text.length > columns - 1 ? `${text.slice(0, columns - 2)}…` : text;
}

function progressReporter(io: Console, tty: ProgressTarget | null): { report: (p: DistrictProgress) => void; end: () => void } {
  if (tty === null || !tty.isTTY) return { report: (p) => io.err(oneLine(p.label)), end: () => undefined };
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
 * `yanxiu.district/1` laid out as `JSON.stringify(json, null, 2)` would, one school at a time: each
 * school's entry (its full result, explanations included) goes to a spool file as soon as it is
 * scored, so the results of a large district are never in memory together; an entry that turns out
 * to be an older version of a school is replaced before the JSON is written out.
 */
export class DistrictJsonWriter {
  private readonly pieces: (SpoolPiece | string)[] = [];

  constructor(private readonly spool: Pick<Spool, 'append' | 'read'>) {}

  async add(entry: DistrictJsonSchool): Promise<void> {
    this.pieces.push(await this.spool.append(indented(entry)));
  }

  /** The `index`-th entry given to add, replaced (a short entry: result null). */
  replace(index: number, entry: DistrictJsonSchool): void {
    if (index < 0 || index >= this.pieces.length) throw new Error(`No district JSON entry ${index} to replace`);
    this.pieces[index] = indented(entry);
  }

  /** The whole document, written to `out` piece by piece. */
  async writeTo(out: Pick<OutputStream, 'write'>): Promise<void> {
    if (this.pieces.length === 0) {
      await out.write('{\n  "schema": "yanxiu.district/1",\n  "schools": []\n}\n');
      return;
    }
    for (const [i, piece] of this.pieces.entries()) {
      const head = i === 0 ? '{\n  "schema": "yanxiu.district/1",\n  "schools": [\n' : ',\n';
      await out.write(head + (typeof piece === 'string' ? piece : await this.spool.read(piece)));
    }
    await out.write('\n  ]\n}\n');
  }
}

/** The entry's JSON, each line indented four spaces. */
function indented(entry: DistrictJsonSchool): string {
  return `    ${indentedJson(entry, '    ') ?? 'null'}`;
}

/** Paths passed over printed on the terminal before “见计算记录” takes over. */
const SKIPPED_SHOWN = 20;

/**
 * Where each school is scored (the command: SchoolWorkers); `close` is called as soon as the last
 * school is scored, before the district workbook is laid out and written.
 */
export interface SchoolScorer {
  score: NonNullable<ConsolidateOptions['scoreFile']>;
  close(): Promise<void>;
}

/** Consolidates the schools and writes the district workbook (and JSON); returns the exit code. */
export async function consolidateCommand(
  args: ConsolidateArgs, io: Console, tty: ProgressTarget | null = null, scorer?: SchoolScorer,
): Promise<number> {
  if (!WORKBOOK.test(args.output)) throw new CliError(`输出文件应以 .xlsx 结尾：${args.output}`, `the output must be an .xlsx file: ${args.output}`);
  // Only the district workbook is left out of a folder's schools: a --json aimed at a school file is refused below.
  const { files: paths, skipped } = await expandInputs(args.inputs, [args.output]);
  // SPEC §9, before anything is read or written: no output is a school's file or the other output
  // (real paths, case, links), and every output folder is writable.
  await checkOutputs(paths, [{ path: args.output, option: '输出' }, ...(args.json === undefined ? [] : [{ path: args.json, option: '--json' }])]);
  const files: SchoolFile[] = [];
  const reader = new SharedReadBuffer();
  for (const p of paths) {
    const modified = await stat(p).then((info) => info.mtime, () => undefined);
    files.push({ file: p, bytes: () => reader.read(p), ...(modified === undefined ? {} : { modified }) });
  }
  for (const s of skipped.slice(0, SKIPPED_SHOWN)) io.err(oneLine(`提示：跳过 ${s.file}：${s.reason} / Note: skipped ${s.file}`));
  if (skipped.length > SKIPPED_SHOWN) io.err(`提示：另有 ${skipped.length - SKIPPED_SHOWN} 个路径被跳过，全部列在汇总工作簿的“计算记录”中 / Note: ${skipped.length - SKIPPED_SHOWN} more paths skipped`);

  const progress = progressReporter(io, tty);
  const output = await XlsxHost.create();
  const spool = args.json === undefined ? null : await createSpool(args.json);
  const json = spool === null ? null : new DistrictJsonWriter(spool);
  let report;
  try {
    report = await consolidate(files, {
      open: (bytes) => openSchoolWorkbook(bytes, nodeCodec),
      fileError: (e) => schoolFileError(e) ?? (e instanceof CliError ? e.zh : null),
      output,
      hash: async (bytes) => createHash('sha256').update(bytes).digest('hex'),
      onProgress: progress.report,
      skipped,
      ...(scorer === undefined ? {} : { scoreFile: (job: SchoolJob) => scorer.score(job), scoringDone: () => scorer.close() }),
      ...(json === null ? {} : { onSchool: (entry: DistrictJsonSchool) => json.add(entry), onSchoolReplaced: (i: number, entry: DistrictJsonSchool) => json.replace(i, entry) }),
    });
  } catch (e) {
    await spool?.discard();
    throw e;
  } finally {
    progress.end();
  }

  const { schools } = report.view;
  for (const s of schools.filter((x) => x.outcome !== 'scored')) io.err(oneLine(notCountedLine(s)));
  if (report.scored === 0) {
    await spool?.discard();
    io.err(new CliError('没有一所学校可以计算，未生成汇总工作簿', 'no school could be scored; no output was written', EXIT_DATA).line());
    return EXIT_DATA;
  }
  // SPEC §11: both outputs written and flushed, then both renamed — never a new workbook beside an old JSON.
  const staged: StagedOutput[] = [];
  try {
    staged.push(await stageOutputFile(args.output, await output.saveChunks()));
    if (json !== null && args.json !== undefined) {
      const stream = await streamOutputFile(args.json);
      try {
        await json.writeTo(stream);
      } catch (e) {
        await stream.discard();
        throw e;
      }
      staged.push(await stream.finish());
    }
    await commitTogether(staged);
  } catch (e) {
    for (const s of staged) await s.discard();
    throw e;
  } finally {
    await spool?.discard();
  }
  const lines = [`已汇总 ${report.scored} 所学校，${report.teachers} 位教师（共 ${schools.length} 个文件）。`];
  const count = (outcome: DistrictSchool['outcome']): number => schools.filter((s) => s.outcome === outcome).length;
  const [failed, duplicates, superseded] = [count('failed'), count('duplicate'), count('superseded')];
  if (failed + duplicates + superseded > 0) {
    lines.push(`未计入：无法计算 ${failed} 个，重复 ${duplicates} 个，同校旧版本 ${superseded} 个（详见“学校汇总”和“数据问题”工作表）。`);
  }
  if (report.districtWarnings > 0) lines.push(`全区错误和警告 ${report.districtWarnings} 条（见“数据问题”工作表开头）。`);
  lines.push(`区县汇总工作簿：${oneLine(args.output)}`);
  if (args.json !== undefined) lines.push(`JSON 结果：${oneLine(args.json)}`);
  io.out(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

/** The stderr line for a file that was not counted, with the reason. */
function notCountedLine(s: DistrictSchool): string {
  switch (s.outcome) {
    case 'duplicate':
      return `警告：${basename(s.file)} 重复文件，只计一次：${s.error ?? ''} / Warning: ${s.file}: duplicate file, counted once`;
    case 'superseded':
      return `警告：${basename(s.file)} 是同校的旧版本，已采用 ${s.supersededBy ?? ''} / Warning: ${s.file}: older version of a school, superseded by ${s.supersededBy ?? ''}`;
    default:
      return `警告：${basename(s.file)} 无法计算：${s.error ?? ''} / Warning: ${s.file}: cannot be scored`;
  }
}
