/**
 * File access for the command line, turning Node's errors into one-line Chinese/English CliErrors.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError, EXIT_DATA } from './cliError.js';

/** The bytes of an input file; a missing file or a directory is a usage error. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch(() => null);
  if (info === null) throw new CliError(`找不到输入文件 ${path}`, `input file not found: ${path}`);
  if (!info.isFile()) throw new CliError(`${path} 不是文件`, `not a file: ${path}`);
  return new Uint8Array(await readFile(path));
}

/** The size of a file in bytes (0 when it cannot be read). */
export async function fileSize(path: string): Promise<number> {
  return (await stat(path).catch(() => null))?.size ?? 0;
}

/**
 * A `--rules` JSON file, parsed. Its values are checked by the rules reader; a file that is not
 * JSON at all is broken rules (exit 2, SPEC §9).
 */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = new TextDecoder().decode(await readInputFile(path)).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(`规则文件 ${path} 不是有效的 JSON（${(e as Error).message}）`, `rules file is not valid JSON: ${path}`, EXIT_DATA);
  }
}

/**
 * Writes a file through a temporary file and a rename, so a failed write never leaves half a workbook
 * where a school's file was. Creates the directory when `makeDir` (demo), refuses otherwise.
 */
export async function writeOutputFile(path: string, data: Uint8Array | string, makeDir = false): Promise<void> {
  if (makeDir) await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') throw new CliError(`无法写入 ${path}：目录不存在`, `cannot write ${path}: directory does not exist`);
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw new CliError(`无法写入 ${path}：文件被占用或没有权限（如已在 Excel 中打开，请先关闭）`, `cannot write ${path}: file is locked or not writable (${code})`);
    }
    throw new CliError(`无法写入 ${path}`, `cannot write ${path}: ${(e as Error).message}`);
  }
}
