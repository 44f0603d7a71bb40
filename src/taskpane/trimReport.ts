/**
 * The page's view of a report. At 20,000 teachers the full reports (per-teacher results with their
 * explanation strings, ~24,000 issues) take seconds to structured-clone, and the clone is deserialised
 * on the UI thread — one multi-second long task — and a list of 24,000 issues would take as long to
 * draw. The page shows counts, the groups and the first issues of each kind, so the file worker sends
 * these cut-down reports; the written sheets (and the downloaded copy) hold everything.
 */
import { isCaveat } from '../app/inspect.js';
import type { InspectReport, RunReport } from '../app/types.js';
import type { Issue, Severity } from '../engine/issues.js';
import type { ScoreRun } from '../engine/model.js';

/** Issues of each severity kept for the page (the result step shows five, the lists page by 20). */
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

/** Issues per severity. */
export function issueCounts(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

/**
 * 检查数据's report with, in their order, the first `limit` issues of each severity and every caveat
 * (the 可以计算，但… lines); `trimmed` holds the full counts. Unchanged when nothing is left out.
 */
export function trimInspect(report: InspectReport, limit = ISSUES_KEPT): InspectReport {
  if (report.trimmed !== undefined) return report;
  const counts = issueCounts(report.issues);
  if (counts.error <= limit && counts.warning <= limit && counts.info <= limit) return report;
  const taken: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const issues = report.issues.filter((issue) => {
    if (taken[issue.severity] >= limit && !isCaveat(issue)) return false;
    taken[issue.severity]++;
    return true;
  });
  return { ...report, issues, trimmed: { issues: counts } };
}

/** A score without per-teacher results and with the first issues, and the full counts. */
export function trimScore(score: ScoreRun): { score: ScoreRun; trimmed: NonNullable<RunReport['trimmed']> } {
  const { result } = score;
  const issues = result.issues.filter((i) => RANK[i.severity] < RANK.info).length;
  return {
    score: { result: { ...result, teachers: [], issues: firstIssues(result.issues) }, teacherDetails: [], groupDetails: [] },
    trimmed: { teachers: result.teachers.length, issues },
  };
}

/** The run report cut down for the page; a report already cut down (by the scoring worker) is kept. */
export function trimReport(report: RunReport): RunReport {
  const inspect = trimInspect(report.inspect);
  if (report.score === null || report.trimmed !== undefined) return { ...report, inspect };
  return { ...report, inspect, ...trimScore(report.score) };
}

/** Teachers scored, whether or not the report was trimmed. */
export function scoredTeacherCount(report: RunReport | null): number {
  return report?.trimmed?.teachers ?? report?.score?.result.teachers.length ?? 0;
}
