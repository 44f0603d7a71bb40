/**
 * 上报学时 (SPEC §10): the district's credit report — every scored teacher with the 校本研修学时 the
 * school reports (0 for 不合格, SPEC §7), then one 合计 line per school and for the district, below
 * the table so the table itself stays filterable.
 */
import { laidOut, type OutputCell, type OutputSheet, type RangeFormat, type StreamedSheet } from '../../output.js';
import { HEADER_FILL } from '../labels.js';
import { scoredSchools, type DistrictView } from './districtView.js';
import { summaryOf } from './schoolSummary.js';

export const CREDITS_SHEET = '上报学时';
export const CREDITS_HEADER: readonly string[] = ['学校', '工号', '姓名', '教研组', '校本研修学时'];

/**
 * @example creditsSheet(view).cells[1] // ['一中', 'T001', '张三', '语文组', 12]
 */
export function creditsSheet(view: DistrictView): OutputSheet {
  return laidOut(creditsSheetStreamed(view));
}

/**
 * The same sheet with its teachers' rows made as it is written, one school at a time (the district
 * keeps its schools' results as bytes: app/keptResult.ts).
 */
export function creditsSheetStreamed(view: DistrictView): StreamedSheet {
  const schools = scoredSchools(view);
  // What the rows below the table and the formats need, each school's count and sum, from its summary.
  const totals = schools.map((s) => {
    const { teachers, reportHours } = summaryOf(s);
    return { name: s.name, teachers, hours: reportHours };
  });
  const teachers = totals.reduce((n, t) => n + t.teachers, 0);
  let hours = 0;
  for (const t of totals) hours += t.hours;
  const last = CREDITS_HEADER.length - 1;
  // Totals: one blank row after the table, a heading, a line per school and the district's sum.
  const heading = 1 + teachers + 1;
  const districtRow = heading + totals.length + 1;
  const formats: RangeFormat[] = [
    { range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center' },
    { range: { top: heading, left: 0, bottom: heading, right: last }, bold: true, fill: HEADER_FILL },
    { range: { top: districtRow, left: 0, bottom: districtRow, right: last }, bold: true },
  ];
  function* rows(): Generator<OutputCell[]> {
    yield [...CREDITS_HEADER];
    for (const s of schools) for (const t of s.result.teachers) yield [s.name, t.id ?? '', t.name, t.group, t.reportHours];
    yield [];
    yield ['各校合计', '', '教师数', '', '校本研修学时'];
    for (const t of totals) yield [t.name, '', t.teachers, '', t.hours];
    yield ['全区合计', '', teachers, '', hours];
  }
  const sheet: StreamedSheet = {
    name: CREDITS_SHEET,
    rows,
    columnWidths: [16, 10, 10, 12, 14],
    formats,
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'portrait', fitToWidth: true, paper: 'A4', titleRows: [0, 0] },
  };
  if (teachers > 0) {
    formats.push({ range: { top: 1, left: 1, bottom: teachers, right: 1 }, numberFormat: '@' });
    sheet.table = { name: 'QuanquShangbaoXueshi', range: { top: 0, left: 0, bottom: teachers, right: last }, style: 'TableStyleLight1' };
  }
  return sheet;
}
