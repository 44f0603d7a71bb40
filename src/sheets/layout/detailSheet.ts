/**
 * 评分明细 (SPEC §7): one row per teacher per item, with the sentence that explains the points —
 * the answer to "why did I get 合格?".
 */
import { ITEM_KEYS } from '../../engine/model.js';
import type { OutputCell, OutputSheet } from '../output.js';
import type { LayoutContext } from './context.js';
import { HEADER_FILL, ITEM_LABELS } from './labels.js';
import { wrappedRowHeights } from './rowHeights.js';

export const DETAIL_SHEET = '评分明细';
export const DETAIL_HEADER: readonly string[] = ['教研组', '工号', '姓名', '分项', '得分', '满分', '说明'];

/**
 * Teachers in the engine's order, each followed by its six items in the order of SPEC §4.
 * @example detailSheet(ctx).cells[1] // ['语文组', 'T001', '张三', '外出学习', 26.25, 30, '外出学习 26.25 = …']
 */
export function detailSheet(ctx: LayoutContext): OutputSheet {
  const rows: OutputCell[][] = [];
  for (const t of ctx.run.result.teachers) {
    for (const k of ITEM_KEYS) {
      rows.push([t.group, t.id ?? '', t.name, ITEM_LABELS[k], t.items[k], ctx.rules.itemMax[k], t.explain[k]]);
    }
  }
  const last = DETAIL_HEADER.length - 1;
  const sheet: OutputSheet = {
    name: DETAIL_SHEET,
    cells: [[...DETAIL_HEADER], ...rows],
    columnWidths: [12, 10, 10, 11, 8, 6, 70],
    formats: [{ range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center' }],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [0, 0] },
  };
  if (rows.length > 0) {
    sheet.formats?.push(
      // Every data cell aligned explicitly, so a row grown for its 说明 reads on one line in every host.
      { range: { top: 1, left: 0, bottom: rows.length, right: last }, horizontal: 'left' },
      { range: { top: 1, left: 1, bottom: rows.length, right: 1 }, numberFormat: '@' },
      { range: { top: 1, left: 4, bottom: rows.length, right: 4 }, numberFormat: '0.00', horizontal: 'right' },
      { range: { top: 1, left: 5, bottom: rows.length, right: 5 }, horizontal: 'center' },
      { range: { top: 1, left: last, bottom: rows.length, right: last }, wrap: true },
    );
    sheet.table = { name: 'PingfenMingxi', range: { top: 0, left: 0, bottom: rows.length, right: last }, style: 'TableStyleLight1' };
    sheet.rowHeights = wrappedRowHeights(sheet);
  }
  return sheet;
}
