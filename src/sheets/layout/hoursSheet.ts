/**
 * 上报学时 (SPEC §7): the hours each teacher is reported with to the district 进修学校.
 */
import type { OutputCell, OutputSheet } from '../output.js';
import type { LayoutContext } from './context.js';
import { HEADER_FILL } from './labels.js';

export const HOURS_SHEET = '上报学时';
export const HOURS_HEADER: readonly string[] = ['工号', '姓名', '教研组', '等次', '校本研修学时'];

/**
 * One row per teacher in the engine's order; 不合格 teachers are reported with 0 (SPEC §7).
 * @example hoursSheet(ctx).cells[1] // ['T001', '张三', '语文组', '优秀', 12]
 */
export function hoursSheet(ctx: LayoutContext): OutputSheet {
  const { teachers } = ctx.run.result;
  const rows: OutputCell[][] = teachers.map((t) => [t.id ?? '', t.name, t.group, t.tier, t.reportHours]);
  const last = HOURS_HEADER.length - 1;
  const sheet: OutputSheet = {
    name: HOURS_SHEET,
    cells: [[...HOURS_HEADER], ...rows],
    columnWidths: [10, 10, 12, 8, 14],
    formats: [{ range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center' }],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'portrait', fitToWidth: true, paper: 'A4', titleRows: [0, 0] },
  };
  if (rows.length > 0) {
    sheet.formats?.push({ range: { top: 1, left: 0, bottom: rows.length, right: 0 }, numberFormat: '@' });
    sheet.table = { name: 'ShangbaoXueshi', range: { top: 0, left: 0, bottom: rows.length, right: last }, style: 'TableStyleLight1' };
  }
  return sheet;
}
