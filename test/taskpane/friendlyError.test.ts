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
