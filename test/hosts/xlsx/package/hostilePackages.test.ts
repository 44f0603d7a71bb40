/**
 * Issue 11 items 3 and 4, SPEC §11: every crafted file of the issue is refused as the one "file
 * damaged" error (XlsxFileError) — never another error, never accepted — and comments,
 * processing instructions and CDATA in a worksheet read as XML says.
 */
import { describe, expect, it } from 'vitest';
import { XlsxHost } from '../../../../src/hosts/xlsx/xlsxHost.js';
import { OpcPackage } from '../../../../src/hosts/xlsx/package/opcPackage.js';
import { XlsxFileError } from '../../../../src/hosts/xlsx/package/fileError.js';
import { WorksheetScanner } from '../../../../src/hosts/xlsx/read/worksheetScanner.js';
import { SharedStringsReader } from '../../../../src/hosts/xlsx/read/cellText.js';
import { bytesOf, duplicatedPart, editPart, patchBytes, schoolWorkbook, sheetPart, zipOf } from '../../../robustness/hostileFiles.js';

const signin = (zip: Parameters<typeof sheetPart>[0]) => sheetPart(zip, '签到表');

/** Opens and reads every sheet, as the app does. */
async function readAll(bytes: Uint8Array): Promise<void> {
  const host = await XlsxHost.open(bytes);
  for (const sheet of await host.listSheets()) await host.readSheet(sheet.name);
}

