/**
 * SPEC §3 / issue 20: identical issues that differ only by row are one line listing the rows
 * (`第 3、5–9 行`). One function for 数据问题, the pane/page issue list and the CLI summary; the JSON
 * result keeps every issue.
 */
import type { Issue } from './issues.js';

/** One line of an issue list: the first issue of the group and every row it covers, ascending. */
export interface IssueGroup {
  issue: Issue;
  /** The rows of every issue in the group (one entry for a lone issue; empty when it has no row). */
  rows: number[];
}

/**
 * Group issues that share severity, code, sheet, column and message; a group stands where its first
 * issue stood. Issues without a row are never grouped.
 * @example groupIssues([unknownAt(3), unknownAt(5)]) // [{ issue: unknownAt(3), rows: [3, 5] }]
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups: IssueGroup[] = [];
  const byKey = new Map<string, IssueGroup>();
  for (const issue of issues) {
    if (issue.row === undefined) {
      groups.push({ issue, rows: [] });
      continue;
    }
    const key = [issue.severity, issue.code, issue.sheet ?? '', issue.column ?? '', issue.message].join('\u0000');
    const group = byKey.get(key);
    if (group === undefined) {
      const fresh = { issue, rows: [issue.row] };
      byKey.set(key, fresh);
      groups.push(fresh);
    } else group.rows.push(issue.row);
  }
  for (const group of groups) if (group.rows.length > 1) group.rows = [...new Set(group.rows)].sort((a, b) => a - b);
  return groups;
}

/**
 * Rows as a clerk reads them, runs of three or more joined by a dash.
 * @example rowsText([3, 5, 6, 7, 9]) // '3、5–7、9'
 */
export function rowsText(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] ?? 0) + 1) j++;
    if (j - i >= 2) parts.push(`${rows[i]}–${rows[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(rows[k]));
    i = j + 1;
  }
  return parts.join('、');
}

/**
 * Where an issue (or a group of identical ones) is, as the pane and the CLI name it.
 * @example issuePlace(issue, [3, 4, 5, 9]) // '听课记录 第 3–5、9 行 · 授课人'
 */
export function issuePlace(issue: Issue, rows: readonly number[] = []): string {
  const parts = [issue.sheet ?? '工作簿'];
  if (rows.length > 1) parts.push(`第 ${rowsText(rows)} 行`);
  else if (issue.row !== undefined) parts.push(`第 ${issue.row} 行`);
  const place = parts.join(' ');
  return issue.column ? `${place} · ${issue.column}` : place;
}
