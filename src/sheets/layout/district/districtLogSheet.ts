/**
 * 计算记录 of the district (SPEC §10): when and with which program the district workbook was made,
 * then each file read — name, SHA-256, size, teachers, outcome — so anyone can check that the file
 * they hold is the one that was counted.
 */
import { wrappedRowHeights } from '../rowHeights.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../../output.js';
import { HEADER_FILL } from '../labels.js';
import { formatDateTime } from '../period.js';
import type { DistrictView, SchoolOutcome } from './districtView.js';
import { summaryOf } from './schoolSummary.js';

export const DISTRICT_LOG_SHEET = '计算记录';
export const FILES_HEADER: readonly string[] = ['文件', '学校', 'SHA-256', '大小（字节）', '教师数', '结果', '说明'];

export const SKIPPED_HEADER: readonly string[] = ['路径', '原因'];

const OUTCOME_LABEL: Readonly<Record<SchoolOutcome, string>> = { scored: '已计算', failed: '未计算', duplicate: '重复文件', superseded: '旧版本' };

/**
 * @example districtLogSheet(view).cells[1] // ['汇总时间', '2024-01-20 09:05']
 */
export function districtLogSheet(view: DistrictView): OutputSheet {
  const scored = view.schools.filter((s) => s.outcome === 'scored');
  const cells: OutputCell[][] = [
    ['本次汇总'],
    ['汇总时间', formatDateTime(view.now)],
    ['程序版本', view.version],
    ['读取文件', view.schools.length],
    ['已计算学校', scored.length],
    ['教师总数', scored.reduce((n, s) => n + (summaryOf(s)?.teachers ?? 0), 0)],
    [],
    ['读取的文件'],
    [...FILES_HEADER],
  ];
  const headerRow = cells.length - 1;
  for (const s of view.schools) {
    cells.push([s.file, s.name, s.sha256, s.size, summaryOf(s)?.teachers ?? null, OUTCOME_LABEL[s.outcome], s.error ?? '']);
  }
  const filesEnd = cells.length - 1;
  const last = FILES_HEADER.length - 1;
  const formats: RangeFormat[] = [
    { range: { top: 0, left: 0, bottom: 0, right: 0 }, bold: true },
    { range: { top: 7, left: 0, bottom: 7, right: 0 }, bold: true },
    { range: { top: 1, left: 1, bottom: 5, right: 1 }, horizontal: 'left' },
    { range: { top: headerRow, left: 0, bottom: headerRow, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center' },
    { range: { top: headerRow, left: 0, bottom: filesEnd, right: last }, border: true },
    // The file as given, whole: it is the evidence of what was read.
    { range: { top: headerRow + 1, left: 0, bottom: Math.max(filesEnd, headerRow + 1), right: 0 }, wrap: true },
    { range: { top: headerRow + 1, left: last, bottom: Math.max(filesEnd, headerRow + 1), right: last }, wrap: true },
  ];
  // Issue 19: every path passed over while walking the folders is listed with why, so none goes unseen.
  const skipped = view.skipped ?? [];
  if (skipped.length > 0) {
    cells.push([], ['跳过的文件'], [...SKIPPED_HEADER]);
    const top = cells.length - 1;
    formats.push(
      { range: { top: top - 1, left: 0, bottom: top - 1, right: 0 }, bold: true },
      { range: { top, left: 0, bottom: top, right: 1 }, bold: true, fill: HEADER_FILL, horizontal: 'center' },
    );
    for (const s of skipped) cells.push([s.file, s.reason]);
    formats.push({ range: { top, left: 0, bottom: cells.length - 1, right: 1 }, border: true });
  }
  const sheet: OutputSheet = {
    name: DISTRICT_LOG_SHEET,
    cells,
    columnWidths: [36, 16, 66, 12, 8, 9, 36],
    formats,
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4' },
  };
  // A wrapped header or note whole on screen and on paper (SPEC §7 Print-ready, layout/rowHeights.ts).
  sheet.rowHeights = wrappedRowHeights(sheet);
  return sheet;
}
