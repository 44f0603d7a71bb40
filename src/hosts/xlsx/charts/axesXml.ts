/**
 * The category and value axes of a bar chart: CT_CatAx (ECMA-376 Part 1 §21.2.2.25) and
 * CT_ValAx (§21.2.2.226). Shared child order, which Excel enforces:
 * axId, scaling, delete, axPos, majorGridlines, minorGridlines, title, numFmt, majorTickMark,
 * minorTickMark, tickLblPos, spPr, txPr, crossAx, crosses, then the per-type tail
 * (catAx: auto, lblAlgn, lblOffset, noMultiLvlLbl; valAx: crossBetween).
 */
import type { BarShape } from './barShape.js';
import { textPropertiesXml, titleXml } from './chartText.js';

/** Axis ids only need to be unique within one chart part; these are the ones XlsxWriter's first chart uses. */
export const CATEGORY_AXIS_ID = 50010001;
export const VALUE_AXIS_ID = 50010002;

const AXIS_LINE =
  '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>';
const GRIDLINES =
  '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill>' +
  '</a:ln></c:spPr></c:majorGridlines>';
const TICKS = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
const TICK_LABELS = textPropertiesXml({ size: 900, bold: false });

function axisTitle(title: string | undefined, vertical: boolean): string {
  return title === undefined || title === '' ? '' : titleXml(title, { size: 1000, bold: false, vertical });
}

/**
 * `<c:catAx>`: below the columns, or left of the bars (then listed top-down, see BarShape).
 * @example categoryAxisXml(BAR_SHAPES.column, '分数段')
 */
export function categoryAxisXml(shape: BarShape, title: string | undefined): string {
  const horizontalBars = shape.barDir === 'bar';
  return (
    '<c:catAx>' +
    `<c:axId val="${CATEGORY_AXIS_ID}"/>` +
    `<c:scaling><c:orientation val="${shape.reverseCategories ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    '<c:delete val="0"/>' +
    `<c:axPos val="${horizontalBars ? 'l' : 'b'}"/>` +
    axisTitle(title, horizontalBars) +
    TICKS +
    AXIS_LINE +
    TICK_LABELS +
    `<c:crossAx val="${VALUE_AXIS_ID}"/>` +
    '<c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>' +
    '</c:catAx>'
  );
}

/**
 * `<c:valAx>` with light major gridlines; its number format follows the source cells.
 * @example valueAxisXml(BAR_SHAPES.column, '人数')
 */
export function valueAxisXml(shape: BarShape, title: string | undefined): string {
  const horizontalBars = shape.barDir === 'bar';
  return (
    '<c:valAx>' +
    `<c:axId val="${VALUE_AXIS_ID}"/>` +
    // Bars start at zero: every chart we draw shows counts or averages, and a cut axis would make a
    // 2-point difference between groups look like a 3-fold one (CT_Scaling: orientation, max, min).
    '<c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>' +
    '<c:delete val="0"/>' +
    `<c:axPos val="${horizontalBars ? 'b' : 'l'}"/>` +
    GRIDLINES +
    axisTitle(title, !horizontalBars) +
    (shape.valueAxisFormat === undefined
      ? '<c:numFmt formatCode="General" sourceLinked="1"/>'
      : `<c:numFmt formatCode="${shape.valueAxisFormat}" sourceLinked="0"/>`) +
    TICKS +
    AXIS_LINE +
    TICK_LABELS +
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/>` +
    // With reversed categories the last one is at the bottom; crossing there keeps this axis at the bottom.
    `<c:crosses val="${shape.reverseCategories ? 'max' : 'autoZero'}"/>` +
    '<c:crossBetween val="between"/>' +
    '</c:valAx>'
  );
}
