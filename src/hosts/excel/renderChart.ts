/**
 * Queue one native chart (SPEC §7 图表) from a ChartSpec, with exactly the series the spec lists.
 *
 * `charts.add(type, source, seriesBy)` guesses series from the source block (rows vs columns by its
 * shape, first row/column as names and categories): a bounding box over non-adjacent columns (分组统计:
 * 教研组, 人数, 平均分) turns the column in between into a series of its own. So the chart is created
 * from the first series' values alone (one column or row: one series, nothing to guess), and every
 * series gets its values, categories and name explicitly with `series.add` / `setValues` /
 * `setXAxisValues` (ExcelApi 1.7).
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseriescollection#excel-excel-chartseriescollection-add-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-setvalues-member(1)
 */
import type { CellRange, ChartKind, ChartSpec } from '../../sheets/output.js';
import { a1, columnLetter } from '../../sheets/output.js';

const CHART_TYPE: Record<ChartKind, 'ColumnStacked' | 'ColumnClustered' | 'BarClustered' | 'ColumnStacked100'> = {
  stackedColumn: 'ColumnStacked',
  percentStackedColumn: percentStackedChartType(),
  column: 'ColumnClustered',
  clusteredBar: 'BarClustered',
};

/** Whether the series run down columns (categories in one column) or along rows. */
export function seriesBy(spec: ChartSpec): 'Columns' | 'Rows' {
  return spec.categories.left === spec.categories.right ? 'Columns' : 'Rows';
}

/**
 * The range `charts.add` starts from: the first series' values only, so Excel derives exactly one
 * series; null for a chart without series (nothing to draw).
 */
export function chartSeed(spec: ChartSpec): CellRange | null {
  return spec.series[0]?.values ?? null;
}

/** Queue the chart on `sheet`. No sync: the caller syncs the whole output in one go. */
export function renderChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const seed = chartSeed(spec);
  if (!seed) return;
  const chart = sheet.charts.add(CHART_TYPE[spec.kind], sheet.getRange(a1(seed)), seriesBy(spec));
  chart.name = spec.id;
  chart.title.text = spec.title;
  const { top, left, bottom, right } = spec.anchor;
  chart.setPosition(`${columnLetter(left)}${top + 1}`, `${columnLetter(right)}${bottom + 1}`);
  const categories = sheet.getRange(a1(spec.categories));
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(sheet.getRange(a1(s.values)));
    series.setXAxisValues(categories);
    series.name = s.name;
    if (s.color) series.format.fill.setSolidColor(`#${s.color}`);
  });
  if (spec.categoryAxisTitle) chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
  if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  // Bars start at zero (as in the file host): a cut axis would exaggerate small differences between groups.
  chart.axes.valueAxis.minimum = 0;
  if (spec.legend === 'none') chart.legend.visible = false;
  else {
    chart.legend.visible = true;
    chart.legend.position = spec.legend === 'bottom' ? 'Bottom' : 'Right';
  }
  if (spec.dataLabels) chart.dataLabels.showValue = true;
}

/** District 图表 (issue 13): tier shares per school as 100% stacked columns (ExcelApi 1.1 chart type). */
function percentStackedChartType(): 'ColumnStacked100' {
  return 'ColumnStacked100';
}
