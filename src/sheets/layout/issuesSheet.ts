/**
 * 数据问题 (SPEC §7): every issue of the run with where it is and what to do about it.
 */
import type { Issue, Severity } from '../../engine/issues.js';
import { SEVERITY_LABEL, issueFix } from '../../engine/issues.js';
import { groupIssues, rowsText } from '../../engine/issueGroups.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../output.js';
import type { LayoutContext } from './context.js';
import { HEADER_FILL } from './labels.js';
import { wrappedRowHeights } from './rowHeights.js';

export const ISSUES_SHEET = '数据问题';
export const ISSUES_HEADER: readonly string[] = ['级别', '工作表', '行', '列', '问题', '处理建议', '代码'];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_FILL: Partial<Record<Severity, string>> = { error: 'FFC7CE', warning: 'FFEB9C' };

/**
 * Errors first, then warnings, then info; inside each, workbook-level issues first, then by sheet
 * (in the order sheets first appear among the issues, i.e. reading order) and row.
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const sheetOrder = new Map<string, number>();
  for (const i of issues) {
    if (i.sheet !== undefined && !sheetOrder.has(i.sheet)) sheetOrder.set(i.sheet, sheetOrder.size + 1);
  }
  const sheetRank = (i: Issue): number => (i.sheet === undefined ? 0 : (sheetOrder.get(i.sheet) ?? 0));
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] ||
        sheetRank(a.issue) - sheetRank(b.issue) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.index - b.index,
    )
    .map((x) => x.issue);
}

/**
 * One row per issue — identical issues differing only by row share one, listing the rows (`3、5–7`) —
 * or a single 未发现数据问题 line.
 * @example issuesSheet(ctx).cells[1] // ['错误', '教师名册', 5, '教研组', '教师“王五”没有填写教研组…', '在教师名册中…', 'missing-group']
 */
export function issuesSheet(ctx: LayoutContext): OutputSheet {
  const sorted = groupIssues(sortIssues(ctx.issues));
  const last = ISSUES_HEADER.length - 1;
  const rows: OutputCell[][] =
    sorted.length === 0
      ? [['', '', null, '', '未发现数据问题', '', '']]
      : sorted.map(({ issue: i, rows: at }) => [
        SEVERITY_LABEL[i.severity], i.sheet ?? '', at.length > 1 ? rowsText(at) : (i.row ?? null), i.column ?? '', i.message,
        issueFix(i.code), i.code,
      ]);

  const formats: RangeFormat[] = [
    { range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center' },
    // Every data cell aligned explicitly, so a row grown for its 问题 reads on one line in every host.
    { range: { top: 1, left: 0, bottom: rows.length, right: last }, horizontal: 'left' },
    { range: { top: 1, left: 0, bottom: rows.length, right: 0 }, horizontal: 'center' },
    { range: { top: 1, left: 2, bottom: rows.length, right: 2 }, horizontal: 'center' },
    { range: { top: 1, left: 4, bottom: rows.length, right: 5 }, wrap: true },
  ];
  sorted.forEach(({ issue: i }, n) => {
    const fill = SEVERITY_FILL[i.severity];
    if (fill !== undefined) formats.push({ range: { top: n + 1, left: 0, bottom: n + 1, right: 0 }, fill });
  });

  const sheet: OutputSheet = {
    name: ISSUES_SHEET,
    cells: [[...ISSUES_HEADER], ...rows],
    columnWidths: [6, 12, 6, 10, 64, 52, 22],
    formats,
    table: { name: 'ShujuWenti', range: { top: 0, left: 0, bottom: rows.length, right: last }, style: 'TableStyleLight1' },
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [0, 0] },
    tabColor: sorted.some(({ issue: i }) => i.severity === 'error') ? 'C00000' : 'BF8F00',
  };
  sheet.rowHeights = wrappedRowHeights(sheet);
  return sheet;
}
