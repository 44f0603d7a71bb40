import { describe, expect, it } from 'vitest';
import { friendlyError } from '../../src/taskpane/friendlyError.js';

describe('friendlyError', () => {
  it.each([
    ['InvalidOperationInCellEditMode', '请先按 Enter 或 Esc'],
    ['AccessDenied', '撤销工作簿保护'],
    ['RequestPayloadSizeLimitExceeded', '独立网页版'],
    ['ItemAlreadyExists', '改名'],
  ])('explains the Office error %s in Chinese, with what to do', (code, advice) => {
    const shown = friendlyError({ code, message: 'x', stack: 'at foo (bar.js:1)' }, 'run');
    expect(shown.advice).toContain(advice);
    expect(shown.code).toBe(code);
    expect(JSON.stringify(shown)).not.toContain('bar.js');
  });

  it.each([
    ['open', '.xlsx'],
    ['run', '工作簿未被改动'],
    ['inspect', '检查数据'],
  ] as const)('describes an unknown failure by what the user was doing (%s)', (action, text) => {
    const shown = friendlyError(new TypeError('Cannot read properties of undefined'), action);
    expect(`${shown.title}${shown.advice}`).toContain(text);
    expect(shown.code).toBeUndefined();
    expect(`${shown.title}${shown.advice}`).not.toContain('undefined');
  });
});

describe('friendlyError names the real cause, whatever the user was doing (issue 22)', () => {
  const named = (name: string, message = 'x'): Error => Object.assign(new Error(message), { name });

  it.each([
    ['SecurityError', 'open', '安全设置', '文件夹或邮件附件'],
    ['NotReadableError', 'open', '无法读取所选的文件', '被其他程序占用'],
    ['QuotaExceededError', 'run', '内存不足', '命令行'],
    ['WorkerFailed', 'open', '后台计算', '刷新网页'],
    ['WorkerFailed', 'run', '后台计算', '刷新网页'],
  ] as const)('%s while %s: says %s and what to do', (name, action, title, advice) => {
    const shown = friendlyError(named(name), action);
    expect(shown.title).toContain(title);
    expect(shown.advice).toContain(advice);
    expect(`${shown.title}${shown.advice}`).not.toContain('.xlsx 格式');
  });

  it.each([
    ['encrypted', '文件已用密码加密，无法读取。请在 Excel 中打开，点“文件→信息→保护工作簿→用密码进行加密”清空密码并保存后再试。 (The file is password-encrypted.)', '密码'],
    ['legacy-xls', '这是旧版 .xls 格式的文件。请在 Excel 或 WPS 中“另存为” .xlsx 后再试。 (Legacy .xls files are not supported; save as .xlsx.) [OLE]', '旧版 .xls'],
  ])('a file the reader refused (%s) is described by the reader\'s own Chinese sentence', (_, message, words) => {
    const shown = friendlyError(named('XlsxFileError', message), 'open');
    expect(shown.title).toBe('无法打开这个文件。');
    expect(shown.advice).toContain(words);
    expect(shown.advice).not.toMatch(/ \(|\[|password|Legacy/);
  });

  it('an allocation failure (V8 RangeError) is memory, not the file', () => {
    expect(friendlyError(new RangeError('Array buffer allocation failed'), 'open').title).toContain('内存不足');
  });
});

describe('friendlyError for the Excel host write errors', () => {
  it.each([
    ['WorkbookStructureProtected', [], '保护工作簿', '未被改动'],
    ['OutputSheetProtected', ['分组统计'], '撤销工作表保护', '“分组统计”'],
    ['SheetHidden', ['签到表'], '取消隐藏', '“签到表”是隐藏的'],
    ['OutputsPartlyWritten', ['考核结果', '图表'], '再点一次计算', '考核结果、图表 中，A1 单元格写着“本表未更新完成”的表内容不完整'],
  ])('%s: says what to do and names the sheets', (code, sheets, advice, title) => {
    const shown = friendlyError({ code, sheets, message: 'x' }, 'run');
    expect(shown.advice).toContain(advice);
    expect(shown.title).toContain(title);
  });

  it('never claims the workbook is unchanged when the write stopped part-way', () => {
    const shown = friendlyError({ code: 'OutputsPartlyWritten', sheets: ['考核结果'] }, 'run');
    expect(`${shown.title}${shown.advice}`).not.toContain('工作簿未被改动');
  });
});
