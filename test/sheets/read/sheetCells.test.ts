import { describe, expect, it } from 'vitest';
import { isTotalLabel } from '../../../src/sheets/read/sheetCells.js';

describe('isTotalLabel (合计 rows are not teachers)', () => {
  it.each([
    ['合计', true],
    [' 小 计 ', true],
    ['总计', true],
    ['统计', true],
    ['张三', false],
    ['合伙人', false],
    ['', false],
    ['Total', false],
  ])('%s → %s', (text, expected) => {
    expect(isTotalLabel(text)).toBe(expected);
  });
});
