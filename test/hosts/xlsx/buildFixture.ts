/**
 * Builds test/fixtures/school-features.xlsx: a school workbook with the features a re-save by
 * ExcelJS would lose or break — a native chart and an image (one drawing), a comment, a data
 * validation, a workbook defined name, a merged title row, number/date formats, rich text, a
 * hyperlink, formulas with cached results (one an error), a hidden and a protected sheet.
 * Cells come from ExcelJS; the chart is added by hand as a real chart part in the drawing.
 *
 *   npx tsx test/hosts/xlsx/buildFixture.ts
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFile } from 'node:fs/promises';
import { chartXml, drawingXml } from '../../../src/hosts/xlsx/charts/index.js';
import type { ChartSpec } from '../../../src/sheets/output.js';

export const FIXTURE = new URL('../../fixtures/school-features.xlsx', import.meta.url);
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

async function cells(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '教科室';
  const roster = wb.addWorksheet('教师名册');
  roster.mergeCells('A1:F1');
  roster.getCell('A1').value = '2023学年第一学期 教师名册';
  roster.getCell('A1').font = { bold: true, size: 14 };
  roster.getCell('A1').alignment = { horizontal: 'center' };
  roster.getRow(2).values = ['工号', '姓名', '教研组', '入职日期', '课时', '备注'];
  roster.getRow(2).font = { bold: true };
  const rows: [string, string, string, Date, number][] = [
    ['T001', '张三', '语文组', new Date(Date.UTC(2015, 8, 1)), 12],
    ['T002', '李四', '数学组', new Date(Date.UTC(2018, 1, 15)), 14.5],
    ['T003', '王五', '语文组', new Date(Date.UTC(2020, 8, 1)), 10],
  ];
  rows.forEach((r, i) => {
    const row = roster.getRow(3 + i);
    row.values = r;
    row.getCell(4).numFmt = 'yyyy"年"m"月"d"日"';
    row.getCell(5).numFmt = '0.0';
  });
  roster.getCell('F3').value = { richText: [{ text: '骨干' }, { font: { bold: true }, text: '教师' }] };
  roster.getCell('F4').value = { text: '学校主页', hyperlink: 'https://example.edu.cn/' };
  roster.getCell('G3').value = { formula: 'E3*2', result: 24 };
  roster.getCell('G4').value = { formula: 'NA()', result: { error: '#N/A' } };
  roster.getCell('G5').value = '=1+1';
  roster.getCell('B3').note = '组长';
  roster.getCell('C3').dataValidation = { type: 'list', allowBlank: true, formulae: ['"语文组,数学组,英语组"'] };
  wb.definedNames.add("'教师名册'!$B$3:$B$5", '教师列表');

  const signin = wb.addWorksheet('签到表');
  signin.addRow(['教研组', '出勤', '缺勤']);
  signin.addRow(['语文组', 30, 2]);
  signin.addRow(['数学组', 28, 4]);
  signin.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'H2:I4');

  wb.addWorksheet('隐藏', { state: 'hidden' }).addRow(['隐藏的数据', 1]);
  const locked = wb.addWorksheet('保护');
  locked.addRow(['受保护', 2]);
  await locked.protect('', {});
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const CHART: ChartSpec = {
  id: 'signin-chart',
  kind: 'column',
  title: '出勤',
  categories: { top: 1, left: 0, bottom: 2, right: 0 },
  series: [{ name: '出勤', nameCell: { row: 0, column: 1 }, values: { top: 1, left: 1, bottom: 2, right: 1 } }],
  anchor: { top: 5, left: 0, bottom: 18, right: 6 },
};

/** Adds a chart part to the drawing ExcelJS wrote for the image on 签到表. */
async function withChart(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const drawingPath = Object.keys(zip.files).find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
  if (!drawingPath) throw new Error('ExcelJS wrote no drawing for the image');
  const relsPath = drawingPath.replace('drawings/', 'drawings/_rels/') + '.rels';
  const rels = await zip.file(relsPath)!.async('string');
  const anchor = /<xdr:twoCellAnchor>[\s\S]*<\/xdr:twoCellAnchor>/.exec(drawingXml([{ spec: CHART, relId: 'rIdChart1' }]))![0];
  const drawing = await zip.file(drawingPath)!.async('string');
  zip.file(drawingPath, drawing.replace(/<\/xdr:wsDr>\s*$/, `${anchor}</xdr:wsDr>`));
  zip.file(relsPath, rels.replace('</Relationships>', '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>'));
  zip.file('xl/charts/chart1.xml', chartXml(CHART, '签到表', [['教研组', '出勤', '缺勤'], ['语文组', 30, 2], ['数学组', 28, 4]]));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(FIXTURE, await withChart(await cells()));
  console.log(`wrote ${FIXTURE.pathname}`);
}
