/**
 * 分组统计 (SPEC §7): one row per 教研组 — size, scores, tiers against quota, open classes,
 * and whether the group may stand for 优秀教研组 (SPEC §6, the seeds' 一票否决); then, when the
 * roster names 梯队, teachers per 梯队 (SPEC §6, seed 004's 五级梯队), one column each.
 */
import type { GroupDetail, GroupResult } from '../../engine/model.js';
import { TIERS } from '../../engine/model.js';
import type { ChartSpec, OutputCell, OutputSheet } from '../output.js';
import type { LayoutContext } from './context.js';
import { HEADER_FILL } from './labels.js';
import { wrappedRowHeights } from './rowHeights.js';

export const GROUP_STATS_SHEET = '分组统计';

export const GROUP_STATS_HEADER: readonly string[] = [
  '教研组', '人数', '平均分', '最高分', '最低分',
  '优秀', '良好', '合格', '不合格',
  '优秀名额', '良好名额', '合格名额', '超出名额', '优秀比例',
  '公开课活动次数', '公开课节数', '公开课要求', '优秀教研组资格',
];

const COL_MEAN = 2;
/**
 * The chart sits under the table, not beside it: beside an 18-column table it would shrink the
 * printed page to half size (checked with a LibreOffice PDF of the sample school).
 */
const CHART_ROWS = 18;
const CHART_COLUMNS = 10;

/** `优秀 +1；良好 +2`, or 无 when ties pushed no tier over its quota. */
function overflowText(d: GroupDetail | undefined): string {
  if (d === undefined) return '无';
  const parts: string[] = [];
  if (d.overflow.优秀 > 0) parts.push(`优秀 +${d.overflow.优秀}`);
  if (d.overflow.良好 > 0) parts.push(`良好 +${d.overflow.良好}`);
  return parts.length === 0 ? '无' : parts.join('；');
}

function groupRow(g: GroupResult, d: GroupDetail | undefined): OutputCell[] {
  return [
    g.name, g.size, g.mean, d?.max ?? null, d?.min ?? null,
    ...TIERS.map((t) => g.counts[t]),
    g.quota.优秀, g.quota.良好, g.quota.合格,
    overflowText(d),
    d?.ratioExcellent ?? null,
    g.openClassEvents, g.openClassLessons,
    d === undefined ? '' : `≥${d.requiredEvents} 次、≥${d.requiredLessons} 节`,
    g.eligibleForExcellentGroup ? '具备' : '不具备优秀教研组评选资格',
  ];
}

/** The 梯队 named in the roster, in order of first appearance over the groups. */
function echelonsOf(ctx: LayoutContext): string[] {
  const names = new Set<string>();
  for (const d of ctx.run.groupDetails) for (const e of Object.keys(d.echelonCounts)) names.add(e);
  return [...names];
}

/**
 * SPEC §4 "Staff changes": `入职：赵敏；离职：李四；部分活动免签：王五`, '' when nobody in the group
 * joined, left or was marked not expected.
 */
export function staffChangeText(d: GroupDetail | undefined): string {
  const c = d?.staffChanges;
  if (c === undefined) return '';
  const parts: string[] = [];
  if (c.joined.length > 0) parts.push(`入职：${c.joined.join('、')}`);
  if (c.left.length > 0) parts.push(`离职：${c.left.join('、')}`);
  if (c.notExpected.length > 0) parts.push(`部分活动免签：${c.notExpected.join('、')}`);
  return parts.join('；');
}

/** The whole-school line under the groups: sums, and the mean over all teachers. */
function schoolRow(ctx: LayoutContext): OutputCell[] {
  const { teachers, groups } = ctx.run.result;
  const totals = teachers.map((t) => t.total);
  const sum = (f: (g: GroupResult) => number): number => groups.reduce((acc, g) => acc + f(g), 0);
  const mean = totals.length === 0 ? null : Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 100) / 100;
  return [
    '全校', teachers.length, mean,
    totals.length === 0 ? null : Math.max(...totals),
    totals.length === 0 ? null : Math.min(...totals),
    ...TIERS.map((t) => sum((g) => g.counts[t])),
    sum((g) => g.quota.优秀), sum((g) => g.quota.良好), sum((g) => g.quota.合格),
    '', ctx.rules.ratioExcellent,
    sum((g) => g.openClassEvents), sum((g) => g.openClassLessons), '', '',
  ];
}

/**
 * Header in row 0, one row per group, then 全校; a column chart of group means below.
 * @example groupStatsSheet(ctx).charts?.[0]?.kind // 'column'
 */
