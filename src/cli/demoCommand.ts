/**
 * `yanxiu demo [dir]` (SPEC §9): the sample school's workbook, its scored copy and the JSON result.
 */
import { join } from 'node:path';
import { insertSample } from '../app/insertSample.js';
import { run } from '../app/run.js';
import { XlsxHost } from '../hosts/xlsx/xlsxHost.js';
import { CliError, EXIT_DATA, EXIT_OK } from './cliError.js';
import type { Console } from './console.js';
import { writeOutputFile, writeOutputFiles } from './files.js';
import { jsonFileChunks } from './jsonFile.js';
import { formatSummary } from './summary.js';

export const DEMO_DIR = 'out';

export async function demoCommand(dir: string, io: Console): Promise<number> {
  const inputPath = join(dir, '示例学校.xlsx');
  const outputPath = join(dir, '示例学校-考核结果.xlsx');
  const jsonPath = join(dir, '示例学校-结果.json');

  const sample = await XlsxHost.create();
  await insertSample(sample);
  const inputBytes = await sample.save();
  await writeOutputFile(inputPath, inputBytes, true);

  // Score a fresh copy of the saved file, exactly as `score` would.
  const host = await XlsxHost.open(inputBytes);
  const report = await run(host);
  if (report.score === null) {
    throw new CliError('示例数据无法计算（程序错误，请报告）', 'the sample workbook cannot be scored (a bug)', EXIT_DATA);
  }
  await writeOutputFiles([
    { path: outputPath, data: await host.saveChunks() },
    { path: jsonPath, data: jsonFileChunks(report.score.result) },
  ]);
  io.out(formatSummary(report, [`示例工作簿：${inputPath}`, `结果工作簿：${outputPath}`, `JSON 结果：${jsonPath}`]));
  return EXIT_OK;
}
