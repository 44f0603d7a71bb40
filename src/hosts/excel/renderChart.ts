/**
 * Queue one native chart (SPEC §7 图表) from a ChartSpec. Charts are built with
 * `charts.add(type, source, seriesBy)` (ExcelApi 1.1): the source is the block of category labels,
 * series values and, when the layout put them there, the series-name header row.
 */
import type { CellRange, ChartKind, ChartSpec } from '../../sheets/output.js';
import { a1, columnLetter } from '../../sheets/output.js';

const CHART_TYPE: Record<ChartKind, 'ColumnStacked' | 'ColumnClustered' | 'BarClustered' | 'ColumnStacked100'> = {
  stackedColumn: 'ColumnStacked',
  percentStackedColumn: percentStackedChartType(),
  column: 'ColumnClustered',
  clusteredBar: 'BarClustered',
};

/** The source block and orientation for `charts.add`. */
export function chartSource(spec: ChartSpec): { range: CellRange; seriesBy: 'Columns' | 'Rows' } {
  const byColumns = spec.categories.left === spec.categories.right;
  const parts = [spec.categories, ...spec.series.map((s) => s.values)];
  const range: CellRange = {
    top: Math.min(...parts.map((p) => p.top)),
    left: Math.min(...parts.map((p) => p.left)),
    bottom: Math.max(...parts.map((p) => p.bottom)),
    right: Math.max(...parts.map((p) => p.right)),
  };
  // Take in the header row (or column) when every series name sits right before its values,
  // so Excel labels the series from the sheet itself.
  const named = spec.series.length > 0 && spec.series.every((s) => {
    if (!s.nameCell) return false;
    return byColumns
      ? s.nameCell.row === s.values.top - 1 && s.nameCell.column === s.values.left
      : s.nameCell.column === s.values.left - 1 && s.nameCell.row === s.values.top;
  });
  if (named && byColumns) range.top -= 1;
  if (named && !byColumns) range.left -= 1;
  return { range, seriesBy: byColumns ? 'Columns' : 'Rows' };
}

/** Queue the chart on `sheet`. No sync: the caller syncs the whole output in one go. */
export function renderChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const { range, seriesBy } = chartSource(spec);
  const chart = sheet.charts.add(CHART_TYPE[spec.kind], sheet.getRange(a1(range)), seriesBy);
  chart.name = spec.id;
  chart.title.text = spec.title;
  const { top, left, bottom, right } = spec.anchor;
  chart.setPosition(`${columnLetter(left)}${top + 1}`, `${columnLetter(right)}${bottom + 1}`);
  spec.series.forEach((s, i) => {
    const series = chart.series.getItemAt(i);
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
