/**
 * The short Chinese summary `score` and `demo` print on stdout.
 */
import type { Severity } from '../engine/issues.js';
import { SEVERITY_LABEL } from '../engine/issues.js';
import { TIERS } from '../engine/model.js';
import type { RunReport } from '../app/types.js';
import { caveats, isCaveat } from '../app/inspect.js';
import { groupIssues, issuePlace } from '../engine/issueGroups.js';
import { presetSummaryText } from '../sheets/layout/rulesRows.js';
import { oneLine } from './terminalText.js';

/** Errors and warnings listed under the counts; the rest are in 数据问题 (or --json). */
const LISTED_LINES = 10;

/**
 * @example formatSummary(report, ['结果工作簿：out/a-考核结果.xlsx'])
 * // 已计算 62 位教师，7 个教研组。\n等次：优秀 19 人，…
 */
export function formatSummary(report: RunReport, paths: readonly string[]): string {
  const lines: string[] = [];
  const result = report.score?.result;
  const issues = result?.issues ?? report.inspect.issues;
  if (result !== undefined) {
    lines.push(`已计算 ${result.teachers.length} 位教师，${result.groups.length} 个教研组。`);
    lines.push(`等次：${TIERS.map((t) => `${t} ${result.teachers.filter((x) => x.tier === t).length} 人`).join('，')}。`);
  }
  // issue 21 item 5: which 方案 ran and what differs from it.
  if (report.inspect.preset !== undefined) lines.push(presetSummaryText(report.inspect.preset));
  const count = (s: Severity): number => issues.filter((i) => i.severity === s).length;
  const counts = (['error', 'warning', 'info'] as Severity[]).map((s) => `${SEVERITY_LABEL[s]} ${count(s)} 条`).join('，');
  lines.push(`数据问题：${counts}${issues.length > 0 && result !== undefined ? '（详见“数据问题”工作表）' : ''}。`);
  // issue 20: identical issues that differ only by row are one line listing the rows.
  // Errors first, then warnings; the caveats have their own lines below.
  const listed = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning' && !isCaveat(i))];
  const groups = groupIssues(listed);
  for (const { issue, rows } of groups.slice(0, LISTED_LINES)) {
    lines.push(`  ${SEVERITY_LABEL[issue.severity]} ${issuePlace(issue, rows)}：${issue.message}`);
  }
  if (groups.length > LISTED_LINES) lines.push(`  ……另有 ${groups.length - LISTED_LINES} 条${result !== undefined ? '，见“数据问题”工作表' : ''}。`);
  // SPEC §3: what was not used is said before anyone trusts a number.
  const notUsed = caveats(report.inspect);
  if (notUsed.length > 0) {
    lines.push(result !== undefined ? '已计算，但以下内容未使用：' : '以下内容未使用：');
    lines.push(...notUsed.map((line) => `  - ${line}`));
  }
  lines.push(...paths);
  // Sheet and file names come from the school's files: each line stays one line on the terminal.
  return `${lines.map(oneLine).join('\n')}\n`;
}
