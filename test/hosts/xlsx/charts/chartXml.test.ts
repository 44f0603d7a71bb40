import { describe, expect, it } from 'vitest';
import { chartXml } from '../../../../src/hosts/xlsx/charts/chartXml.js';
import type { ChartSpec } from '../../../../src/sheets/output.js';
import { AVERAGES, BINS, CELLS, SHEET, TIERS } from './sampleCharts.js';
import { child, childNames, descendants, parseXml, type XmlNode } from './xmlTree.js';

const chart = (spec: ChartSpec, cells = CELLS, sheet = SHEET): XmlNode => parseXml(chartXml(spec, sheet, cells));
const barChart = (root: XmlNode) => child(root, 'c:chart/c:plotArea/c:barChart');
const val = (root: XmlNode, path: string) => child(root, path).attrs['val'];

describe('chartXml', () => {
  it.each([TIERS, BINS, AVERAGES])('writes a well-formed chartSpace for $kind', (spec) => {
    const root = chart(spec);
    expect(root.name).toBe('c:chartSpace');
    expect(root.attrs['xmlns:c']).toBe('http://schemas.openxmlformats.org/drawingml/2006/chart');
    expect(chartXml(spec, SHEET)).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>/);
  });

  describe('bar direction and grouping follow the kind', () => {
    it.each([
      { spec: TIERS, barDir: 'col', grouping: 'stacked', overlap: '100' },
      { spec: BINS, barDir: 'col', grouping: 'clustered', overlap: undefined },
      { spec: AVERAGES, barDir: 'bar', grouping: 'clustered', overlap: undefined },
    ])('$spec.kind → barDir=$barDir grouping=$grouping overlap=$overlap', ({ spec, barDir, grouping, overlap }) => {
      const bar = barChart(chart(spec));
      expect(val(bar, 'c:barDir')).toBe(barDir);
      expect(val(bar, 'c:grouping')).toBe(grouping);
      expect(bar.children.find((c) => c.name === 'c:overlap')?.attrs['val']).toBe(overlap);
      expect(val(bar, 'c:varyColors')).toBe('0');
    });

    it.each([
      { spec: TIERS, catPos: 'b', valPos: 'l', orientation: 'minMax', crosses: 'autoZero' },
      { spec: BINS, catPos: 'b', valPos: 'l', orientation: 'minMax', crosses: 'autoZero' },
      // Bars read top-down like the table; the value axis stays at the bottom.
      { spec: AVERAGES, catPos: 'l', valPos: 'b', orientation: 'maxMin', crosses: 'max' },
    ])('$spec.kind puts categories at $catPos and values at $valPos', ({ spec, catPos, valPos, orientation, crosses }) => {
      const plot = child(chart(spec), 'c:chart/c:plotArea');
      expect(val(plot, 'c:catAx/c:axPos')).toBe(catPos);
      expect(val(plot, 'c:catAx/c:scaling/c:orientation')).toBe(orientation);
      expect(val(plot, 'c:valAx/c:axPos')).toBe(valPos);
      expect(val(plot, 'c:valAx/c:crosses')).toBe(crosses);
    });
  });

  describe('series reference the sheet so the chart stays live', () => {
    const sers = descendants(chart(TIERS), 'c:ser');

    it.each([
      { i: 0, name: "'图表'!$B$1", values: "'图表'!$B$2:$B$4" },
      { i: 1, name: "'图表'!$C$1", values: "'图表'!$C$2:$C$4" },
      { i: 3, name: "'图表'!$E$1", values: "'图表'!$E$2:$E$4" },
    ])('series $i: name $name, values $values', ({ i, name, values }) => {
      const ser = sers[i]!;
      expect(val(ser, 'c:idx')).toBe(String(i));
      expect(val(ser, 'c:order')).toBe(String(i));
      expect(child(ser, 'c:tx/c:strRef/c:f').text).toBe(name);
      expect(child(ser, 'c:cat/c:strRef/c:f').text).toBe("'图表'!$A$2:$A$4");
      expect(child(ser, 'c:val/c:numRef/c:f').text).toBe(values);
    });

    it('quotes a sheet name containing an apostrophe by doubling it', () => {
      const ser = descendants(chart(BINS, CELLS, "O'Neil 表"), 'c:ser')[0]!;
      expect(child(ser, 'c:val/c:numRef/c:f').text).toBe("'O''Neil 表'!$B$8:$B$12");
    });

    it('writes a literal name when the series has no name cell', () => {
      const spec = { ...BINS, series: [{ name: '人数', values: BINS.series[0]!.values }] };
      const ser = descendants(chart(spec), 'c:ser')[0]!;
      expect(child(ser, 'c:tx/c:v').text).toBe('人数');
    });
  });

  describe('caches', () => {
    it('fills category, value and name caches from the given cells', () => {
      const ser = descendants(chart(TIERS), 'c:ser')[3]!;
      const cats = child(ser, 'c:cat/c:strRef/c:strCache');
      expect(val(cats, 'c:ptCount')).toBe('3');
      expect(descendants(cats, 'c:v').map((v) => v.text)).toEqual(['语文组', '数学组', '英语组']);
      const nums = child(ser, 'c:val/c:numRef/c:numCache');
      expect(child(nums, 'c:formatCode').text).toBe('General');
      expect(descendants(nums, 'c:v').map((v) => v.text)).toEqual(['1', '0', '2']);
      expect(child(ser, 'c:tx/c:strRef/c:strCache/c:pt/c:v').text).toBe('不合格');
    });

    it('keeps decimals exactly and leaves text or empty value cells as gaps', () => {
      const cells = CELLS.map((r) => [...r]);
      cells[15]![1] = '缺';
      const ser = descendants(chart(AVERAGES, cells), 'c:ser')[0]!;
      const nums = child(ser, 'c:val/c:numRef/c:numCache');
      expect(val(nums, 'c:ptCount')).toBe('3');
      expect(descendants(nums, 'c:pt').map((p) => [p.attrs['idx'], child(p, 'c:v').text])).toEqual([
        ['0', '18.5'],
        ['2', '19.25'],
      ]);
    });

    it('writes no value caches without cells, but still caches the series name from the spec', () => {
      const ser = descendants(parseXml(chartXml(TIERS, SHEET)), 'c:ser')[0]!;
      expect(childNames(child(ser, 'c:cat/c:strRef'))).toEqual(['c:f']);
      expect(childNames(child(ser, 'c:val/c:numRef'))).toEqual(['c:f']);
      expect(child(ser, 'c:tx/c:strRef/c:strCache/c:pt/c:v').text).toBe('优秀');
    });
  });

  describe('text', () => {
    it('escapes the title, axis titles and names and they parse back unchanged', () => {
      const nasty = `A&B<"'>`;
      const spec: ChartSpec = {
        ...BINS,
        title: nasty,
        valueAxisTitle: nasty,
        series: [{ name: nasty, values: BINS.series[0]!.values }],
      };
      const xml = chartXml(spec, SHEET, CELLS);
      expect(xml).toContain("A&amp;B&lt;&quot;'&gt;");
      const root = parseXml(xml);
      expect(child(root, 'c:chart/c:title/c:tx/c:rich/a:p/a:r/a:t').text).toBe(nasty);
      expect(child(root, 'c:chart/c:plotArea/c:valAx/c:title/c:tx/c:rich/a:p/a:r/a:t').text).toBe(nasty);
      expect(child(descendants(root, 'c:ser')[0]!, 'c:tx/c:v').text).toBe(nasty);
    });

    it('names a Latin and an East Asian typeface on the title run', () => {
      const rPr = child(chart(TIERS), 'c:chart/c:title/c:tx/c:rich/a:p/a:r/a:rPr');
      expect(rPr.attrs['lang']).toBe('zh-CN');
      expect(childNames(rPr)).toEqual(['a:latin', 'a:ea']);
      expect(child(rPr, 'a:ea').attrs['typeface']).toBe('Microsoft YaHei');
    });

    it('rotates the title of the vertical axis only', () => {
      const plot = child(chart(TIERS), 'c:chart/c:plotArea');
      expect(child(plot, 'c:valAx/c:title/c:tx/c:rich/a:bodyPr').attrs['rot']).toBe('-5400000');
      expect(child(plot, 'c:catAx/c:title/c:tx/c:rich/a:bodyPr').attrs['rot']).toBeUndefined();
    });

    it('deletes the automatic title when the title is empty', () => {
      const c = child(chart({ ...BINS, title: '' }), 'c:chart');
      expect(childNames(c)[0]).toBe('c:autoTitleDeleted');
      expect(val(c, 'c:autoTitleDeleted')).toBe('1');
    });
  });

  describe('legend', () => {
    it.each([
      { legend: 'right', pos: 'r' },
      { legend: 'bottom', pos: 'b' },
      { legend: undefined, pos: 'b' },
    ] as const)('legend $legend → legendPos $pos, never overlaying the plot', ({ legend, pos }) => {
      const { legend: _drop, ...rest } = TIERS;
      const spec: ChartSpec = legend === undefined ? rest : { ...rest, legend };
      const leg = child(chart(spec), 'c:chart/c:legend');
      expect(val(leg, 'c:legendPos')).toBe(pos);
      expect(val(leg, 'c:overlay')).toBe('0');
    });

    it("writes no legend for 'none'", () => {
      expect(childNames(child(chart(BINS), 'c:chart'))).not.toContain('c:legend');
    });
  });

  describe('series look', () => {
    it('fills each series with its colour', () => {
      const ser = descendants(chart(TIERS), 'c:ser')[0]!;
      expect(val(ser, 'c:spPr/a:solidFill/a:srgbClr')).toBe('C6EFCE');
    });

    it('refuses a colour that is not 6 hex digits (a bug in the caller)', () => {
      const spec = { ...BINS, series: [{ ...BINS.series[0]!, color: '#5B9BD5' }] };
      expect(() => chartXml(spec, SHEET)).toThrow(/6 hex digits/);
    });

    it.each([
      { spec: TIERS, pos: 'ctr', numFmt: '0;-0;;@' },
      { spec: BINS, pos: 'outEnd', numFmt: undefined },
    ])('$spec.kind data labels sit at $pos', ({ spec, pos, numFmt }) => {
      const labels = child(descendants(chart(spec), 'c:ser')[0]!, 'c:dLbls');
      expect(val(labels, 'c:dLblPos')).toBe(pos);
      expect(val(labels, 'c:showVal')).toBe('1');
      expect(labels.children.find((c) => c.name === 'c:numFmt')?.attrs['formatCode']).toBe(numFmt);
    });

    it('writes no data labels unless asked', () => {
      expect(descendants(chart(AVERAGES), 'c:dLbls')).toEqual([]);
    });
  });
});

describe('chartXml value axis', () => {
  it.each([
    ['stacked column', TIERS],
    ['column', BINS],
    ['clustered bar', AVERAGES],
  ])('starts the %s value axis at zero, so group differences are not exaggerated', (_kind, spec) => {
    expect(val(chart(spec), 'c:chart/c:plotArea/c:valAx/c:scaling/c:min')).toBe('0');
  });
});
