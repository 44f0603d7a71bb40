/**
 * Native Excel charts as DrawingML chart parts (`xl/charts/chartN.xml`) for the 图表 sheet (SPEC §7).
 *
 * References: ECMA-376 Part 1 §21.2 (DrawingML – Charts: CT_ChartSpace, CT_Chart, CT_PlotArea,
 * CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx, CT_Legend) and §20.1 (DrawingML main: text, fills).
 * Element order follows the schema sequences as XlsxWriter (jmcnamara/XlsxWriter, `chart.py`,
 * `chart_bar.py`) writes them, because Excel refuses a part whose children are out of order even
 * where LibreOffice is lenient. The key sequences:
 *   CT_ChartSpace: date1904, lang, roundedCorners, …, chart, spPr, txPr
 *   CT_Chart:      title, autoTitleDeleted, plotArea, legend, plotVisOnly, dispBlanksAs
 *   CT_BarChart:   barDir, grouping, varyColors, ser*, dLbls, gapWidth, overlap, serLines*, axId, axId
 * Boolean flags whose schema default is "true" (roundedCorners, varyColors, delete, overlay) are
 * always written explicitly, since an absent element is read differently by different programs.
 */
import type { ChartSpec } from '../../../sheets/output.js';
import { categoryAxisXml, CATEGORY_AXIS_ID, valueAxisXml, VALUE_AXIS_ID } from './axesXml.js';
import { BAR_SHAPES } from './barShape.js';
import { textPropertiesXml, titleXml } from './chartText.js';
import { seriesXml } from './seriesXml.js';
import type { ChartDataCells } from './chartDataCells.js';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** `legend` absent means bottom: Excel's own default since 2013, and it leaves the plot its full width. */
const LEGEND_POSITION = { right: 'r', bottom: 'b' } as const;

function legendXml(position: ChartSpec['legend']): string {
  if (position === 'none') return '';
  const pos = LEGEND_POSITION[position ?? 'bottom'];
  // overlay=0: the legend gets its own space and never covers a bar.
  return (
    `<c:legend><c:legendPos val="${pos}"/><c:overlay val="0"/>` +
    textPropertiesXml({ size: 900, bold: false }) +
    '</c:legend>'
  );
}

function plotAreaXml(spec: ChartSpec, sheetName: string, cells: ChartDataCells | undefined): string {
  const shape = BAR_SHAPES[spec.kind];
  const ctx = {
    sheetName,
    categories: spec.categories,
    shape,
    dataLabels: spec.dataLabels === true,
    cells,
  };
  const series = spec.series.map((s, i) => seriesXml(s, i, ctx)).join('');
  const overlap = shape.overlap === undefined ? '' : `<c:overlap val="${shape.overlap}"/>`;
  return (
    '<c:plotArea><c:layout/>' +
    '<c:barChart>' +
    `<c:barDir val="${shape.barDir}"/><c:grouping val="${shape.grouping}"/>` +
    // Colours come from the series (or the theme), not from each point.
    '<c:varyColors val="0"/>' +
    series +
    `<c:gapWidth val="${shape.gapWidth}"/>` +
    overlap +
    `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>` +
    '</c:barChart>' +
    categoryAxisXml(shape, spec.categoryAxisTitle) +
    valueAxisXml(shape, spec.valueAxisTitle) +
    '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    '</c:plotArea>'
  );
}

/**
 * The whole chart part for one ChartSpec whose ranges lie on sheet `sheetName`. Pass the sheet's
 * `cells` to pre-fill the caches that Excel and LibreOffice show before recalculating.
 * @example chartXml(spec, '图表', sheet.cells) // '<?xml …?><c:chartSpace …>…</c:chartSpace>'
 */
export function chartXml(spec: ChartSpec, sheetName: string, cells?: ChartDataCells): string {
  // An empty title deletes it; otherwise Excel invents one from a lone series' name.
  const hasTitle = spec.title !== '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}>` +
    '<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    (hasTitle ? titleXml(spec.title, { size: 1400, bold: true }) : '') +
    `<c:autoTitleDeleted val="${hasTitle ? 0 : 1}"/>` +
    plotAreaXml(spec, sheetName, cells) +
    legendXml(spec.legend) +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>' +
    '<a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>' +
    textPropertiesXml({ size: 1000, bold: false }) +
    '</c:chartSpace>'
  );
}
