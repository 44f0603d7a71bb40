/**
 * File access for the command line, turning Node's errors into one-line Chinese/English CliErrors,
 * and keeping SPEC §9's promises about the school's files: an output is never the input nor another
 * output, every output folder is checked before anything is written, and each output goes to a new,
 * exclusively created temporary file with an unpredictable name, renamed into place — removed again
 * on error and on any signal that ends the run (INT, TERM, HUP, QUIT). The outputs of one run are
 * committed together (SPEC §11): every temporary file written and flushed, then all renamed, so a
 * full disk leaves the previous outputs or none — never a new out.xlsx beside an old out.json.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, constants, type FileHandle, mkdir, open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, EXIT_DATA } from './cliError.js';
import { fileSystemError } from './fileSystemError.js';
import { oneLine } from './terminalText.js';

/** The most `readFile` can hold (Node's Buffer limit for a file read whole): 2 GiB. */
export const MAX_INPUT_BYTES = 2 ** 31 - 1;

/**
 * The bytes of an input file. A missing file or a directory named on the command line is a usage
 * error (exit 1); anything the file system refuses while reading — no permission, over 2 GB, an I/O
 * error — is one line, exit 2.
 */
export async function readInputFile(path: string): Promise<Uint8Array> {
  await inputFileSize(path);
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw fileSystemError(e, path, 'read') ?? e;
  }
}

/** An input file's size, after the checks of readInputFile (there, not a file, not too large). */
async function inputFileSize(path: string): Promise<number> {
  const info = await stat(path).catch((e: unknown) => {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fileSystemError(e, path, 'read') ?? e;
  });
  if (info === null) throw new CliError(`找不到输入文件 ${path}`, `input file not found: ${path}`);
  if (!info.isFile()) throw new CliError(`${path} 不是文件`, `not a file: ${path}`);
  if (info.size > MAX_INPUT_BYTES) throw fileSystemError({ code: 'ERR_FS_FILE_TOO_LARGE' }, path, 'read') ?? new Error('unreachable');
  return info.size;
}

/**
 * Reads input files one after another into one block of shared memory (a SharedArrayBuffer, grown
 * when a file needs more), for consolidate's schools: each file's bytes go to the school worker
 * without a copy (a view on shared memory is shared, not cloned, by postMessage), and the main thread
 * does not allocate, hash-copy and clone ~250 KB per school, which left its malloc heap fragmented
 * (docs/performance.md, "District memory: the view as bytes, the sheets streamed"). A view it returns
 * holds its file only until the next `read`: the district scores one school at a time, and nothing
 * of a school's bytes is kept once it is scored. Errors are readInputFile's.
 */
export class SharedReadBuffer {
  private memory = new SharedArrayBuffer(0);

  async read(path: string): Promise<Uint8Array> {
    const size = await inputFileSize(path);
    if (this.memory.byteLength < size) this.memory = new SharedArrayBuffer(Math.max(size, 2 * this.memory.byteLength));
    const view = new Uint8Array(this.memory, 0, size);
    let handle: FileHandle | undefined;
    try {
      handle = await open(path, 'r');
      let at = 0;
      // A file that shrank since stat ends early: what was read is the file.
      while (at < size) {
        const { bytesRead } = await handle.read(view, at, size - at, at);
        if (bytesRead === 0) break;
        at += bytesRead;
      }
      return view.subarray(0, at);
    } catch (e) {
      throw fileSystemError(e, path, 'read') ?? e;
    } finally {
      await handle?.close();
    }
  }
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

/** Every signal that ends a run from a terminal or a supervisor, with its conventional exit code (128 + number). */
const ENDING_SIGNALS: Readonly<Partial<Record<NodeJS.Signals, number>>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGQUIT: 131 };

function removePendingAndExit(signal: NodeJS.Signals): void {
  removePending();
  process.exit(ENDING_SIGNALS[signal] ?? 1);
}

/** Removes every temporary file still pending. */
function removePending(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

function track(path: string): void {
  if (pending.size === 0) for (const signal of Object.keys(ENDING_SIGNALS)) process.on(signal, removePendingAndExit);
  pending.add(path);
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0) for (const signal of Object.keys(ENDING_SIGNALS)) process.off(signal, removePendingAndExit);
}

