/**
 * `yanxiu template <out.xlsx>` (SPEC §9): a blank standard workbook.
 */
import { insertTemplate } from '../app/insertTemplate.js';
import { XlsxHost } from '../hosts/xlsx/xlsxHost.js';
import { EXIT_OK } from './cliError.js';
import type { Console } from './console.js';
import { writeOutputFile } from './files.js';

export async function templateCommand(output: string, io: Console): Promise<number> {
  const host = await XlsxHost.create();
  const { inserted } = await insertTemplate(host);
  await writeOutputFile(output, await host.saveChunks());
  io.out(`已生成空白标准模板（${inserted.join('、')}）：${output}\n`);
  return EXIT_OK;
}
