/**
 * One `<c:ser>` of a bar chart (CT_BarSer, ECMA-376 Part 1 §21.2.2.170). Child order is fixed by
 * the schema and Excel rejects the file when it is wrong:
 * idx, order, tx, spPr, invertIfNegative, pictureOptions, dPt*, dLbls, trendline*, errBars, cat, val, shape, extLst.
 * Name, categories and values are references into the sheet, so the chart follows edits to the table.
 */
import type { CellRange, ChartSeries } from '../../../sheets/output.js';
import type { BarShape } from './barShape.js';
import { textPropertiesXml } from './chartText.js';
import { escapeXml } from '../package/xmlText.js';
import { rangeCells, rangeFormula } from './rangeFormula.js';
import { cellAt, type ChartDataCells } from './chartDataCells.js';

export interface SeriesContext {
  sheetName: string;
  categories: CellRange;
  shape: BarShape;
  dataLabels: boolean;
  /** When given, caches are written; without them the parts are still correct, only not pre-filled. */
  cells: ChartDataCells | undefined;
}

const HEX_COLOR = /^[0-9A-Fa-f]{6}$/;

function point(index: number, value: string): string {
  return `<c:pt idx="${index}"><c:v>${escapeXml(value)}</c:v></c:pt>`;
}

function strCache(values: readonly (string | null)[]): string {
  const points = values.map((v, i) => (v === null ? '' : point(i, v))).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly (number | null)[]): string {
  const points = values.map((v, i) => (v === null ? '' : point(i, String(v)))).join('');
  return (
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>` +
    `${points}</c:numCache>`
  );
}

function nameXml(series: ChartSeries, ctx: SeriesContext): string {
  if (series.nameCell === undefined) {
    return `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>`;
  }
  const inCell = ctx.cells === undefined ? null : cellAt(ctx.cells, series.nameCell);
  const cached = inCell === null ? series.name : String(inCell);
  const ref = rangeFormula(ctx.sheetName, {
    top: series.nameCell.row,
    bottom: series.nameCell.row,
    left: series.nameCell.column,
    right: series.nameCell.column,
  });
  return `<c:tx><c:strRef><c:f>${escapeXml(ref)}</c:f>${strCache([cached])}</c:strRef></c:tx>`;
}

function fillXml(color: string | undefined): string {
  if (color === undefined) return '';
  if (!HEX_COLOR.test(color)) {
    throw new Error(`Chart series colour must be 6 hex digits without '#', got '${color}'`);
  }
  // A thin white outline separates stacked segments of similar pale colours.
  return (
    `<c:spPr><a:solidFill><a:srgbClr val="${color.toUpperCase()}"/></a:solidFill>` +
    '<a:ln w="6350"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr>'
  );
}

function dataLabelsXml(shape: BarShape): string {
  const numFmt =
    shape.labelNumberFormat === undefined
      ? ''
      : `<c:numFmt formatCode="${escapeXml(shape.labelNumberFormat)}" sourceLinked="0"/>`;
  // CT_DLbls order: numFmt, spPr, txPr, dLblPos, showLegendKey, showVal, showCatName,
  // showSerName, showPercent, showBubbleSize. All flags are written, as Excel itself does.
  return (
    '<c:dLbls>' +
    numFmt +
    '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    textPropertiesXml({ size: 900, bold: false }) +
    `<c:dLblPos val="${shape.labelPosition}"/>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>' +
    '</c:dLbls>'
  );
}

function categoriesXml(ctx: SeriesContext): string {
  const ref = escapeXml(rangeFormula(ctx.sheetName, ctx.categories));
  const { cells } = ctx;
  const cache =
    cells === undefined
      ? ''
      : strCache(
          rangeCells(ctx.categories).map((at) => {
            const v = cellAt(cells, at);
            return v === null ? null : String(v);
          }),
        );
  return `<c:cat><c:strRef><c:f>${ref}</c:f>${cache}</c:strRef></c:cat>`;
}

function valuesXml(values: CellRange, ctx: SeriesContext): string {
  const ref = escapeXml(rangeFormula(ctx.sheetName, values));
  const { cells } = ctx;
  // Text in a value cell is a blank point, not 0: a gap is the honest picture of "no number".
  const cache =
    cells === undefined
      ? ''
      : numCache(
          rangeCells(values).map((at) => {
            const v = cellAt(cells, at);
            return typeof v === 'number' && Number.isFinite(v) ? v : null;
          }),
        );
  return `<c:val><c:numRef><c:f>${ref}</c:f>${cache}</c:numRef></c:val>`;
}

/**
 * The `<c:ser>` for series number `index` (0-based; also its plotting order).
 * @example seriesXml({ name: '优秀', values: { top: 1, left: 1, bottom: 7, right: 1 } }, 0, ctx)
 */
export function seriesXml(series: ChartSeries, index: number, ctx: SeriesContext): string {
  return (
    '<c:ser>' +
    `<c:idx val="${index}"/><c:order val="${index}"/>` +
    nameXml(series, ctx) +
    fillXml(series.color) +
    '<c:invertIfNegative val="0"/>' +
    (ctx.dataLabels ? dataLabelsXml(ctx.shape) : '') +
    categoriesXml(ctx) +
    valuesXml(series.values, ctx) +
    '</c:ser>'
  );
}
