/**
 * Test fixture: a 图表 sheet shaped like the product's (tier counts per group, score bins, item
 * averages per group) and one ChartSpec of each kind reading from it.
 */
import type { ChartSpec, OutputCell } from '../../../../src/sheets/output.js';

export const SHEET = '图表';

/** A1:E4 tier counts per group; A7:B11 score bins; A14:D17 item averages per group. */
export const CELLS: OutputCell[][] = [
  ['组别', '优秀', '良好', '合格', '不合格'],
  ['语文组', 5, 8, 3, 1],
  ['数学组', 4, 9, 2, 0],
  ['英语组', 6, 5, 4, 2],
  [],
  [],
  ['分数段', '人数'],
  ['60以下', 2],
  ['60-69', 5],
  ['70-79', 12],
  ['80-89', 20],
  ['90-100', 9],
  [],
  ['组别', '校本研修', '外出培训', '课堂观察'],
  ['语文组', 18.5, 12.25, 9],
  ['数学组', 17, 13.5, 8.75],
  ['英语组', 19.25, 11, 9.5],
];

const col = (c: number, top: number, bottom: number) => ({ top, bottom, left: c, right: c });

export const TIERS: ChartSpec = {
  id: 'chart-tiers',
  kind: 'stackedColumn',
  title: '各组考核等级分布',
  categories: col(0, 1, 3),
  series: [
    { name: '优秀', nameCell: { row: 0, column: 1 }, values: col(1, 1, 3), color: 'C6EFCE' },
    { name: '良好', nameCell: { row: 0, column: 2 }, values: col(2, 1, 3), color: 'BDD7EE' },
    { name: '合格', nameCell: { row: 0, column: 3 }, values: col(3, 1, 3), color: 'FFEB9C' },
    { name: '不合格', nameCell: { row: 0, column: 4 }, values: col(4, 1, 3), color: 'FFC7CE' },
  ],
  anchor: { top: 0, left: 6, bottom: 17, right: 13 },
  categoryAxisTitle: '教研组',
  valueAxisTitle: '人数',
  dataLabels: true,
  legend: 'bottom',
};

export const BINS: ChartSpec = {
  id: 'chart-bins',
  kind: 'column',
  title: '总分分布（10分一段）',
  categories: col(0, 7, 11),
  series: [{ name: '人数', nameCell: { row: 6, column: 1 }, values: col(1, 7, 11), color: '5B9BD5' }],
  anchor: { top: 19, left: 6, bottom: 36, right: 13 },
  categoryAxisTitle: '分数段',
  valueAxisTitle: '人数',
  dataLabels: true,
  legend: 'none',
};

export const AVERAGES: ChartSpec = {
  id: 'chart-averages',
  kind: 'clusteredBar',
  title: '各组各项平均分',
  categories: col(0, 14, 16),
  series: [
    { name: '校本研修', nameCell: { row: 13, column: 1 }, values: col(1, 14, 16), color: '4472C4' },
    { name: '外出培训', nameCell: { row: 13, column: 2 }, values: col(2, 14, 16), color: 'ED7D31' },
    { name: '课堂观察', nameCell: { row: 13, column: 3 }, values: col(3, 14, 16), color: 'A5A5A5' },
  ],
  anchor: { top: 38, left: 6, bottom: 55, right: 13 },
  valueAxisTitle: '平均分',
  legend: 'right',
};

export const ALL_CHARTS = [TIERS, BINS, AVERAGES];
