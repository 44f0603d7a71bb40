/**
 * 考核结果 (SPEC §7): the ranked list the school publishes (公示), one row per teacher.
 */
import { ITEM_KEYS } from '../../engine/model.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../output.js';
import type { LayoutContext } from './context.js';
import { HEADER_FILL, ITEM_LABELS, TIER_COLORS } from './labels.js';
import { periodText } from './period.js';

export const RESULTS_SHEET = '考核结果';

export const RESULTS_HEADER: readonly string[] = [
  '教研组', '组内排名', '工号', '姓名',
  ...ITEM_KEYS.map((k) => ITEM_LABELS[k]),
  '总分', '等次', '师德计分', '听课节数', '公开课', '说明',
];

/** Row 0 is the title, row 1 the header (also the print titles), data from row 2. */
const HEADER_ROW = 1;
const COL_FIRST_ITEM = 4;
const COL_TOTAL = COL_FIRST_ITEM + ITEM_KEYS.length;

/**
 * One row per teacher in the engine's order (教研组, then rank), tier-coloured, as an Excel table.
 * @example resultsSheet(ctx).cells[2] // ['语文组', 1, 'T001', '张三', 26.25, …]
 */
export function resultsSheet(ctx: LayoutContext): OutputSheet {
  const { teachers } = ctx.run.result;
  const period = periodText(ctx.run.result.period);
  const school = ctx.rules.schoolName ?? '';
  const title = period === null ? `${school}教师校本研修考核结果` : `${school}教师校本研修考核结果（${period}）`;
  const last = RESULTS_HEADER.length - 1;

  const rows: OutputCell[][] = teachers.map((t, i) => [
    t.group,
    t.groupRank,
    t.id ?? '',
    t.name,
    ...ITEM_KEYS.map((k) => t.items[k]),
    t.total,
    t.tier,
    t.ethicsPoints,
    t.observedLessons,
    t.openClasses,
    (ctx.run.teacherDetails[i]?.remarks ?? []).join('；'),
  ]);

  const firstData = HEADER_ROW + 1;
  const lastData = HEADER_ROW + teachers.length;
  const formats: RangeFormat[] = [
    { range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, horizontal: 'center' },
    { range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true },
  ];
  if (teachers.length > 0) {
    // Whole-row tier fills first, so the number formats below apply on top of them.
    teachers.forEach((t, i) => {
      formats.push({ range: { top: firstData + i, left: 0, bottom: firstData + i, right: last }, fill: TIER_COLORS[t.tier] });
    });
    formats.push(
      { range: { top: firstData, left: COL_FIRST_ITEM, bottom: lastData, right: COL_TOTAL }, numberFormat: '0.00' },
      { range: { top: firstData, left: 2, bottom: lastData, right: 2 }, numberFormat: '@' },
      { range: { top: firstData, left: 1, bottom: lastData, right: 1 }, numberFormat: '0', horizontal: 'center' },
      { range: { top: firstData, left: COL_TOTAL + 1, bottom: lastData, right: COL_TOTAL + 1 }, horizontal: 'center' },
      { range: { top: firstData, left: last, bottom: lastData, right: last }, wrap: true },
    );
  }

  const sheet: OutputSheet = {
    name: RESULTS_SHEET,
    cells: [[title], [...RESULTS_HEADER], ...rows],
    columnWidths: [12, 9, 10, 10, 9, 8, 9, 9, 9, 11, 9, 8, 9, 9, 8, 48],
    formats,
    merges: [{ top: 0, left: 0, bottom: 0, right: last }],
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [HEADER_ROW, HEADER_ROW] },
    tabColor: '548235',
  };
  // An Excel table needs at least one data row.
  if (teachers.length > 0) {
    sheet.table = { name: 'KaoheJieguo', range: { top: HEADER_ROW, left: 0, bottom: lastData, right: last }, style: 'TableStyleLight1' };
  }
  return sheet;
}
