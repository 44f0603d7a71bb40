/**
 * 上报学时 (SPEC §10): the district's credit report — every scored teacher with the 校本研修学时 the
 * school reports (0 for 不合格, SPEC §7), then one 合计 line per school and for the district, below
 * the table so the table itself stays filterable.
 */
import type { OutputCell, OutputSheet, RangeFormat } from '../../output.js';
import { HEADER_FILL } from '../labels.js';
import { scoredSchools, type DistrictView } from './districtView.js';

export const CREDITS_SHEET = '上报学时';
export const CREDITS_HEADER: readonly string[] = ['学校', '工号', '姓名', '教研组', '校本研修学时'];

/**
 * @example creditsSheet(view).cells[1] // ['一中', 'T001', '张三', '语文组', 12]
 */
export function creditsSheet(view: DistrictView): OutputSheet {
  const schools = scoredSchools(view);
  const rows: OutputCell[][] = schools.flatMap((s) => s.result.teachers.map((t): OutputCell[] => [s.name, t.id ?? '', t.name, t.group, t.reportHours]));
  const last = CREDITS_HEADER.length - 1;
  const formats: RangeFormat[] = [{ range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center' }];
  const cells: OutputCell[][] = [[...CREDITS_HEADER], ...rows];

  // Totals: one blank row after the table, a heading, a line per school and the district's sum.
  cells.push([], ['各校合计', '', '教师数', '', '校本研修学时']);
  formats.push({ range: { top: cells.length - 1, left: 0, bottom: cells.length - 1, right: last }, bold: true, fill: HEADER_FILL });
  let teachers = 0;
  let hours = 0;
  for (const s of schools) {
    const sum = s.result.teachers.reduce((a, t) => a + t.reportHours, 0);
    teachers += s.result.teachers.length;
    hours += sum;
    cells.push([s.name, '', s.result.teachers.length, '', sum]);
  }
  cells.push(['全区合计', '', teachers, '', hours]);
  formats.push({ range: { top: cells.length - 1, left: 0, bottom: cells.length - 1, right: last }, bold: true });

  const sheet: OutputSheet = {
    name: CREDITS_SHEET,
    cells,
    columnWidths: [16, 10, 10, 12, 14],
    formats,
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'portrait', fitToWidth: true, paper: 'A4', titleRows: [0, 0] },
  };
  if (rows.length > 0) {
    formats.push({ range: { top: 1, left: 1, bottom: rows.length, right: 1 }, numberFormat: '@' });
    sheet.table = { name: 'QuanquShangbaoXueshi', range: { top: 0, left: 0, bottom: rows.length, right: last }, style: 'TableStyleLight1' };
  }
  return sheet;
}
