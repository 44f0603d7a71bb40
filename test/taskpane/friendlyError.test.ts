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