export function groupStatsSheet(ctx: LayoutContext): OutputSheet {
  const { groups } = ctx.run.result;
  const n = groups.length;
  const echelons = echelonsOf(ctx);
  // A 人员变动 column only when someone joined, left or was marked not expected (SPEC §4 "Staff changes").
  const changes = groups.map((_, i) => staffChangeText(ctx.run.groupDetails[i]));
  const staffColumn = changes.some((c) => c !== '');
  // issue 21 (SPEC §7 任务完成): with 须交 rules, each group's share of teachers who handed in everything owed.
  const tasks = ctx.run.groupDetails.some((d) => d.deliverablesDone !== undefined);
  const header = [...GROUP_STATS_HEADER, ...echelons.map((e) => `梯队：${e}`), ...(tasks ? ['任务完成率'] : []), ...(staffColumn ? ['人员变动'] : [])];
  const taskCol = GROUP_STATS_HEADER.length + echelons.length;
  const perEchelon = (i: number): number[] => echelons.map((e) => ctx.run.groupDetails[i]?.echelonCounts[e] ?? 0);
  const completion = (done: { done: number; of: number } | undefined): OutputCell[] =>
    !tasks ? [] : [done === undefined || done.of === 0 ? null : done.done / done.of];
  const rows = groups.map((g, i) => [
    ...groupRow(g, ctx.run.groupDetails[i]), ...perEchelon(i), ...completion(ctx.run.groupDetails[i]?.deliverablesDone),
    ...(staffColumn ? [changes[i] ?? ''] : []),
  ]);
  const schoolDone = ctx.run.groupDetails.reduce((acc, d) => ({ done: acc.done + (d.deliverablesDone?.done ?? 0), of: acc.of + (d.deliverablesDone?.of ?? 0) }), { done: 0, of: 0 });
  const schoolEchelons = [...echelons.map((_, k) => groups.reduce((acc, _g, i) => acc + (perEchelon(i)[k] ?? 0), 0)), ...completion(schoolDone)];
  const schoolRowIndex = n + 1;
  const last = header.length - 1;

  const chart: ChartSpec = {
    id: 'group-means',
    kind: 'column',
    title: '各教研组平均分',
    categories: { top: 1, left: 0, bottom: Math.max(n, 1), right: 0 },
    series: [{ name: '平均分', nameCell: { row: 0, column: COL_MEAN }, values: { top: 1, left: COL_MEAN, bottom: Math.max(n, 1), right: COL_MEAN }, color: '5B9BD5' }],
    anchor: { top: schoolRowIndex + 2, left: 0, bottom: schoolRowIndex + 1 + CHART_ROWS, right: CHART_COLUMNS - 1 },
    categoryAxisTitle: '教研组',
    valueAxisTitle: '平均分',
    dataLabels: true,
    legend: 'none',
  };

  const eligibleCol = GROUP_STATS_HEADER.length - 1;
  const ineligible = groups
    .map((g, i) => (g.eligibleForExcellentGroup ? -1 : i + 1))
    .filter((r) => r > 0)
    .map((r) => ({ range: { top: r, left: eligibleCol, bottom: r, right: eligibleCol }, fontColor: '9C0006' }));

  const sheet: OutputSheet = {
    name: GROUP_STATS_SHEET,
    cells: [header, ...rows, [...schoolRow(ctx), ...schoolEchelons, ...(staffColumn ? [''] : [])]],
    // Wide enough for each header on one line: not every spreadsheet grows a row for wrapped text.
    columnWidths: [12, 6, 8, 8, 8, 6, 6, 6, 7, 9, 9, 9, 10, 9, 13, 10, 14, 26, ...echelons.map((e) => Math.max(10, e.length * 2 + 6)),
      ...(tasks ? [11] : []), ...(staffColumn ? [30] : [])],
    formats: [
      { range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true },
      { range: { top: 0, left: 0, bottom: schoolRowIndex, right: last }, border: true },
      { range: { top: 1, left: 2, bottom: schoolRowIndex, right: 4 }, numberFormat: '0.00' },
      { range: { top: 1, left: 13, bottom: schoolRowIndex, right: 13 }, numberFormat: '0%' },
      { range: { top: schoolRowIndex, left: 0, bottom: schoolRowIndex, right: last }, bold: true, fill: 'F2F2F2' },
      { range: { top: 1, left: 12, bottom: schoolRowIndex, right: 12 }, horizontal: 'center' },
      { range: { top: 1, left: 16, bottom: schoolRowIndex, right: 16 }, horizontal: 'center' },
      ...ineligible,
      ...(tasks ? [{ range: { top: 1, left: taskCol, bottom: schoolRowIndex, right: taskCol }, numberFormat: '0%' }] : []),
      ...(staffColumn ? [{ range: { top: 1, left: last, bottom: schoolRowIndex, right: last }, wrap: true }] : []),
    ],
    freeze: { rows: 1, columns: 1 },
    charts: n > 0 ? [chart] : [],
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [0, 0] },
  };
  sheet.rowHeights = wrappedRowHeights(sheet);
  return sheet;
}
