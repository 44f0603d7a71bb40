/**
 * The drawing part (`xl/drawings/drawingN.xml`) that places chart parts on a worksheet:
 * ECMA-376 Part 1 §20.5 (DrawingML – SpreadsheetML Drawing: wsDr, twoCellAnchor, graphicFrame)
 * and §21.2.2.27 (`c:chart`, the link to the chart part by relationship id). Element order and the
 * zeroed `xdr:xfrm` follow XlsxWriter's `drawing.py`; Excel takes the real position from the anchor.
 */
import type { CellRange, ChartSpec } from '../../../sheets/output.js';
import { escapeXml } from '../package/xmlText.js';

export interface ChartAnchor {
  spec: ChartSpec;
  /** Id of the drawing→chart relationship in `xl/drawings/_rels/drawingN.xml.rels`, e.g. `rId1`. */
  relId: string;
}

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const CHART_URI = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

function marker(tag: 'xdr:from' | 'xdr:to', column: number, row: number): string {
  return (
    `<${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></${tag}>`
  );
}

function checkAnchor(range: CellRange, id: string): void {
  const ok =
    [range.top, range.left, range.bottom, range.right].every((n) => Number.isInteger(n) && n >= 0) &&
    range.bottom >= range.top &&
    range.right >= range.left;
  if (!ok) throw new Error(`Chart '${id}' has an invalid anchor ${JSON.stringify(range)}`);
}

function anchorXml({ spec, relId }: ChartAnchor, index: number): string {
  checkAnchor(spec.anchor, spec.id);
  // The anchor range is inclusive, so the frame ends at the far edge of its bottom-right cell,
  // i.e. at offset 0 of the next column and row.
  const { top, left, bottom, right } = spec.anchor;
  // cNvPr ids must be unique within the part; 1 is left for the group, as Excel does.
  // The name is the spec's stable id so a re-run (and Office.js charts.getItem) can find the chart;
  // the title doubles as alt text for screen readers.
  return (
    '<xdr:twoCellAnchor>' +
    marker('xdr:from', left, top) +
    marker('xdr:to', right + 1, bottom + 1) +
    '<xdr:graphicFrame macro="">' +
    '<xdr:nvGraphicFramePr>' +
    `<xdr:cNvPr id="${index + 2}" name="${escapeXml(spec.id)}" descr="${escapeXml(spec.title)}"/>` +
    '<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr>' +
    '</xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_URI}">` +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    `r:id="${escapeXml(relId)}"/>` +
    '</a:graphicData></a:graphic>' +
    '</xdr:graphicFrame>' +
    '<xdr:clientData/>' +
    '</xdr:twoCellAnchor>'
  );
}

/**
 * The whole drawing part: one two-cell anchor with a chart frame per entry, in the given order.
 * @example drawingXml([{ spec, relId: 'rId1' }]) // '<?xml …?><xdr:wsDr …>…</xdr:wsDr>'
 */
export function drawingXml(anchors: readonly ChartAnchor[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr ${NS}>` +
    anchors.map(anchorXml).join('') +
    '</xdr:wsDr>'
  );
}