async function refusal(bytes: Uint8Array): Promise<XlsxFileError> {
  const error: unknown = await readAll(bytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(XlsxFileError);
  return error as XlsxFileError;
}

const HOSTILE: [string, () => Promise<Uint8Array>][] = [
  ['a character reference beyond Unicode in a <v>', async () => editPart(await schoolWorkbook(), signin, (x) => x.replace('<v>2</v>', '<v>&#99999999999;</v>'))],
  ['corrupted deflate data in a worksheet', async () => {
    const bytes = await schoolWorkbook();
    const zip = await zipOf(bytes);
    const part = await signin(zip);
    // Deflate data of the sheet part starts after its local header: flip bytes in its middle.
    const at = indexOf(bytes, new TextEncoder().encode(part)) + part.length + 200;
    const out = bytes.slice();
    for (let i = 0; i < 64; i++) out[at + i] = (out[at + i] ?? 0) ^ 0x5a;
    return out;
  }],
  ['a missing sheet part', async () => {
    const zip = await zipOf(await schoolWorkbook());
    zip.remove(await signin(zip));
    return bytesOf(zip);
  }],
  ['a sheet relationship to ../../../etc/passwd', async () => editPart(await schoolWorkbook(), 'xl/_rels/workbook.xml.rels', (x) => x.replace(/Target="worksheets\/sheet2.xml"/, 'Target="../../../etc/passwd"'))],
  ['a sheet relationship with TargetMode="External"', async () => editPart(await schoolWorkbook(), 'xl/_rels/workbook.xml.rels', (x) => x.replace(/Target="worksheets\/sheet2.xml"/, 'Target="file:///etc/passwd" TargetMode="External"'))],
  ['a DOCTYPE in styles.xml', async () => editPart(await schoolWorkbook(), 'xl/styles.xml', (x) => x.replace('?>', '?><!DOCTYPE s [<!ENTITY x "y">]>'))],
  ['a DOCTYPE in a worksheet', async () => editPart(await schoolWorkbook(), signin, (x) => x.replace('?>', '?><!DOCTYPE s [<!ENTITY x "y">]>'))],
  ['a wrong workbook content type', async () => editPart(await schoolWorkbook(), '[Content_Types].xml', (x) => x.replace('spreadsheetml.sheet.main+xml', 'wordprocessingml.document.main+xml'))],
  ['two sheets with one name', async () => editPart(await schoolWorkbook(), 'xl/workbook.xml', (x) => x.replace('name="签到表"', 'name="教师名册"'))],
  ['two sheets whose names differ in case only', async () => {
    const bytes = await editPart(await schoolWorkbook(), 'xl/workbook.xml', (x) => x.replace('name="教师名册"', 'name="Roster"').replace('name="签到表"', 'name="ROSTER"'));
    return bytes;
  }],
  ['a ../ zip entry', async () => {
    const zip = await zipOf(await schoolWorkbook());
    zip.file('xx/evil.xml', '<x/>');
    return patchBytes(await bytesOf(zip), 'xx/evil.xml', '../evil.xml');
  }],
  ['a duplicated worksheet part', async () => {
    const bytes = await schoolWorkbook();
    return duplicatedPart(bytes, await signin(await zipOf(bytes)));
  }],
  ['a cell reference beyond XFD', async () => editPart(await schoolWorkbook(), signin, (x) => x.replace('</sheetData>', '<row r="900"><c r="XFE900" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))],
  ['a row beyond 1048576', async () => editPart(await schoolWorkbook(), signin, (x) => x.replace('</sheetData>', '<row r="1048577"><c t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))],
  ['a worksheet cut off inside a cell', async () => editPart(await schoolWorkbook(), signin, (x) => x.slice(0, x.indexOf('<c ', x.length / 2) + 5))],
  ['a string item longer than Excel allows', async () => editPart(await schoolWorkbook(), signin, (x) => x.replace('</sheetData>', `<row r="900"><c t="inlineStr"><is><t>${'长'.repeat(1_100_000)}</t></is></c></row></sheetData>`))],
];

describe('hostile packages are refused as damaged', () => {
  it.each(HOSTILE)('%s', async (_label, make) => {
    const error = await refusal(await make());
    expect(error.message).toContain('文件已损坏或过大');
    expect(error.message).not.toMatch(/\n\s+at /);
  });
});

describe('inflation budget (SPEC §11: 2 GB in all, checked while inflating)', () => {
  it('stops a sharedStrings bomb by its ratio before it is held', async () => {
    const zip = await zipOf(await schoolWorkbook());
    // 64 MB of one repeated byte: ~1,000× the compressed size.
    const bomb = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    zip.file('xl/sharedStrings.xml', bomb);
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'));
    const before = process.memoryUsage().rss;
    const error = await refusal(await bytesOf(zip, 6));
    expect(error.reason).toBe('too-large');
    // Refused after ~16 MB, not after 64: the part was never held whole.
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);

  it('refuses a package whose parts declare more than 2 GB in all', async () => {
    const bytes = await schoolWorkbook();
    const zip = await zipOf(bytes);
    const part = await signin(zip);
    const pkg = await OpcPackage.load(bytes);
    expect(pkg.has(part)).toBe(true);
    // Patch the central directory's uncompressed size of the sheet part to 0xFFFFFFF0.
    const out = bytes.slice();
    const name = new TextEncoder().encode(part);
    let at = lastIndexOf(out, name);
    // Central directory header: size fields at 24 (uncompressed) before the name at 46.
    at -= 46;
    out.set([0xf0, 0xff, 0xff, 0xff], at + 24);
    const error: unknown = await OpcPackage.load(out).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxFileError);
  });
});

describe('markup that is not data (XML 1.0 §2.5–2.7)', () => {
  it('reads a commented-out row as nothing, a PI as nothing, CDATA as text', async () => {
    const bytes = await editPart(await schoolWorkbook(), signin, (x) =>
      x
        .replace('</sheetData>', '<!-- <row r="500"><c r="B500" t="inlineStr"><is><t>隐形老师</t></is></c></row> --><?pi <row r="501"><c r="B501"><v>1</v></c></row> ?><row r="502"><c r="B502" t="inlineStr"><is><t><![CDATA[<王&李>]]></t></is></c></row></sheetData>'),
    );
    const table = await (await XlsxHost.open(bytes)).readSheet('签到表');
    const texts = table.rows.flatMap((row) => (Array.isArray(row) ? row : []));
    expect(texts).not.toContain('隐形老师');
    expect(table.rows[502 - (table.firstRow ?? 1)]?.[1 - ((table.firstColumn ?? 1) - 1)]).toBe('<王&李>');
    expect(table.rows[501 - (table.firstRow ?? 1)]).toBeUndefined();
  });
});

describe('a stray cell at XFD1048576 (issue 10 item 6)', () => {
  it('costs one short row: the Table holds the cells present, not the used range', async () => {
    const bytes = await editPart(await schoolWorkbook(), signin, (x) => x.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t> </t></is></c></row></sheetData>'));
    const table = await (await XlsxHost.open(bytes)).readSheet('签到表');
    expect(table.rows).toHaveLength(1_048_576);
    const present = table.rows.filter((row) => Array.isArray(row));
    expect(present).toHaveLength(1 + 4 * 30 + 1);
    expect(present.reduce((n, row) => n + row.length, 0)).toBeLessThan(1000 + 16_384);
    expect(table.rows[1_048_575]?.[16_383]).toBe(' ');
  });
});

function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  for (let i = 0; i + needle.length <= bytes.length; i++) {
    let k = 0;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

function lastIndexOf(bytes: Uint8Array, needle: Uint8Array): number {
  for (let i = bytes.length - needle.length; i >= 0; i--) {
    let k = 0;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

describe('parts that once made the reader quadratic (issue 11 item 3) end within the test timeout', () => {
  it('a 2 MB unclosed cell, fed in 16-character chunks', () => {
    const scanner = new WorksheetScanner({ sharedStrings: [], dateStyles: [], date1904: false });
    const xml = `<worksheet><sheetData><row r="1"><c r="A1"><v>${'9'.repeat(500_000)}${'<x a="1">'.repeat(100_000)}`;
    for (let i = 0; i < xml.length; i += 16) scanner.push(xml.slice(i, i + 16));
    // Cut off inside the cell: damaged, found at the end.
    expect(() => scanner.finish()).toThrow();
  });

  it('120,000 unclosed <si> and a megabyte-long junk attribute name', () => {
    const reader = new SharedStringsReader();
    const xml = `<sst>${'<si><t>a'.repeat(120_000)}<si ${'a'.repeat(1_000_000)}></si></sst>`;
    for (let i = 0; i < xml.length; i += 64) reader.push(xml.slice(i, i + 64));
    expect(reader.finish()).toHaveLength(1);
  });
});
