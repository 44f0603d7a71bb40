/**
 * 数据问题 of the district (SPEC §10): the consolidation's own warnings (a file given twice, a 工号 in
 * two schools, a school not scored) first, then every school's errors and warnings with 学校 and 文件
 * in front, each school's in the order of its own 数据问题 sheet.
 */
import { wrappedRowHeights } from '../rowHeights.js';
import type { Issue, Severity } from '../../../engine/issues.js';
import { SEVERITY_LABEL, issueFix } from '../../../engine/issues.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../../output.js';
import { sortIssues } from '../issuesSheet.js';
import { columnFills } from '../columnFills.js';
import { HEADER_FILL } from '../labels.js';
import type { DistrictView } from './districtView.js';
import { fileName } from './schoolsSheet.js';

export const DISTRICT_ISSUES_SHEET = '数据问题';
export const DISTRICT_ISSUES_HEADER: readonly string[] = ['学校', '文件', '级别', '工作表', '行', '列', '问题', '处理建议', '代码'];

const SEVERITY_FILL: Partial<Record<Severity, string>> = { error: 'FFC7CE', warning: 'FFEB9C' };
const SHOWN: ReadonlySet<Severity> = new Set(['error', 'warning']);

/**
 * @example districtIssuesSheet(view).cells[1] // ['二中', '二中.xlsx', '警告', '', null, '', '工号“T001”…', …]
 */
export function districtIssuesSheet(view: DistrictView): OutputSheet {
  const listed: { school: string; file: string; issue: Issue }[] = [...view.districtIssues];
  for (const s of view.schools) {
    for (const issue of sortIssues(s.issues)) if (SHOWN.has(issue.severity)) listed.push({ school: s.name, file: s.file, issue });
  }
  const rows: OutputCell[][] =
    listed.length === 0
      ? [['', '', '', '', null, '', '未发现错误或警告', '', '']]
      : listed.map(({ school, file, issue: i }) => [
          school, fileName(file), SEVERITY_LABEL[i.severity], i.sheet ?? '', i.row ?? null, i.column ?? '', i.message, issueFix(i.code), i.code,
        ]);
  const last = DISTRICT_ISSUES_HEADER.length - 1;
  const formats: RangeFormat[] = [
    { range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center' },
    { range: { top: 1, left: 2, bottom: rows.length, right: 2 }, horizontal: 'center' },
    { range: { top: 1, left: 4, bottom: rows.length, right: 4 }, horizontal: 'center' },
    { range: { top: 1, left: 6, bottom: rows.length, right: 7 }, wrap: true },
    ...columnFills(2, 1, listed.map(({ issue }) => SEVERITY_FILL[issue.severity])),
  ];
  const sheet: OutputSheet = {
    name: DISTRICT_ISSUES_SHEET,
    cells: [[...DISTRICT_ISSUES_HEADER], ...rows],
    columnWidths: [16, 18, 6, 12, 6, 10, 60, 48, 22],
    formats,
    table: { name: 'QuanquShujuWenti', range: { top: 0, left: 0, bottom: rows.length, right: last }, style: 'TableStyleLight1' },
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [0, 0] },
    tabColor: listed.some((l) => l.issue.severity === 'error') ? 'C00000' : 'BF8F00',
  };
  // Each 问题 and 处理建议 whole on screen and on paper (SPEC §7 Print-ready, layout/rowHeights.ts).
  sheet.rowHeights = wrappedRowHeights(sheet);
  return sheet;
}
