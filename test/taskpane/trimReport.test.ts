import { describe, expect, it } from 'vitest';
import { caveats } from '../../src/app/inspect.js';
import type { InspectReport } from '../../src/app/types.js';
import { makeIssue, type Issue } from '../../src/engine/issues.js';
import { issueCounts, trimInspect } from '../../src/taskpane/trimReport.js';

const ambiguous = (row: number): Issue => makeIssue('ambiguous-teacher', { sheet: '签到表', row, column: '姓名' }, { name: '张伟' });
const empty = (sheet: string): Issue => makeIssue('empty-sheet', { sheet }, { sheet });
const notRead = makeIssue('column-not-read', { sheet: '签到表', column: '备注' }, { column: '备注' });

function report(issues: Issue[]): InspectReport {
  return { read: {} as InspectReport['read'], rules: {} as InspectReport['rules'], issues, canScore: true };
}

describe('the inspect report as the page gets it (trimInspect)', () => {
  it('is the same report when every issue fits', () => {
    const full = report([ambiguous(2), empty('听课记录'), notRead]);
    expect(trimInspect(full, 3)).toBe(full);
  });

  it('keeps the first issues of each severity in order, every caveat, and the full counts', () => {
    const warnings = Array.from({ length: 10 }, (_, i) => ambiguous(i + 2));
    const issues = [...warnings.slice(0, 5), empty('听课记录'), notRead, ...warnings.slice(5)];
    const trimmed = trimInspect(report(issues), 3);
    expect(trimmed.issues).toEqual([warnings[0], warnings[1], warnings[2], empty('听课记录'), notRead]);
    expect(trimmed.trimmed).toEqual({ issues: { error: 0, warning: 11, info: 1 } });
    expect(issueCounts(issues)).toEqual(trimmed.trimmed?.issues);
    // 可以计算，但…: the caveat lines are the same as the full report's.
    expect(caveats(trimmed)).toEqual(caveats(report(issues)));
  });
});
