/**
 * Opens an input .xlsx as a Host for the command line.
 */
import { XlsxHost } from '../hosts/xlsx/xlsxHost.js';
import { XlsxFileError } from '../hosts/xlsx/package/fileError.js';
import { CliError, EXIT_DATA } from './cliError.js';
import { readInputFile } from './files.js';

/**
 * Opens `path`; a file that is not an .xlsx package (an .xls, a CSV, a damaged file) is data that
 * cannot be scored (exit 2). XlsxHost streams each sheet part while reading (the same scanner as
 * hosts/xlsx/nodeFile.ts readTablesStreaming), so a big sign-in sheet never exists as one string, and
 * writes by adding parts to the zip package without loading the workbook into a spreadsheet model.
 */
export async function openWorkbook(path: string): Promise<XlsxHost> {
  const bytes = await readInputFile(path);
  try {
    const host = await XlsxHost.open(bytes);
    await host.listSheets();
    return host;
  } catch (error) {
    // The host knows why (encrypted, legacy .xls, not a zip, damaged) and says what to do about it.
    if (error instanceof XlsxFileError) {
      const [zh, en] = splitBilingual(error.message);
      throw new CliError(`无法打开 ${path}：${zh}`, `cannot open ${path}: ${en}`, EXIT_DATA);
    }
    throw new CliError(
      `无法打开 ${path}：不是有效的 .xlsx 工作簿（.xls 请先在 Excel 中另存为 .xlsx）`,
      `cannot open ${path}: not a valid .xlsx workbook`,
      EXIT_DATA,
    );
  }
}

/** The host's messages read `中文… (English.)`; split them for the two-language error line. */
function splitBilingual(message: string): [string, string] {
  const match = /^(.*?)\s*\((.*)\)\s*(\[.*\])?$/s.exec(message);
  return match ? [match[1] ?? message, match[2] ?? message] : [message, message];
}
