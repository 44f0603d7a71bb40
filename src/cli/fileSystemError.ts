/**
 * The file system's refusals as the one bilingual line of SPEC §9/§11 (issue 19 item 10): unreadable,
 * missing, a folder, too large, disk full — each says what to do, exit 2, never “程序内部错误” with a
 * stack trace.
 */
import { CliError, EXIT_DATA } from './cliError.js';

/** What was being done with the path, for the message. */
export type FileAction = 'read' | 'write';

interface Reason {
  zh: string;
  en: string;
}

/** Node's error codes → the reason in both languages; the path is put in front by the caller. */
const REASONS: Readonly<Record<string, Reason>> = {
  EACCES: { zh: '没有权限（请检查文件的权限或换一个位置）', en: 'permission denied' },
  EPERM: { zh: '操作不被允许（文件可能被占用或只读；如已在 Excel 中打开，请先关闭）', en: 'operation not permitted' },
  EBUSY: { zh: '文件被占用（如已在 Excel 中打开，请先关闭）', en: 'file is busy' },
  ENOENT: { zh: '文件或目录不存在', en: 'no such file or directory' },
  ENOTDIR: { zh: '路径中的某一级不是目录', en: 'a part of the path is not a directory' },
  EISDIR: { zh: '这是一个目录，不是文件', en: 'it is a directory' },
  ELOOP: { zh: '符号链接形成了循环', en: 'too many levels of symbolic links' },
  ENAMETOOLONG: { zh: '路径太长', en: 'file name too long' },
  ERR_FS_FILE_TOO_LARGE: { zh: '文件过大（超过 2 GB），无法读取；学校工作簿通常只有几 MB，请确认选对了文件', en: 'file is larger than 2 GB' },
  ENOSPC: { zh: '磁盘空间不足（请清理磁盘或换一个位置后重试）', en: 'no space left on device' },
  EDQUOT: { zh: '超出磁盘配额（请清理磁盘或换一个位置后重试）', en: 'disk quota exceeded' },
  EROFS: { zh: '磁盘是只读的', en: 'read-only file system' },
  EMFILE: { zh: '同时打开的文件太多，请稍后重试', en: 'too many open files' },
  ENFILE: { zh: '同时打开的文件太多，请稍后重试', en: 'too many open files in system' },
  EIO: { zh: '读写磁盘时出错（磁盘或网络盘可能有故障）', en: 'input/output error' },
  ENXIO: { zh: '设备不存在（不是普通文件）', en: 'no such device' },
  ETIMEDOUT: { zh: '网络盘响应超时', en: 'timed out' },
};

/** The errno-style code of an error from `node:fs`, or null when it has none we know. */
export function fileSystemCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && Object.hasOwn(REASONS, code) ? code : null;
}

/**
 * The CliError for a file-system error on `path` (exit 2), or null when `error` is not one.
 * @example fileSystemError({ code: 'EACCES' }, 'a.xlsx', 'read')?.line()
 * // '错误：无法读取 a.xlsx：没有权限（…） / Error: cannot read a.xlsx: permission denied (EACCES)'
 */
export function fileSystemError(error: unknown, path: string, action: FileAction): CliError | null {
  const code = fileSystemCode(error);
  if (code === null) return null;
  const reason = REASONS[code] ?? { zh: code, en: code };
  const [verb, verbEn] = action === 'read' ? ['读取', 'read'] : ['写入', 'write'];
  return new CliError(`无法${verb} ${path}：${reason.zh}`, `cannot ${verbEn} ${path}: ${reason.en} (${code})`, EXIT_DATA);
}

/** System calls that write: their failure is a failure to write. */
const WRITING_CALLS: ReadonlySet<string> = new Set(['write', 'writev', 'rename', 'mkdir', 'unlink', 'rm', 'fsync', 'fdatasync', 'copyfile', 'ftruncate']);

/**
 * A file-system error that reached the command's boundary without a path (the error's own `path`
 * when Node gave one): still one line, exit 2.
 */
export function unplacedFileSystemError(error: unknown): CliError | null {
  const path = (error as { path?: unknown } | null)?.path;
  const syscall = (error as { syscall?: unknown } | null)?.syscall;
  const writing = typeof syscall === 'string' && WRITING_CALLS.has(syscall);
  return fileSystemError(error, typeof path === 'string' ? path : '（未知文件）', writing ? 'write' : 'read');
}
