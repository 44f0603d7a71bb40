/**
 * The page's view of a finished run. At 20,000 teachers the full RunReport (per-teacher results with
 * their explanation strings, thousands of issues) takes seconds to structured-clone, and the clone is
 * deserialised on the UI thread — one multi-second long task. The page shows only counts, the groups
 * and the first issues, so the file worker sends this cut-down report; the written sheets (and the
 * downloaded copy) hold everything.
 */
import type { RunReport } from '../app/types.js';
import type { Issue } from '../engine/issues.js';

/** Errors and warnings kept for the page (the result step shows five, the list pages by 20). */
export const ISSUES_KEPT = 100;

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The first errors, then warnings, in their order — at most ISSUES_KEPT. */
export function firstIssues(issues: readonly Issue[], limit = ISSUES_KEPT): Issue[] {
  const kept: Issue[] = [];
  for (const severity of ['error', 'warning'] as const) {
    for (const issue of issues) {
      if (kept.length >= limit) return kept;
      if (issue.severity === severity) kept.push(issue);
    }
  }
  return kept;
}

export function trimReport(report: RunReport): RunReport {
  const inspect = { ...report.inspect, issues: firstIssues(report.inspect.issues) };
  if (report.score === null) return { ...report, inspect };
  const { result } = report.score;
  const issues = result.issues.filter((i) => RANK[i.severity] < RANK.info).length;
  return {
    ...report,
    inspect,
    score: { result: { ...result, teachers: [], issues: firstIssues(result.issues) }, teacherDetails: [], groupDetails: [] },
    trimmed: { teachers: result.teachers.length, issues },
  };
}

/** Teachers scored, whether or not the report was trimmed. */
export function scoredTeacherCount(report: RunReport | null): number {
  return report?.trimmed?.teachers ?? report?.score?.result.teachers.length ?? 0;
}
