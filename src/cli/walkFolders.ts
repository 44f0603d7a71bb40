/**
 * The school files in the folders given to `consolidate` (SPEC §10, issue 19 item 2): subfolders
 * walked, symbolic links to files and folders followed, link loops detected, and every path passed
 * over listed with the reason — a folder holding three schools never says “已汇总 1 所学校” in silence.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileSystemCode } from './fileSystemError.js';

export interface SkippedFile {
  file: string;
  /** Why, in Chinese. */
  reason: string;
}

export interface FolderContents {
  /** School workbooks, in path order (runs are repeatable). */
  files: string[];
  skipped: SkippedFile[];
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** Why a file name is not a school workbook, or null when it is one. */
export function notASchoolFile(name: string): string | null {
  if (name.startsWith('~$')) return 'Excel 打开文件时生成的临时锁定文件（~$…），不是学校工作簿';
  if (!WORKBOOK.test(name)) return '不是 .xlsx/.xlsm 工作簿（.xls 请先另存为 .xlsx）';
  if (name.startsWith('.')) return '隐藏文件';
  return null;
}

const byPath = (a: string, b: string): number => a.localeCompare(b, 'zh-CN');

function unreadable(e: unknown, what: string): string {
  const code = fileSystemCode(e);
  if (code === 'ELOOP') return '符号链接形成了循环';
  if (code === 'ENOENT') return '链接指向的文件或文件夹不存在';
  return `无法读取该${what}${code === null ? '' : `（${code}）`}`;
}

/**
 * Walks `root` and its subfolders, following links.
 * @example await walkFolder('学校文件夹') // { files: ['学校文件夹/一中.xlsx', …], skipped: [{ file: '学校文件夹/说明.docx', reason: '不是 .xlsx/.xlsm 工作簿…' }] }
 */
export async function walkFolder(root: string): Promise<FolderContents> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  /** Real paths of the folders read so far: a link back to one of them is not read again. */
  const read = new Set<string>();
  const walk = async (folder: string, ancestors: readonly string[]): Promise<void> => {
    let real: string;
    try {
      real = await realpath(folder);
    } catch (e) {
      skipped.push({ file: folder, reason: unreadable(e, '文件夹') });
      return;
    }
    if (ancestors.includes(real)) {
      skipped.push({ file: folder, reason: '符号链接形成了循环（指向它所在的上级文件夹），未重复读取' });
      return;
    }
    if (read.has(real)) {
      skipped.push({ file: folder, reason: '链接指向的文件夹已经读过，未重复读取' });
      return;
    }
    read.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (e) {
      skipped.push({ file: folder, reason: unreadable(e, '文件夹') });
      return;
    }
    const inside = [...ancestors, real];
    for (const entry of entries.sort((a, b) => byPath(a.name, b.name))) {
      const path = join(folder, entry.name);
      let kind: 'file' | 'folder' | 'other' = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
        } catch (e) {
          skipped.push({ file: path, reason: unreadable(e, '链接') });
          continue;
        }
      }
      if (kind === 'folder') {
        await walk(path, inside);
        continue;
      }
      const reason = kind === 'other' ? '不是普通文件' : notASchoolFile(entry.name);
      if (reason === null) files.push(path);
      else skipped.push({ file: path, reason });
    }
  };
  await walk(root, []);
  return { files: files.sort(byPath), skipped };
}
