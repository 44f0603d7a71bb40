/**
 * Test helper: a minimal real .xlsx with the 图表 fixture table and our three chart parts, put
 * together by hand (ExcelJS for the blank workbook, JSZip for the package surgery) so the parts can
 * be opened by a real application. The product's package writer does the same job in src/hosts/xlsx.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chartXml, drawingXml } from '../../../../src/hosts/xlsx/charts/index.js';
import { ALL_CHARTS, CELLS, SHEET } from './sampleCharts.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items.join('')}</Relationships>`;
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`ExcelJS wrote no ${path}`);
  return file.async('string');
}

/** Builds the sample workbook: one sheet 图表 with the fixture table and three native charts, fitted on one page. */
export async function buildChartWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  CELLS.forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v)));
  sheet.getColumn(1).width = 12;
  sheet.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());

  ALL_CHARTS.forEach((spec, i) => zip.file(`xl/charts/chart${i + 1}.xml`, chartXml(spec, SHEET, CELLS)));
  zip.file('xl/drawings/drawing1.xml', drawingXml(ALL_CHARTS.map((spec, i) => ({ spec, relId: `rId${i + 1}` }))));
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    relsXml(ALL_CHARTS.map((_, i) => ({ id: `rId${i + 1}`, type: 'chart', target: `../charts/chart${i + 1}.xml` }))),
  );
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    relsXml([{ id: 'rIdCharts', type: 'drawing', target: '../drawings/drawing1.xml' }]),
  );

  // CT_Worksheet: <drawing> comes after pageSetup/headerFooter and before tableParts/extLst.
  const sheetXml = await text(zip, 'xl/worksheets/sheet1.xml');
  const at = sheetXml.search(/<legacyDrawing|<tableParts|<extLst|<\/worksheet>/);
  zip.file('xl/worksheets/sheet1.xml', `${sheetXml.slice(0, at)}<drawing r:id="rIdCharts"/>${sheetXml.slice(at)}`);

  const overrides = [
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    ...ALL_CHARTS.map(
      (_, i) =>
        `<Override PartName="/xl/charts/chart${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
    ),
  ];
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));

  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
