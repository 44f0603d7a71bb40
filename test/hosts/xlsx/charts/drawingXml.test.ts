import { describe, expect, it } from 'vitest';
import { drawingXml } from '../../../../src/hosts/xlsx/charts/drawingXml.js';
import { ALL_CHARTS, BINS, TIERS } from './sampleCharts.js';
import { child, childNames, descendants, parseXml } from './xmlTree.js';

const anchors = ALL_CHARTS.map((spec, i) => ({ spec, relId: `rId${i + 1}` }));
const root = parseXml(drawingXml(anchors));
const frames = descendants(root, 'xdr:twoCellAnchor');

describe('drawingXml', () => {
  it('writes one two-cell anchor per chart under xdr:wsDr', () => {
    expect(root.name).toBe('xdr:wsDr');
    expect(root.attrs['xmlns:xdr']).toBe('http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing');
    expect(childNames(root)).toEqual(['xdr:twoCellAnchor', 'xdr:twoCellAnchor', 'xdr:twoCellAnchor']);
  });

  it.each([
    // anchor G1:N18 (inclusive) → from (col 6,row 0) to the far edge of N18 = (col 14,row 18)
    { i: 0, from: ['6', '0'], to: ['14', '18'] },
    { i: 1, from: ['6', '19'], to: ['14', '37'] },
  ])('chart $i spans its anchor range including the bottom-right cell', ({ i, from, to }) => {
    const a = frames[i]!;
    expect([child(a, 'xdr:from/xdr:col').text, child(a, 'xdr:from/xdr:row').text]).toEqual(from);
    expect([child(a, 'xdr:to/xdr:col').text, child(a, 'xdr:to/xdr:row').text]).toEqual(to);
    expect(child(a, 'xdr:to/xdr:colOff').text).toBe('0');
  });

  it('keeps the schema order inside each anchor and frame', () => {
    const a = frames[0]!;
    expect(childNames(a)).toEqual(['xdr:from', 'xdr:to', 'xdr:graphicFrame', 'xdr:clientData']);
    expect(childNames(child(a, 'xdr:from'))).toEqual(['xdr:col', 'xdr:colOff', 'xdr:row', 'xdr:rowOff']);
    expect(childNames(child(a, 'xdr:graphicFrame'))).toEqual(['xdr:nvGraphicFramePr', 'xdr:xfrm', 'a:graphic']);
  });

  it('gives every frame a unique cNvPr id, named by the stable spec id with the title as alt text', () => {
    const props = frames.map((a) => child(a, 'xdr:graphicFrame/xdr:nvGraphicFramePr/xdr:cNvPr').attrs);
    expect(new Set(props.map((p) => p['id'])).size).toBe(3);
    expect(props[0]).toMatchObject({ name: TIERS.id, descr: TIERS.title });
  });

  it('links each frame to its chart part by relationship id', () => {
    const data = frames.map((a) => child(a, 'xdr:graphicFrame/a:graphic/a:graphicData'));
    expect(data[0]!.attrs['uri']).toBe('http://schemas.openxmlformats.org/drawingml/2006/chart');
    expect(data.map((d) => child(d, 'c:chart').attrs['r:id'])).toEqual(['rId1', 'rId2', 'rId3']);
  });

  it('escapes names and titles', () => {
    const spec = { ...BINS, id: 'a&b', title: `A&B<"'>` };
    const cNvPr = child(parseXml(drawingXml([{ spec, relId: 'rId9' }])), 'xdr:twoCellAnchor/xdr:graphicFrame/xdr:nvGraphicFramePr/xdr:cNvPr');
    expect(cNvPr.attrs).toMatchObject({ name: 'a&b', descr: `A&B<"'>` });
  });

  it('writes an empty drawing for no charts', () => {
    expect(parseXml(drawingXml([])).children).toEqual([]);
  });

  it('refuses an anchor whose bottom-right is above or left of its top-left (a bug in the caller)', () => {
    const spec = { ...BINS, anchor: { top: 5, left: 3, bottom: 2, right: 8 } };
    expect(() => drawingXml([{ spec, relId: 'rId1' }])).toThrow(/invalid anchor/);
  });
});
