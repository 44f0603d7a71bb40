/**
 * The smallest valid .xlsx package (no sheets yet), the start of `XlsxHost.create()` for the
 * template and demo commands. Sheets are then added by the same path as outputs to a school's file.
 */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32.js';
import { DEFLATE_LEVEL } from './partCodec.js';
import { joinBytes } from './joinBytes.js';
import { zipChunks } from './zipWriter.js';
import { CONTENT_TYPE, mainNs, PACKAGE_RELS_NS, CONTENT_TYPES_NS, relationshipsNs } from './ooxmlNames.js';

const MAIN = mainNs('transitional');
const R = relationshipsNs('transitional');
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Default font: 等线 11, Excel's default for zh-CN since 2016; fills 0 and 1 are required by Excel. */
export const BLANK_STYLES =
  XML_DECL +
  `<styleSheet xmlns="${MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Bytes of an empty workbook package. */
export function blankPackage(): Promise<Uint8Array> {
  const parts: [string, string][] = [];
  const part = (name: string, text: string): void => {
    parts.push([name, text]);
  };
  part(
    '[Content_Types].xml',
    XML_DECL +
      `<Types xmlns="${CONTENT_TYPES_NS}">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="${CONTENT_TYPE.coreProperties}"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${CONTENT_TYPE.extendedProperties}"/>` +
      '</Types>',
  );
  part(
    '_rels/.rels',
    XML_DECL +
      `<Relationships xmlns="${PACKAGE_RELS_NS}">` +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/>` +
      '</Relationships>',
  );
  part(
    'docProps/app.xml',
    XML_DECL +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<Application>研修考核助手</Application></Properties>',
  );
  part(
    'docProps/core.xml',
    XML_DECL +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      '<dc:creator>研修考核助手</dc:creator></cp:coreProperties>',
  );
  part(
    'xl/workbook.xml',
    XML_DECL + `<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`,
  );
  part('xl/_rels/workbook.xml.rels', XML_DECL + `<Relationships xmlns="${PACKAGE_RELS_NS}"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/></Relationships>`);
  part('xl/styles.xml', BLANK_STYLES);
  const date = new Date();
  return Promise.resolve(
    joinBytes(
      zipChunks(
        parts.map(([name, text]) => {
          const bytes = new TextEncoder().encode(text);
          return { name, method: 8, data: deflateSync(bytes, { level: DEFLATE_LEVEL }), crc32: crc32(bytes), size: bytes.length, date };
        }),
      ),
    ),
  );
}
