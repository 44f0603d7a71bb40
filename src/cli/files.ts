/**
 * File access for the command line, turning Node's errors into one-line Chinese/English CliErrors,
 * and keeping SPEC §9's promises about the school's files: an output is never the input nor another
 * output, every output folder is checked before anything is written, and each output goes to a new,
 * exclusively created temporary file with an unpredictable name, renamed into place — removed again
 * on error, Ctrl-C (SIGINT) or SIGTERM.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, constants, mkdir, open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
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

/** Where a path really points: symlinks of its folder (and of itself, when it exists) resolved. */
async function realLocation(path: string): Promise<{ key: string; id: string | undefined }> {
  const absolute = resolve(path);
  const existing = await realpath(absolute).catch(() => undefined);
  const real = existing ?? join(await realpath(dirname(absolute)).catch(() => dirname(absolute)), basename(absolute));
  const info = existing === undefined ? null : await stat(existing).catch(() => null);
  // Case folded: on Windows and macOS `IN.xlsx` is `in.xlsx`; refusing it on Linux costs nothing.
  return { key: real.normalize('NFC').toLowerCase(), id: info ? `${info.dev}:${info.ino}` : undefined };
}

/**
 * SPEC §9, before anything is written: no output is the input or another output (compared by real
 * path, case and `./` included, and by file identity), and every output's folder exists and is
 * writable. Each failure is a usage error (exit 1).
 * @example await checkOutputs('in.xlsx', [{ path: 'in.xlsx', option: '-o' }]) // throws: the input
 */
export async function checkOutputs(
  input: string | readonly string[],
  outputs: readonly { path: string; option: string }[],
): Promise<void> {
  // consolidate has many inputs (every school file); score has one.
  const inputsAt = await Promise.all((typeof input === 'string' ? [input] : input).map(realLocation));
  const seen: { at: { key: string; id: string | undefined }; option: string; path: string }[] = [];
  for (const output of outputs) {
    const at = await realLocation(output.path);
    const same = (other: typeof at) => other.key === at.key || (other.id !== undefined && other.id === at.id);
    if (inputsAt.some(same)) {
      throw new CliError(`${output.option} ${output.path} 就是输入文件，不能覆盖学校的原文件，请换一个文件名`, `${output.option} ${output.path} is the input file; choose another name`);
    }
    const clash = seen.find((s) => same(s.at));
    if (clash) {
      throw new CliError(`${clash.option} 与 ${output.option} 指向同一个文件 ${output.path}，请给两个输出不同的文件名`, `${clash.option} and ${output.option} name the same file ${output.path}`);
    }
    seen.push({ at, option: output.option, path: output.path });
    await checkWritable(output.path);
  }
}

async function checkWritable(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  const info = await stat(folder).catch(() => null);
  if (info === null || !info.isDirectory()) throw new CliError(`无法写入 ${path}：目录不存在`, `cannot write ${path}: directory does not exist`);
  if (!(await access(folder, constants.W_OK).then(() => true, () => false))) {
    throw new CliError(`无法写入 ${path}：没有写入该目录的权限`, `cannot write ${path}: the directory is not writable`);
  }
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) throw new CliError(`无法写入 ${path}：这是一个目录`, `cannot write ${path}: it is a directory`);
}

/** Temporary files not yet renamed into place: removed if the process is interrupted. */
const pending = new Set<string>();

function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
  // The conventional exit codes of a process ended by SIGINT (130) and SIGTERM (143).
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function track(path: string): void {
  if (pending.size === 0) {
    process.on('SIGINT', removePendingAndExit);
    process.on('SIGTERM', removePendingAndExit);
  }
  pending.add(path);
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0) {
    process.off('SIGINT', removePendingAndExit);
    process.off('SIGTERM', removePendingAndExit);
  }
}

/**
 * A new temporary file beside `path`, created exclusively (O_CREAT|O_EXCL: a planted file or
 * symlink of that name makes it fail, never gets written through) under a random name.
 */
export async function createTemporary(path: string): Promise<{ path: string; write(data: Uint8Array | string): Promise<void> }> {
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(12).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o644);
  track(temporary);
  return {
    path: temporary,
    async write(data) {
      try {
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
    },
  };
}

/**
 * Writes a file through a temporary file and a rename, so a failed write never leaves half a workbook
 * where a school's file was. Creates the directory when `makeDir` (demo), refuses otherwise.
 */
export async function writeOutputFile(path: string, data: Uint8Array | string, makeDir = false): Promise<void> {
  if (makeDir) await mkdir(dirname(path), { recursive: true });
  let temporary: string | undefined;
  try {
    const file = await createTemporary(path);
    temporary = file.path;
    await file.write(data);
    await rename(temporary, path);
  } catch (e) {
    if (temporary !== undefined) await rm(temporary, { force: true });
    throw writeError(path, e);
  } finally {
    if (temporary !== undefined) untrack(temporary);
  }
}

/** A failed write of `path` as the one-line CliError the user sees. */
function writeError(path: string, e: unknown): CliError {
  if (e instanceof CliError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOENT') return new CliError(`无法写入 ${path}：目录不存在`, `cannot write ${path}: directory does not exist`);
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return new CliError(`无法写入 ${path}：文件被占用或没有权限（如已在 Excel 中打开，请先关闭）`, `cannot write ${path}: file is locked or not writable (${code})`);
  }
  return new CliError(`无法写入 ${path}`, `cannot write ${path}: ${(e as Error).message}`);
}

/** An output written piece by piece (consolidate's `--json`), under SPEC §9's rules. */
export interface OutputStream {
  write(text: string): Promise<void>;
  /** Closes the temporary file and renames it into place. */
  commit(): Promise<void>;
  /** Closes and removes the temporary file (nothing is written at `path`); safe to call twice. */
  discard(): Promise<void>;
}

/**
 * Like writeOutputFile, but the data comes in pieces: they go to a new, exclusively created temporary
 * file beside `path` as they arrive, so a large output never has to be held in memory whole, and the
 * file appears at `path` only on `commit`.
 */
export async function streamOutputFile(path: string): Promise<OutputStream> {
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(12).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o644).catch((e: unknown) => {
    throw writeError(path, e);
  });
  track(temporary);
  let isOpen = true;
  const close = async (): Promise<void> => {
    if (!isOpen) return;
    isOpen = false;
    await handle.close();
  };
  const discard = async (): Promise<void> => {
    await close().catch(() => undefined);
    await rm(temporary, { force: true });
    untrack(temporary);
  };
  return {
    async write(text) {
      try {
        await handle.writeFile(text);
      } catch (e) {
        await discard();
        throw writeError(path, e);
      }
    },
    async commit() {
      try {
        await close();
        await rename(temporary, path);
        untrack(temporary);
      } catch (e) {
        await discard();
        throw writeError(path, e);
      }
    },
    discard,
  };
}
