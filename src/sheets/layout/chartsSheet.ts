/**
 * 图表 (SPEC §7): three small data tables, each with a native chart beside it —
 * tiers per group (stacked column), the spread of totals (column, 10-point bins),
 * each item's mean per group (clustered bar).
 */
import { ITEM_KEYS, TIERS } from '../../engine/model.js';
import type { ChartSpec, OutputCell, OutputSheet, RangeFormat } from '../output.js';
import type { LayoutContext } from './context.js';
import { HEADER_FILL, ITEM_LABELS, TIER_COLORS } from './labels.js';

export const CHARTS_SHEET = '图表';

/** Charts start at column I, whatever the width of the table beside them. */
const CHART_LEFT = 8;
const CHART_RIGHT = 16;
/** Rows a chart needs to be readable on an A4 landscape page. */
const CHART_ROWS = 20;
const ITEM_COLORS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

/** `0-10` … `90-100`: ten bins, the last one closed so that 100 falls in it. */
export const SCORE_BINS: readonly string[] = Array.from({ length: 10 }, (_, i) => `${i * 10}-${i * 10 + 10}`);

/** Index of the 10-point bin a total falls in (0–9.99 → 0, …, 90–100 → 9). */
export function scoreBin(total: number): number {
  return Math.min(9, Math.max(0, Math.floor(total / 10)));
}

/** One data table with its chart beside it (also the district's 图表). */
export interface Block {
  title: string;
  header: string[];
  rows: OutputCell[][];
  chart: Omit<ChartSpec, 'categories' | 'series' | 'anchor'>;
  seriesColors: (column: number) => string | undefined;
  numberFormat?: string;
  /** Taller charts for many bars. */
  chartRows?: number;
  /** Wider charts for many columns: the chart's last column (0-based). @default column Q */
  chartRight?: number;
}

/**
 * A 图表 sheet (the school's and the district's): the blocks laid out top to bottom, one block per
 * landscape A4 page, the same tab colour.
 */
export function chartPages(name: string, blocks: Block[], columnWidths: number[]): OutputSheet {
  const { tops, ...laid } = layBlocks(blocks);
  return {
    name,
    ...laid,
    columnWidths,
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', pageBreaks: tops.slice(1) },
    tabColor: '2F5597',
  };
}

/**
 * Lays the blocks out top to bottom: title row, header row, data rows; the chart's ranges point
 * at the block's own cells (categories = first column, one series per further column).
 */
function layBlocks(blocks: Block[]): Pick<OutputSheet, 'cells' | 'charts' | 'formats'> & { tops: number[] } {
  const cells: OutputCell[][] = [];
  const tops: number[] = [];
  const charts: ChartSpec[] = [];
  const formats: RangeFormat[] = [];
  for (const b of blocks) {
    const top = cells.length;
    tops.push(top);
    const headerRow = top + 1;
    const first = headerRow + 1;
    const lastRow = headerRow + Math.max(b.rows.length, 1);
    const lastCol = b.header.length - 1;
    cells.push([b.title], b.header, ...(b.rows.length > 0 ? b.rows : [['']]));
    formats.push(
      { range: { top, left: 0, bottom: top, right: 0 }, bold: true },
      { range: { top: headerRow, left: 0, bottom: headerRow, right: lastCol }, bold: true, fill: HEADER_FILL, horizontal: 'center' },
      { range: { top: headerRow, left: 0, bottom: lastRow, right: lastCol }, border: true },
    );
    if (b.numberFormat !== undefined) {
      formats.push({ range: { top: first, left: 1, bottom: lastRow, right: lastCol }, numberFormat: b.numberFormat });
    }
    const height = b.chartRows ?? CHART_ROWS;
    charts.push({
      ...b.chart,
      categories: { top: first, left: 0, bottom: lastRow, right: 0 },
      series: b.header.slice(1).map((name, j) => {
        const column = j + 1;
        const color = b.seriesColors(column);
        return {
          name,
          nameCell: { row: headerRow, column },
          values: { top: first, left: column, bottom: lastRow, right: column },
          ...(color === undefined ? {} : { color }),
        };
      }),
      anchor: { top, left: CHART_LEFT, bottom: top + height - 1, right: b.chartRight ?? CHART_RIGHT },
    });
    // Next block starts below both the table and its chart, with one spare row.
    const used = Math.max(lastRow - top + 1, height);
    while (cells.length < top + used + 1) cells.push([]);
  }
  return { cells, charts, formats, tops };
}

/**
 * The three data tables and their charts.
 * @example chartsSheet(ctx).charts?.map((c) => c.kind) // ['stackedColumn', 'column', 'clusteredBar']
 */
export function chartsSheet(ctx: LayoutContext): OutputSheet {
  const { teachers, groups } = ctx.run.result;
  const bins = SCORE_BINS.map(() => 0);
  for (const t of teachers) bins[scoreBin(t.total)]! += 1;

  return chartPages(CHARTS_SHEET, [
    {
      title: '各教研组等次分布',
      header: ['教研组', ...TIERS],
      rows: groups.map((g) => [g.name, ...TIERS.map((t) => g.counts[t])]),
      chart: { id: 'tiers-by-group', kind: 'stackedColumn', title: '各教研组等次分布', categoryAxisTitle: '教研组', valueAxisTitle: '人数', legend: 'bottom' },
      seriesColors: (c) => {
        const tier = TIERS[c - 1];
        return tier === undefined ? undefined : TIER_COLORS[tier];
      },
    },
    {
      title: '总分分布',
      header: ['分数段', '人数'],
      rows: SCORE_BINS.map((label, i) => [label, bins[i] ?? 0]),
      chart: { id: 'total-distribution', kind: 'column', title: '总分分布（每 10 分一段）', categoryAxisTitle: '总分', valueAxisTitle: '人数', legend: 'bottom', dataLabels: true },
      seriesColors: () => '5B9BD5',
    },
    {
      title: '各组分项平均分',
      header: ['教研组', ...ITEM_KEYS.map((k) => ITEM_LABELS[k])],
      rows: groups.map((g, i) => {
        const means = ctx.run.groupDetails[i]?.itemMeans;
        return [g.name, ...ITEM_KEYS.map((k) => means?.[k] ?? null)];
      }),
      chart: { id: 'item-means-by-group', kind: 'clusteredBar', title: '各组分项平均分', categoryAxisTitle: '教研组', valueAxisTitle: '平均分', legend: 'bottom' },
      seriesColors: (c) => ITEM_COLORS[c - 1],
      numberFormat: '0.00',
      chartRows: Math.max(CHART_ROWS, 10 + groups.length * 3),
    },
  ], [12, 9, 9, 9, 9, 9, 11, 3]);
}
