/**
 * Opens an input .xlsx as a Host for the command line.
 */
import { XlsxHost } from '../hosts/xlsx/xlsxHost.js';
import { nodeCodec } from '../hosts/xlsx/nodeCodec.js';
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
    const host = await XlsxHost.open(bytes, { codec: nodeCodec });
    await host.listSheets();
    return host;
  } catch (error) {
    throw fileErrorLine(path, error);
  }
}

/**
 * The one CLI line for a file the host could not read, at any stage (opening, reading a sheet): exit
 * 2, Chinese and English, no stack trace. Errors that are not the file's pass through unchanged.
 */
export function fileErrorLine(path: string, error: unknown): unknown {
  // The host knows why (encrypted, legacy .xls, not a zip, damaged, too large) and says what to do about it.
  if (error instanceof XlsxFileError) {
    const [zh, en] = splitBilingual(error.message);
    return new CliError(`无法打开 ${path}：${zh}`, `cannot open ${path}: ${en}`, EXIT_DATA);
  }
  return error;
}

/** The host's messages read `中文… (English.)`; split them for the two-language error line. */
function splitBilingual(message: string): [string, string] {
  // Split by position, not by a regex over the message: the detail in [] quotes the file.
  const open = message.indexOf(' (');
  const close = message.indexOf(')', open);
  if (open === -1 || close === -1) return [message, message];
  const detail = message.slice(close + 1).replace(/\s+/g, ' ').trim();
  return [message.slice(0, open), `${message.slice(open + 2, close)}${detail ? ` ${detail}` : ''}`];
}
