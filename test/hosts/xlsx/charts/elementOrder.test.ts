/**
 * Excel rejects chart parts whose children are out of schema order (ECMA-376 Part 1 §21.2, the
 * xsd:sequence of each complex type), so the exact child sequences are pinned here.
 */
import { describe, expect, it } from 'vitest';
import { chartXml } from '../../../../src/hosts/xlsx/charts/chartXml.js';
import { CELLS, SHEET, TIERS } from './sampleCharts.js';
import { child, childNames, descendants, parseXml } from './xmlTree.js';

const root = parseXml(chartXml(TIERS, SHEET, CELLS));
const plot = child(root, 'c:chart/c:plotArea');

describe('element order (schema sequences)', () => {
  it.each([
    ['CT_ChartSpace', root, ['c:date1904', 'c:lang', 'c:roundedCorners', 'c:chart', 'c:spPr', 'c:txPr']],
    [
      'CT_Chart',
      child(root, 'c:chart'),
      ['c:title', 'c:autoTitleDeleted', 'c:plotArea', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs'],
    ],
    ['CT_Title', child(root, 'c:chart/c:title'), ['c:tx', 'c:overlay']],
    ['CT_PlotArea', plot, ['c:layout', 'c:barChart', 'c:catAx', 'c:valAx', 'c:spPr']],
    [
      'CT_BarChart',
      child(plot, 'c:barChart'),
      ['c:barDir', 'c:grouping', 'c:varyColors', 'c:ser', 'c:ser', 'c:ser', 'c:ser', 'c:gapWidth', 'c:overlap', 'c:axId', 'c:axId'],
    ],
    [
      'CT_BarSer',
      descendants(plot, 'c:ser')[0]!,
      ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:dLbls', 'c:cat', 'c:val'],
    ],
    [
      'CT_DLbls',
      child(descendants(plot, 'c:ser')[0]!, 'c:dLbls'),
      ['c:numFmt', 'c:spPr', 'c:txPr', 'c:dLblPos', 'c:showLegendKey', 'c:showVal', 'c:showCatName', 'c:showSerName', 'c:showPercent', 'c:showBubbleSize'],
    ],
    [
      'CT_CatAx',
      child(plot, 'c:catAx'),
      ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:title', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', 'c:crosses', 'c:auto', 'c:lblAlgn', 'c:lblOffset', 'c:noMultiLvlLbl'],
    ],
    [
      'CT_ValAx',
      child(plot, 'c:valAx'),
      ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:title', 'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', 'c:crosses', 'c:crossBetween'],
    ],
    ['CT_Legend', child(root, 'c:chart/c:legend'), ['c:legendPos', 'c:overlay', 'c:txPr']],
    ['CT_NumData', child(descendants(plot, 'c:ser')[0]!, 'c:val/c:numRef/c:numCache'), ['c:formatCode', 'c:ptCount', 'c:pt', 'c:pt', 'c:pt']],
  ])('%s children come in schema order', (_type, node, expected) => {
    expect(childNames(node)).toEqual(expected);
  });

  it('the bar chart and both axes agree on the axis ids', () => {
    const ids = child(plot, 'c:barChart').children.filter((c) => c.name === 'c:axId').map((c) => c.attrs['val']);
    expect(ids).toEqual([child(plot, 'c:catAx/c:axId').attrs['val'], child(plot, 'c:valAx/c:axId').attrs['val']]);
    expect(child(plot, 'c:catAx/c:crossAx').attrs['val']).toBe(ids[1]);
    expect(child(plot, 'c:valAx/c:crossAx').attrs['val']).toBe(ids[0]);
  });
});
