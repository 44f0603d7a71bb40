/**
 * Folders given to `consolidate` (issue 19 item 2): links to files and folders followed, loops
 * detected, every path passed over listed with why.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { notASchoolFile, walkFolder } from '../../src/cli/walkFolders.js';

let root = '';
let elsewhere = '';

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'yanxiu-walk-'));
  root = join(base, '学校');
  elsewhere = join(base, '别处');
  mkdirSync(join(root, '镇中心'), { recursive: true });
  mkdirSync(join(elsewhere, '三中'), { recursive: true });
  writeFileSync(join(root, '一中.xlsx'), 'a');
  writeFileSync(join(root, '镇中心', '二中.xlsm'), 'b');
  writeFileSync(join(elsewhere, '四中.xlsx'), 'c');
  writeFileSync(join(elsewhere, '三中', '三中.xlsx'), 'd');
  // A link to a file elsewhere, a link to a folder elsewhere, a loop back to the root, a dangling link.
  symlinkSync(join(elsewhere, '四中.xlsx'), join(root, '四中-链接.xlsx'));
  symlinkSync(join(elsewhere, '三中'), join(root, '三中-链接'));
  symlinkSync(root, join(root, '镇中心', '回到上级'));
  symlinkSync(join(elsewhere, '不存在.xlsx'), join(root, '断开.xlsx'));
  symlinkSync(join(root, '环A'), join(root, '环B'));
  symlinkSync(join(root, '环B'), join(root, '环A'));
  writeFileSync(join(root, '~$一中.xlsx'), 'lock');
  writeFileSync(join(root, '说明.docx'), 'x');
  writeFileSync(join(root, '.隐藏.xlsx'), 'x');
});

describe('walkFolder', () => {
  it('finds the workbooks of the folder, its subfolders and the folders and files it links to', async () => {
    const { files } = await walkFolder(root);
    expect(files.map((f) => f.slice(root.length + 1)).sort()).toEqual(
      ['一中.xlsx', join('三中-链接', '三中.xlsx'), '四中-链接.xlsx', join('镇中心', '二中.xlsm')].sort(),
    );
  });

  it('lists every path passed over with the reason', async () => {
    const { skipped } = await walkFolder(root);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file.slice(root.length + 1), s.reason]));
    expect(reasons).toEqual({
      '~$一中.xlsx': 'Excel 打开文件时生成的临时锁定文件（~$…），不是学校工作簿',
      '说明.docx': '不是 .xlsx/.xlsm 工作簿（.xls 请先另存为 .xlsx）',
      '.隐藏.xlsx': '隐藏文件',
      '断开.xlsx': '链接指向的文件或文件夹不存在',
      环A: '符号链接形成了循环',
      环B: '符号链接形成了循环',
      [join('镇中心', '回到上级')]: '符号链接形成了循环（指向它所在的上级文件夹），未重复读取',
    });
  });
});

describe('notASchoolFile', () => {
  it.each([
    ['一中.xlsx', null],
    ['一中.XLSM', null],
    ['一中.xls', '不是 .xlsx/.xlsm 工作簿（.xls 请先另存为 .xlsx）'],
    ['~$一中.xlsx', 'Excel 打开文件时生成的临时锁定文件（~$…），不是学校工作簿'],
  ])('%s → %j', (name, reason) => {
    expect(notASchoolFile(name)).toBe(reason);
  });
});
