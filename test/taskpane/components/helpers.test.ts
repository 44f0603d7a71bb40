import { describe, expect, it } from 'vitest';
import { insertSummary } from '../../../src/taskpane/components/useWorkbookActions.js';
import { scoredFileName } from '../../../src/taskpane/components/useStandaloneFile.js';
import { periodText, rulesToShow } from '../../../src/taskpane/components/InspectStep.js';
import { ruleOrigins } from '../../../src/sheets/layout/rulesRows.js';
import { resolveRules } from '../../../src/sheets/rules/presets.js';
import { issuePlace } from '../../../src/taskpane/components/IssueList.js';
import { makeIssue } from '../../../src/engine/issues.js';

describe('task pane wording', () => {
  it.each([
    [['教师名册', '签到表'], [], '已插入 2 张工作表：教师名册、签到表。'],
    [['签到表'], ['教师名册'], '已插入 1 张工作表：签到表；已存在、未改动：教师名册。'],
    [[], [], '没有需要插入的工作表。'],
  ])('summarises an insertion of %o skipping %o', (inserted, skipped, text) => {
    expect(insertSummary(inserted, skipped)).toBe(text);
  });

  it.each([
    ['初二教师.xlsx', '初二教师-考核结果.xlsx'],
    ['A.XLSX', 'A-考核结果.xlsx'],
    [null, '研修考核-考核结果.xlsx'],
    ['宏.xlsm', '宏-考核结果.xlsm'],
  ])('names the scored copy of %s', (name, expected) => {
    expect(scoredFileName(name)).toBe(expected);
  });

  it.each([
    [null, null, '未设置（所有日期的记录都计入）'],
    ['2023-09-01', '2024-01-31', '2023-09-01 至 2024-01-31'],
    ['2023-09-01', null, '2023-09-01 至 不限'],
  ])('states the period %s – %s', (from, to, text) => {
    expect(periodText(from, to)).toBe(text);
  });

  it('names an issue by sheet, row and column', () => {
    expect(issuePlace(makeIssue('bad-date', { sheet: '签到表', row: 12, column: '日期' }, { value: 'x' }))).toBe('签到表 第 12 行 · 日期');
    expect(issuePlace(makeIssue('missing-roster'))).toBe('工作簿');
    // issue 20: a group of identical issues names every row it covers.
    expect(issuePlace(makeIssue('unknown-teacher', { sheet: '听课记录', row: 3, column: '授课人' }, { name: '李晓明' }), [3, 4, 5, 9]))
      .toBe('听课记录 第 3–5、9 行 · 授课人');
  });

  // issue 21 item 1: the pane's 考核规则 view says where each value comes from.
  it('lists the 方案 and every rule not at its default, with its source', () => {
    const resolved = resolveRules({ preset: '001听评课', ratioExcellent: 0.35 }, { reportHours: 20 });
    const shown = rulesToShow(ruleOrigins(resolved.rules, resolved.layers)).map((r) => [r.key, r.value, r.source]);
    expect(shown).toEqual([
      ['方案', '001听评课', '考核规则表'], ['优秀比例', '35%', '考核规则表'], ['听课最少节数', 15, '方案'], ['上报学时', 20, '命令行 --rules'],
      ['评课最少节数', 15, '方案'], ['须开课课型:全体', '汇报课', '方案'], ['须交:小课题', 1, '方案'], ['须交:教学设计', 1, '方案'],
      ['须交:论文', 1, '方案'], ['须交:自学笔记', 20, '方案'],
    ]);
  });
});
