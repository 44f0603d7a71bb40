/**
 * The file system's refusals are one bilingual line, exit 2 (SPEC §9/§11, issue 19 item 10).
 */
import { describe, expect, it } from 'vitest';
import { fileSystemError, unplacedFileSystemError } from '../../src/cli/fileSystemError.js';

describe('fileSystemError', () => {
  it.each([
    ['EACCES', 'read', '错误：无法读取 a.xlsx：没有权限（请检查文件的权限或换一个位置） / Error: cannot read a.xlsx: permission denied (EACCES)'],
    ['ENOENT', 'read', '错误：无法读取 a.xlsx：文件或目录不存在 / Error: cannot read a.xlsx: no such file or directory (ENOENT)'],
    ['EISDIR', 'read', '错误：无法读取 a.xlsx：这是一个目录，不是文件 / Error: cannot read a.xlsx: it is a directory (EISDIR)'],
    ['ERR_FS_FILE_TOO_LARGE', 'read', '错误：无法读取 a.xlsx：文件过大（超过 2 GB），无法读取；学校工作簿通常只有几 MB，请确认选对了文件 / Error: cannot read a.xlsx: file is larger than 2 GB (ERR_FS_FILE_TOO_LARGE)'],
    ['ENOSPC', 'write', '错误：无法写入 a.xlsx：磁盘空间不足（请清理磁盘或换一个位置后重试） / Error: cannot write a.xlsx: no space left on device (ENOSPC)'],
  ] as const)('%s while %s', (code, action, line) => {
    const error = fileSystemError(Object.assign(new Error('x'), { code }), 'a.xlsx', action);
    expect(error?.line()).toBe(line);
    expect(error?.exitCode).toBe(2);
  });

  it('is null for errors that are not the file system’s', () => {
    expect(fileSystemError(new TypeError('bug'), 'a.xlsx', 'read')).toBeNull();
    expect(fileSystemError({ code: 'ERR_SOMETHING_ELSE' }, 'a.xlsx', 'read')).toBeNull();
  });

  it('places an error that reached the boundary by its own path and system call', () => {
    expect(unplacedFileSystemError({ code: 'ENOSPC', syscall: 'write', path: '/d/out.json' })?.line()).toContain('无法写入 /d/out.json：磁盘空间不足');
    expect(unplacedFileSystemError({ code: 'EACCES', syscall: 'open', path: '/d/in.xlsx' })?.line()).toContain('无法读取 /d/in.xlsx：没有权限');
  });
});
