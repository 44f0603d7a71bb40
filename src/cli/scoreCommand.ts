/**
 * `yanxiu score <in.xlsx> [-o out.xlsx] [--json out.json] [--rules rules.json]` (SPEC §9).
 */
import { basename, dirname, extname, join } from 'node:path';
import { makeIssue, type Issue } from '../engine/issues.js';
import { isDistrictWorkbook } from '../sheets/layout/district/schoolIdentity.js';
import type { Rules } from '../engine/rules.js';
import { run } from '../app/run.js';
import type { RunReport } from '../app/types.js';
import { CliError, EXIT_DATA, EXIT_OK } from './cliError.js';
import { checkOutputs, fileSize, readJsonFile, writeOutputFiles } from './files.js';
import { jsonFileChunks } from './jsonFile.js';
import { fileErrorLine, openWorkbook } from './openWorkbook.js';
import type { Console } from './console.js';
import { formatSummary } from './summary.js';
import { oneLine } from './terminalText.js';

export interface ScoreArgs {
  input: string;
  output?: string;
  json?: string;
  rules?: string;
}

/** Above this size the stages are shown on stderr while they run (a big sign-in sheet takes a while). */
const BIG_FILE_BYTES = 30 * 1024 * 1024;

/** `<in>-考核结果.xlsx` beside the input; a macro-enabled `.xlsm` stays `.xlsm` (SPEC §7). */
export function defaultOutputPath(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}-考核结果${isMacroEnabled(input) ? ext : '.xlsx'}`);
}

function isMacroEnabled(path: string): boolean {
  return extname(path).toLowerCase() === '.xlsm';
}

/**
 * SPEC §7: the scored copy of an .xlsm keeps its macros and so must be an .xlsm — Excel refuses an
 * .xlsx holding them. An explicit `-o x.xlsx` for one is refused with the reason.
 */
function checkOutputKind(input: string, output: string): void {
  if (isMacroEnabled(input) && !isMacroEnabled(output)) {
    throw new CliError(
      `${basename(input)} 是含宏的工作簿（.xlsm），结果也必须保存为 .xlsm 才能保留宏，Excel 不会打开含宏的 .xlsx。请把 -o 的扩展名改为 .xlsm`,
      `${basename(input)} is macro-enabled (.xlsm); its scored copy keeps the macros and must be .xlsm too: use -o <name>.xlsm`,
    );
  }
}

/** One stderr line per blocking issue: the Chinese message, then the code and place in English. */
export function issueLine(issue: Issue): string {
  const where = [issue.sheet, issue.row === undefined ? undefined : `row ${issue.row}`, issue.column].filter((x) => x !== undefined);
  return oneLine(`错误：${issue.message} / Error: ${issue.code}${where.length > 0 ? ` (${where.join(', ')})` : ''}`);
}

/** Scores one workbook and writes the scored copy (and JSON); returns the exit code. */
export async function scoreCommand(args: ScoreArgs, io: Console): Promise<number> {
  const output = args.output ?? defaultOutputPath(args.input);
  checkOutputKind(args.input, output);
  // SPEC §9: before anything is read or written, no output may be the input or another output.
  await checkOutputs(args.input, [{ path: output, option: '-o' }, ...(args.json === undefined ? [] : [{ path: args.json, option: '--json' }])]);
  // The rules reader validates the JSON's keys and values and reports them as issues.
  const rulesOverride = args.rules === undefined ? undefined : ((await readJsonFile(args.rules)) as Partial<Rules>);
  const host = await openWorkbook(args.input);
  // A district workbook would only say “找不到教师名册”: say what it is (issue 19 item 14).
  if (isDistrictWorkbook(await host.outputSheets())) {
    throw new CliError(
      `${args.input} ${makeIssue('district-workbook-given').message}`,
      `${args.input} is a district workbook written by consolidate, not a school's workbook`,
      EXIT_DATA,
    );
  }
  const big = (await fileSize(args.input)) > BIG_FILE_BYTES;
  let report: RunReport;
  let workbook: Uint8Array[];
  try {
    report = await run(host, {
      ...(rulesOverride === undefined ? {} : { rulesOverride }),
      ...(big ? { onProgress: (p) => io.err(`${Math.round(p.fraction * 100)}% ${p.label}`) } : {}),
    });
    if (report.score === null) return cannotScore(report, io);
    // The zip's pieces go to the file one after another, never joined (57 MB at 20,000 teachers).
    workbook = await host.saveChunks();
  } catch (error) {
    // A sheet part found damaged while scoring is the same exit 2 as one found while opening.
    throw fileErrorLine(args.input, error);
  }

  // SPEC §11: both outputs written and flushed, then both renamed — a full disk leaves the previous pair.
  // The JSON is made as it is written, after the workbook: never one 54 MB string at 20,000 teachers.
  await writeOutputFiles([
    { path: output, data: workbook },
    ...(args.json === undefined ? [] : [{ path: args.json, data: jsonFileChunks(report.score.result) }]),
  ]);
  const paths = [`结果工作簿：${output}`, ...(args.json === undefined ? [] : [`JSON 结果：${args.json}`])];
  io.out(formatSummary(report, paths));
  return EXIT_OK;
}

function cannotScore(report: RunReport, io: Console): number {
  for (const issue of report.inspect.issues.filter((i) => i.severity === 'error')) io.err(issueLine(issue));
  io.err(new CliError('数据无法计算，未生成结果文件', 'the data cannot be scored; no output was written', EXIT_DATA).line());
  return EXIT_DATA;
}
