import { describe, it, expect } from 'vitest';
import { groupIssues, rowsText } from '../../src/engine/issueGroups.js';
import { makeIssue } from '../../src/engine/issues.js';

const unknown = (row: number, name = '李晓明', sheet = '听课记录', column = '授课人') =>
  makeIssue('unknown-teacher', { sheet, row, column }, { name });

describe('groupIssues (issue 20: identical warnings that differ only by row are one line)', () => {
  it('joins six rows of one typo into one line, in row order, where the first stood', () => {
    const first = makeIssue('missing-group', { sheet: '教师名册', row: 4, column: '教研组' }, { name: '王五' });
    const groups = groupIssues([first, unknown(9), unknown(3), unknown(4), unknown(5), unknown(12), unknown(13)]);
    expect(groups.map((g) => [g.issue.code, g.rows])).toEqual([['missing-group', [4]], ['unknown-teacher', [3, 4, 5, 9, 12, 13]]]);
    expect(groups[1]!.issue.row).toBe(9);
  });

  it.each([
    ['another name', unknown(4, '赵大')],
    ['another sheet', unknown(4, '李晓明', '签到表')],
    ['another column', unknown(4, '李晓明', '听课记录', '听课人')],
    ['another severity', { ...unknown(4), severity: 'info' as const }],
  ])('keeps issues apart when they differ by %s', (_, other) => {
    expect(groupIssues([unknown(3), other])).toHaveLength(2);
  });

  it('never groups issues without a row', () => {
    const a = makeIssue('missing-sheet', {}, { sheet: '听课记录' });
    expect(groupIssues([a, a]).map((g) => g.rows)).toEqual([[], []]);
  });
});

describe('rowsText', () => {
  it.each([
    [[7], '7'],
    [[3, 4], '3、4'],
    [[3, 4, 5], '3–5'],
    [[3, 5, 6, 7, 9], '3、5–7、9'],
    [[1, 2, 3, 10, 11, 12, 13], '1–3、10–13'],
  ])('%j → %s', (rows, want) => {
    expect(rowsText(rows)).toBe(want);
  });
});
