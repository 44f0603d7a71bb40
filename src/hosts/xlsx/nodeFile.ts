/**
 * Node-only conveniences for the CLI: open and save by path, and read sheets of a big file one at a
 * time. (The rest of src/hosts/xlsx works on bytes and runs in the browser too.)
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Table } from '../../sheets/table.js';
import { XlsxHost, type XlsxHostOptions } from './xlsxHost.js';
import { nodeCodec } from './nodeCodec.js';

/** Opens an .xlsx file by path. */
export async function openXlsxFile(path: string, options: XlsxHostOptions = {}): Promise<XlsxHost> {
  return XlsxHost.open(await readFile(path), { codec: nodeCodec, ...options });
}

/**
 * Saves the workbook to `path` through a temporary file and a rename, so a failed save never
 * leaves a half-written workbook where the school's file was.
 */
export async function saveXlsxFile(host: XlsxHost, path: string): Promise<void> {
  const chunks = await host.saveChunks();
  const temporary = `${path}.${process.pid}.tmp`;
  // writeFile takes the zip's pieces one after another: the zip is never joined into one array.
  await writeFile(temporary, chunks);
  await rename(temporary, path);
}

/**
 * The sheets of a file (all, or those named in `wanted`, in tab order) one Table at a time. Only the
 * compressed file and the Table being built are in memory: a 1,000,000-row × 8-column sign-in sheet
 * reads in a few hundred MB, where loading the whole workbook with ExcelJS takes about 2.5 GB.
 * @example for await (const table of readTablesStreaming('school.xlsx', ['签到表'])) console.log(table.rows.length);
 */
export async function* readTablesStreaming(path: string, wanted?: readonly string[]): AsyncGenerator<Table> {
  const host = await openXlsxFile(path, { charts: null });
  const want = wanted ? new Set(wanted.map((n) => n.toLowerCase())) : undefined;
  for (const sheet of await host.listSheets()) {
    if (want && !want.has(sheet.name.toLowerCase())) continue;
    yield await host.readSheet(sheet.name);
  }
}
