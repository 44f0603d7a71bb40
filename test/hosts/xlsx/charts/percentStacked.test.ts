/**
 * The district's 100% stacked columns (issue 13): one barChart grouped `percentStacked`, the series of
 * a category in one stack, the value axis in per cent.
 */
import { describe, expect, it } from 'vitest';
import { chartXml } from '../../../../src/hosts/xlsx/charts/chartXml.js';
import type { ChartSpec } from '../../../../src/sheets/output.js';
import { CELLS, SHEET, TIERS } from './sampleCharts.js';
import { child, parseXml } from './xmlTree.js';

const SHARES: ChartSpec = { ...TIERS, id: 'chart-shares', kind: 'percentStackedColumn', valueAxisTitle: '占比' };

describe('percentStackedColumn', () => {
  const root = parseXml(chartXml(SHARES, SHEET, CELLS));
  const bar = child(root, 'c:chart/c:plotArea/c:barChart');

  it('is columns grouped percentStacked with the series overlapping in one stack', () => {
    expect(child(bar, 'c:barDir').attrs['val']).toBe('col');
    expect(child(bar, 'c:grouping').attrs['val']).toBe('percentStacked');
    expect(child(bar, 'c:overlap').attrs['val']).toBe('100');
  });

  it('shows the value axis as 0%–100%, not linked to the counts’ format', () => {
    const numFmt = child(root, 'c:chart/c:plotArea/c:valAx/c:numFmt');
    expect(numFmt.attrs).toMatchObject({ formatCode: '0%', sourceLinked: '0' });
  });

  it('keeps the counts as values (the chart does the division)', () => {
    expect(chartXml(SHARES, SHEET, CELLS)).toContain(`<c:f>'${SHEET}'!$B$2:$B$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>5</c:v>`);
  });
});
