/**
 * `yanxiu score <in.xlsx> [-o out.xlsx] [--json out.json] [--rules rules.json]` (SPEC §9).
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Issue } from '../engine/issues.js';
import type { Rules } from '../engine/rules.js';
import { run } from '../app/run.js';
import type { RunReport } from '../app/types.js';
import { CliError, EXIT_DATA, EXIT_OK } from './cliError.js';
import { fileSize, readJsonFile, writeOutputFile } from './files.js';
import { openWorkbook } from './openWorkbook.js';
import type { Console } from './console.js';
import { formatSummary } from './summary.js';

export interface ScoreArgs {
  input: string;
  output?: string;
  json?: string;
  rules?: string;
}

/** Above this size the stages are shown on stderr while they run (a big sign-in sheet takes a while). */
const BIG_FILE_BYTES = 30 * 1024 * 1024;

/** `<in>-考核结果.xlsx` beside the input. */
export function defaultOutputPath(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}-考核结果.xlsx`);
}

/** One stderr line per blocking issue: the Chinese message, then the code and place in English. */
export function issueLine(issue: Issue): string {
  const where = [issue.sheet, issue.row === undefined ? undefined : `row ${issue.row}`, issue.column].filter((x) => x !== undefined);
  return `错误：${issue.message} / Error: ${issue.code}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
}

/** Scores one workbook and writes the scored copy (and JSON); returns the exit code. */
export async function scoreCommand(args: ScoreArgs, io: Console): Promise<number> {
  const output = args.output ?? defaultOutputPath(args.input);
  // The rules reader validates the JSON's keys and values and reports them as issues.
  const rulesOverride = args.rules === undefined ? undefined : ((await readJsonFile(args.rules)) as Partial<Rules>);
  const host = await openWorkbook(args.input);
  const big = (await fileSize(args.input)) > BIG_FILE_BYTES;
  const report = await run(host, {
    ...(rulesOverride === undefined ? {} : { rulesOverride }),
    ...(big ? { onProgress: (p) => io.err(`${Math.round(p.fraction * 100)}% ${p.label}`) } : {}),
  });
  if (report.score === null) return cannotScore(report, io);

  await writeOutputFile(output, await host.save());
  const paths = [`结果工作簿：${output}`];
  if (args.json !== undefined) {
    await writeOutputFile(args.json, `${JSON.stringify(report.score.result, null, 2)}\n`);
    paths.push(`JSON 结果：${args.json}`);
  }
  io.out(formatSummary(report, paths));
  return EXIT_OK;
}

function cannotScore(report: RunReport, io: Console): number {
  for (const issue of report.inspect.issues.filter((i) => i.severity === 'error')) io.err(issueLine(issue));
  io.err(new CliError('数据无法计算，未生成结果文件', 'the data cannot be scored; no output was written', EXIT_DATA).line());
  return EXIT_DATA;
}
