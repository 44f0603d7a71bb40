/**
 * 考核结果 (SPEC §7): the ranked list the school publishes (公示), one row per teacher.
 */
import { ITEM_KEYS, TIERS } from '../../engine/model.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../output.js';
import type { LayoutContext } from './context.js';
import { HEADER_FILL, ITEM_LABELS, TIER_COLORS } from './labels.js';
import { periodText } from './period.js';
import { wrappedRowHeights } from './rowHeights.js';
import { cutSchoolName } from './district/schoolIdentity.js';

export const RESULTS_SHEET = '考核结果';

export const RESULTS_HEADER: readonly string[] = [
  '教研组', '组内排名', '工号', '姓名',
  ...ITEM_KEYS.map((k) => ITEM_LABELS[k]),
  '总分', '等次', '师德计分', '听课节数', '公开课', '说明',
];

/**
 * Row 0 is the title, row 1 the legend of the tier colours, row 2 the header (also the print
 * titles), data from row 3.
 */
const LEGEND_ROW = 1;
const HEADER_ROW = 2;
const COL_FIRST_ITEM = 4;
const COL_TOTAL = COL_FIRST_ITEM + ITEM_KEYS.length;
/** 师德计分, 听课节数, 公开课: counts, centred so the last digit never touches the 说明 beside it. */
const COL_FIRST_COUNT = COL_TOTAL + 2;
/** The legend: its label spans 教学类加分 and 总分, one tier per column from 等次 on. */
const COL_LEGEND_LABEL = COL_TOTAL - 1;
const COL_FIRST_LEGEND_TIER = COL_TOTAL + 1;

/**
 * One row per teacher in the engine's order (教研组, then rank), tier-coloured, as an Excel table.
 * @example resultsSheet(ctx).cells[2] // ['语文组', 1, 'T001', '张三', 26.25, …]
 */
export function resultsSheet(ctx: LayoutContext): OutputSheet {
  const { teachers } = ctx.run.result;
  const period = periodText(ctx.run.result.period);
  // A 学校名称 over 100 characters is cut here as in the district (warned by the rules reader).
  const school = cutSchoolName(ctx.rules.schoolName ?? '').name;
  // SPEC §7: the posted title names the school and the 考核期; a missing one says so, not nothing.
  const title = `${school}教师校本研修考核结果（${period ?? '未设定考核期，计入全部记录'}）`;
  const hint = school === '' ? '标题缺学校名称：在考核规则中填写“学校名称”后重新计算。' : '';
  const last = RESULTS_HEADER.length - 1;
  const legend: OutputCell[] = [hint, ...new Array<OutputCell>(COL_LEGEND_LABEL - 1).fill(null), '等次颜色：', null, ...TIERS];

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
    { range: { top: LEGEND_ROW, left: 0, bottom: LEGEND_ROW, right: 0 }, fontColor: '9C0006' },
    { range: { top: LEGEND_ROW, left: COL_LEGEND_LABEL, bottom: LEGEND_ROW, right: COL_LEGEND_LABEL }, horizontal: 'right' },
    ...TIERS.map((tier, i): RangeFormat => ({
      range: { top: LEGEND_ROW, left: COL_FIRST_LEGEND_TIER + i, bottom: LEGEND_ROW, right: COL_FIRST_LEGEND_TIER + i },
      fill: TIER_COLORS[tier], horizontal: 'center', border: true,
    })),
    { range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true },
  ];
  if (teachers.length > 0) {
    // Whole-row tier fills first, so the number formats below apply on top of them. Every data cell
    // is aligned explicitly, so a row grown for its 说明 reads on one line in every host.
    teachers.forEach((t, i) => {
      formats.push({ range: { top: firstData + i, left: 0, bottom: firstData + i, right: last }, fill: TIER_COLORS[t.tier], horizontal: 'left' });
    });
    formats.push(
      { range: { top: firstData, left: COL_FIRST_ITEM, bottom: lastData, right: COL_TOTAL }, numberFormat: '0.00', horizontal: 'right' },
      { range: { top: firstData, left: 2, bottom: lastData, right: 2 }, numberFormat: '@' },
      { range: { top: firstData, left: 1, bottom: lastData, right: 1 }, numberFormat: '0', horizontal: 'center' },
      { range: { top: firstData, left: COL_TOTAL + 1, bottom: lastData, right: COL_TOTAL + 1 }, horizontal: 'center' },
      { range: { top: firstData, left: COL_FIRST_COUNT, bottom: lastData, right: last - 1 }, horizontal: 'center' },
      { range: { top: firstData, left: last, bottom: lastData, right: last }, wrap: true },
    );
  }

  const sheet: OutputSheet = {
    name: RESULTS_SHEET,
    cells: [[title], legend, [...RESULTS_HEADER], ...rows],
    columnWidths: [12, 9, 10, 10, 9, 8, 9, 9, 9, 11, 9, 8, 9, 9, 8, 48],
    formats,
    merges: [
      { top: 0, left: 0, bottom: 0, right: last },
      { top: LEGEND_ROW, left: 0, bottom: LEGEND_ROW, right: COL_LEGEND_LABEL - 1 },
      { top: LEGEND_ROW, left: COL_LEGEND_LABEL, bottom: LEGEND_ROW, right: COL_LEGEND_LABEL + 1 },
    ],
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [HEADER_ROW, HEADER_ROW] },
    tabColor: '548235',
  };
  // An Excel table needs at least one data row.
  if (teachers.length > 0) {
    sheet.table = { name: 'KaoheJieguo', range: { top: HEADER_ROW, left: 0, bottom: lastData, right: last }, style: 'TableStyleLight1' };
  }
  sheet.rowHeights = wrappedRowHeights(sheet);
  return sheet;
}
