/**
 * The district banner (issue 21 item 4): green only when every file counted and the district raised
 * no warning — never “全部文件均已计入” over a pile of same-工号 warnings.
 */
import { describe, expect, it } from 'vitest';
import { districtSummary } from '../../../src/taskpane/components/DistrictStep.js';

describe('districtSummary', () => {
  it.each([
    [0, 0, '全部文件均已计入，没有全区警告。'],
    [0, 124, '全部文件均已计入，但有 124 条全区警告（见“数据问题”）。'],
    [2, 0, '未计入 2 个文件（见“学校汇总”）。'],
    [2, 5, '未计入 2 个文件（见“学校汇总”）；有 5 条全区警告（见“数据问题”）。'],
  ])('%i files not counted, %i district warnings → %s', (notCounted, warnings, text) => {
    expect(districtSummary(notCounted, warnings)).toBe(text);
  });
});