function temporaryName(path: string): string {
  return join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(12).toString('hex')}.tmp`);
}

/**
 * What an output holds: text, bytes, or pieces written one after another and never joined in memory
 * — a saved workbook's zip chunks (XlsxHost.saveChunks), a JSON file made as it is written
 * (jsonFileChunks).
 */
export type OutputData = string | Uint8Array | Iterable<string | Uint8Array>;

/** Writes `data` at the handle's position, piece by piece. */
async function writeData(handle: FileHandle, data: OutputData): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
  else for (const piece of data) await handle.writeFile(piece);
}

/**
 * A new temporary file beside `path`, created exclusively (O_CREAT|O_EXCL: a planted file or
 * symlink of that name makes it fail, never gets written through) under a random name.
 */
export async function createTemporary(path: string): Promise<{ path: string; write(data: OutputData): Promise<void> }> {
  const temporary = temporaryName(path);
  const handle = await open(temporary, 'wx', 0o644);
  track(temporary);
  return {
    path: temporary,
    async write(data) {
      try {
        await writeData(handle, data);
        // Flushed before it may be renamed: a disk that fills late (network drives) fails here, not after.
        await handle.datasync();
      } finally {
        await handle.close();
      }
    },
  };
}

/** An output written to its temporary file and flushed, waiting to be renamed into place. */
export interface StagedOutput {
  /** The output's own path. */
  path: string;
  /** Renames the temporary file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file (nothing is written at `path`); safe to call twice. */
  discard(): Promise<void>;
}

/**
 * Writes `data` to a new temporary file beside `path` and flushes it; nothing is at `path` until
 * commitTogether. Creates the directory when `makeDir` (demo), refuses otherwise.
 */
export async function stageOutputFile(path: string, data: OutputData, makeDir = false): Promise<StagedOutput> {
  let temporary: string | undefined;
  try {
    if (makeDir) await mkdir(dirname(path), { recursive: true });
    const file = await createTemporary(path);
    temporary = file.path;
    await file.write(data);
  } catch (e) {
    if (temporary !== undefined) {
      await rm(temporary, { force: true });
      untrack(temporary);
    }
    throw writeError(path, e);
  }
  return staged(path, temporary);
}

function staged(path: string, temporary: string): StagedOutput {
  let done = false;
  return {
    path,
    async commit() {
      if (done) return;
      try {
        await rename(temporary, path);
        done = true;
        untrack(temporary);
      } catch (e) {
        throw writeError(path, e);
      }
    },
    async discard() {
      if (done) return;
      done = true;
      await rm(temporary, { force: true });
      untrack(temporary);
    },
  };
}

/**
 * SPEC §11: the outputs of one run appear together. Every output is already written and flushed
 * (staged); only then are they renamed, one after the other — a rename does not need disk space,
 * so a full disk fails while staging and leaves the previous outputs. When anything fails, every
 * temporary file not yet renamed is removed.
 * @example await commitTogether([await stageOutputFile('out.xlsx', bytes), await stageOutputFile('out.json', text)]);
 */
export async function commitTogether(outputs: readonly StagedOutput[]): Promise<void> {
  try {
    for (const output of outputs) await output.commit();
  } finally {
    for (const output of outputs) await output.discard();
  }
}

/**
 * Stages every output, then commits them together; a failure while staging any of them removes
 * the temporary files of all and writes none.
 */
export async function writeOutputFiles(outputs: readonly { path: string; data: OutputData }[], makeDir = false): Promise<void> {
  const done: StagedOutput[] = [];
  try {
    for (const output of outputs) done.push(await stageOutputFile(output.path, output.data, makeDir));
  } catch (e) {
    for (const output of done) await output.discard();
    throw e;
  }
  await commitTogether(done);
}

/**
 * Writes a file through a temporary file and a rename, so a failed write never leaves half a workbook
 * where a school's file was. Creates the directory when `makeDir` (demo), refuses otherwise.
 */
export async function writeOutputFile(path: string, data: OutputData, makeDir = false): Promise<void> {
  await writeOutputFiles([{ path, data }], makeDir);
}

/** A failed write of `path` as the one-line CliError the user sees (exit 2: the file system refused). */
function writeError(path: string, e: unknown): CliError {
  if (e instanceof CliError) return e;
  const known = fileSystemError(e, path, 'write');
  if (known !== null) return known;
  return new CliError(`无法写入 ${path}`, `cannot write ${path}: ${oneLine((e as Error).message)}`, EXIT_DATA);
}

/** An output written piece by piece (consolidate's `--json`), under SPEC §9's rules. */
export interface OutputStream {
  write(text: string): Promise<void>;
  /** Flushes and closes the temporary file: it is staged, to be committed with the other outputs. */
  finish(): Promise<StagedOutput>;
  /** Closes and removes the temporary file (nothing is written at `path`); safe to call twice. */
  discard(): Promise<void>;
}

/**
 * Like stageOutputFile, but the data comes in pieces: they go to a new, exclusively created temporary
 * file beside `path` as they arrive, so a large output never has to be held in memory whole, and the
 * file appears at `path` only when its StagedOutput is committed.
 */
export async function streamOutputFile(path: string): Promise<OutputStream> {
  const temporary = temporaryName(path);
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
    async finish() {
      try {
        await handle.datasync();
        await close();
      } catch (e) {
        await discard();
        throw writeError(path, e);
      }
      return staged(path, temporary);
    },
    discard,
  };
}

/** A piece of a Spool: where its bytes are. */
export interface SpoolPiece {
  offset: number;
  length: number;
}

/** A scratch file for pieces kept out of memory until the run ends; removed with the other temporaries. */
export interface Spool {
  append(text: string): Promise<SpoolPiece>;
  read(piece: SpoolPiece): Promise<string>;
  discard(): Promise<void>;
}

/**
 * A new, exclusively created scratch file beside `path` (consolidate's `--json` keeps each school's
 * full result there until it knows which files are older versions of a school).
 */
export async function createSpool(path: string): Promise<Spool> {
  const temporary = temporaryName(`${path}.spool`);
  const handle = await open(temporary, 'wx+', 0o600).catch((e: unknown) => {
    throw writeError(path, e);
  });
  track(temporary);
  let size = 0;
  let isOpen = true;
  return {
    async append(text) {
      const bytes = new TextEncoder().encode(text);
      try {
        await handle.write(bytes, 0, bytes.length, size);
      } catch (e) {
        throw writeError(path, e);
      }
      const piece = { offset: size, length: bytes.length };
      size += bytes.length;
      return piece;
    },
    async read(piece) {
      const bytes = new Uint8Array(piece.length);
      for (let got = 0; got < piece.length; ) {
        const { bytesRead } = await handle.read(bytes, got, piece.length - got, piece.offset + got);
        if (bytesRead === 0) throw new Error('The spool file ended before a piece written to it');
        got += bytesRead;
      }
      return new TextDecoder().decode(bytes);
    },
    async discard() {
      if (isOpen) {
        isOpen = false;
        await handle.close().catch(() => undefined);
      }
      await rm(temporary, { force: true });
      untrack(temporary);
    },
  };
}
