import { describe, it, expect } from 'vitest';
import { issuesSheet } from '../../../src/sheets/layout/issuesSheet.js';
import { issueFix, makeIssue } from '../../../src/engine/issues.js';
import { sampleContext } from './fixture.js';

describe('数据问题 (SPEC §7)', () => {
  it('lists errors, then warnings by sheet and row, then info', () => {
    const sheet = issuesSheet(sampleContext());
    expect(sheet.cells[0]).toEqual(['级别', '工作表', '行', '列', '问题', '处理建议', '代码']);
    expect(sheet.cells.slice(1).map((r) => [r[0], r[1], r[2], r[6]])).toEqual([
      ['错误', '教师名册', 4, 'missing-group'],
      ['警告', '', null, 'missing-sheet'],
      ['警告', '签到', 4, 'unknown-teacher'],
      ['警告', '签到', 9, 'unknown-status'],
      ['提示', '获奖登记', 3, 'school-level-award'],
    ]);
    expect(sheet.cells[1]?.[5]).toBe(issueFix('missing-group'));
    expect(sheet.table?.range).toEqual({ top: 0, left: 0, bottom: 5, right: 6 });
  });

  it('lists identical issues that differ only by row once, with their rows (issue 20)', () => {
    const typo = (row: number) => makeIssue('unknown-teacher', { sheet: '听课记录', row, column: '授课人' }, { name: '李晓明', suggestion: '李小明' });
    const sheet = issuesSheet(sampleContext({ issues: [typo(7), typo(3), typo(4), typo(5), typo(9)] }));
    expect(sheet.cells.slice(1).map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['听课记录', '3–5、7、9', '授课人', '“李晓明”不在教师名册中，这一行未计入。是不是“李小明”？'],
    ]);
  });

  it('says 未发现数据问题 when there are none', () => {
    const sheet = issuesSheet(sampleContext({ issues: [] }));
    expect(sheet.cells).toHaveLength(2);
    expect(sheet.cells[1]?.[4]).toBe('未发现数据问题');
  });

  it('writes each row\'s height from the taller of 问题 (64 wide) and 处理建议 (52 wide) (SPEC §7 Print-ready)', () => {
    const sheet = issuesSheet(sampleContext());
    const lines = (text: unknown, width: number): number => Math.ceil([...String(text)].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) / (width - 1));
    sheet.cells.slice(1).forEach((row, i) => {
      const tallest = Math.max(lines(row[4], 64), lines(row[5], 52), 1);
      expect(sheet.rowHeights?.[i + 1]).toBeGreaterThanOrEqual(tallest * 16 + 3);
    });
    expect(sheet.cells[0]).toHaveLength(7);
    expect(sheet.cells[0]?.at(-1)).toBe('代码');
  });
});
