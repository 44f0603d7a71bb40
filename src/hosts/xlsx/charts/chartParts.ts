/**
 * Where the package writer meets the chart module (`./charts/`, written separately): the two
 * functions it needs to turn ChartSpecs into DrawingML parts. Loaded lazily so a run without charts
 * (template, data checks) never pays for it, and injectable so tests can stand in for it.
 */
import type { ChartSpec, OutputCell } from '../../../sheets/output.js';

export interface ChartRenderer {
  /** The chart part (`xl/charts/chartN.xml`) for one spec whose ranges lie on `sheetName`. */
  chartXml(spec: ChartSpec, sheetName: string, cells?: readonly (readonly OutputCell[])[]): string;
  /** The drawing part placing each chart, linked by its drawing→chart relationship id. */
  drawingXml(anchors: { spec: ChartSpec; relId: string }[]): string;
}

/** The project's chart module. */
export async function loadChartRenderer(): Promise<ChartRenderer> {
  const charts = await import('./index.js');
  return { chartXml: charts.chartXml, drawingXml: charts.drawingXml };
}
