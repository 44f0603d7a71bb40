/**
 * District consolidation (SPEC §10) over .xlsx files, for the CLI and the standalone page: open a
 * school's bytes with its output sheets named, and say in Chinese why a file cannot be read.
 */
import type { OpenedSchool } from '../../app/consolidate.js';
import { XlsxFileError } from './package/fileError.js';
import { XlsxHost } from './xlsxHost.js';
import type { PartCodec } from './package/partCodec.js';

/** A file the package reader gave up on for a reason it could not name (not a zip at all, …). */
class UnreadableFile extends Error {}

/**
 * Opens one school workbook; a file that is no workbook throws an error `schoolFileError` explains.
 * @example const { host, outputSheets } = await openSchoolWorkbook(bytes);
 */
export async function openSchoolWorkbook(bytes: Uint8Array, codec?: PartCodec): Promise<OpenedSchool> {
  try {
    const host = await XlsxHost.open(bytes, { charts: null, ...(codec === undefined ? {} : { codec }) });
    return { host, outputSheets: await host.outputSheets() };
  } catch (e) {
    if (e instanceof XlsxFileError) throw e;
    throw new UnreadableFile(e instanceof Error ? e.message : String(e));
  }
}

/**
 * The Chinese reason a school file could not be opened or read, or null when the error is not the
 * file's fault (then it is our bug and is rethrown).
 * @example schoolFileError(new XlsxFileError('legacy-xls')) // '这是旧版 .xls 格式的文件。…'
 */
export function schoolFileError(error: unknown): string | null {
  if (error instanceof XlsxFileError) return chinesePart(error.message);
  if (error instanceof UnreadableFile) return '不是有效的 .xlsx 工作簿（.xls 请先在 Excel 中另存为 .xlsx）。';
  return null;
}

/** The file errors read `中文… (English.) [detail]`: keep the Chinese. */
function chinesePart(message: string): string {
  const match = /^(.*?)\s*\(.*$/s.exec(message);
  return (match?.[1] ?? message).trim();
}
