import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { blankPackage } from '../../../../src/hosts/xlsx/package/blankPackage.js';
import { XlsxHost } from '../../../../src/hosts/xlsx/xlsxHost.js';
import { RESULTS } from '../sampleOutputs.js';
import { packageProblems, partBytes } from '../structure.js';

const FIXTURE = new URL('../../../fixtures/school-features.xlsx', import.meta.url);

/** The fixture with some parts rewritten by `edit`. */
async function variant(bytes: Uint8Array, edit: (name: string, text: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const f of Object.values(zip.files)) {
    if (f.dir || !/\.(xml|rels)$/.test(f.name)) continue;
    zip.file(f.name, edit(f.name, await f.async('string')));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

async function text(bytes: Uint8Array, part: string): Promise<string> {
  return Buffer.from((await partBytes(bytes)).get(part)!).toString('utf8');
}

describe('workbook index edits', () => {
  it('writes into a workbook.xml that uses a namespace prefix (x:workbook)', async () => {
    const prefixed = await variant(new Uint8Array(await readFile(FIXTURE)), (name, xml) =>
      name === 'xl/workbook.xml' ? xml.replace(/<(\/?)(?!\?)([a-zA-Z]+[\s>/])/g, '<$1x:$2').replace('xmlns="', 'xmlns:x="') : xml,
    );
    const host = await XlsxHost.open(prefixed);
    expect((await host.listSheets()).map((s) => s.name)).toContain('签到表');
    await host.writeOutputs([RESULTS]);
    const saved = await host.save();
    expect(await packageProblems(saved)).toEqual([]);
    const workbook = await text(saved, 'xl/workbook.xml');
    expect(workbook).toContain('<x:sheet name="考核结果" sheetId="5" r:id="rId8"/>');
    expect(workbook).toContain('<x:definedName name="_YanxiuOutputs" hidden="1">');
    expect((await host.readSheet('考核结果')).rows[1]?.[2]).toBe('张三');
  });

  it('renumbers localSheetId of a school sheet placed after our outputs', async () => {
    const host = await XlsxHost.open(new Uint8Array(await readFile(FIXTURE)));
    await host.writeOutputs([RESULTS]);
    // insertSheets puts 备注 before our sheet; then the school drags it after ours. Its print titles
    // are a sheet-local defined name, whose localSheetId is a sheet index.
    await host.insertSheets([{ name: '备注', cells: [['说明']], print: { orientation: 'portrait', titleRows: [0, 0] } }]);
    const moved = await variant(await host.save(), (name, xml) =>
      name === 'xl/workbook.xml' ? xml.replace(/(<sheet name="备注"[^>]*\/>)(<sheet name="考核结果"[^>]*\/>)/, '$2$1').replace('localSheetId="4">\'备注\'', 'localSheetId="5">\'备注\'').replace('localSheetId="5">\'考核结果\'', 'localSheetId="4">\'考核结果\'') : xml,
    );
    const again = await XlsxHost.open(moved);
    await again.writeOutputs([RESULTS]);
    const workbook = await text(await again.save(), 'xl/workbook.xml');
    expect((await again.listSheets()).map((s) => s.name).slice(-2)).toEqual(['备注', '考核结果']);
    expect(workbook).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="4">\'备注\'!$1:$1</definedName>');
    expect(workbook).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="5">\'考核结果\'!$1:$1</definedName>');
  });

  it('writes strict OOXML parts into a strict workbook', async () => {
    const strict = await variant(await blankPackage(), (_, xml) =>
      xml
        .replaceAll('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main')
        .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'),
    );
    const host = await XlsxHost.open(strict);
    await host.writeOutputs([RESULTS]);
    const saved = await host.save();
    expect(await packageProblems(saved)).toEqual([]);
    expect(await text(saved, 'xl/worksheets/sheet1.xml')).toContain('xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
    expect(await text(saved, 'xl/_rels/workbook.xml.rels')).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet"');
    expect((await host.readSheet('考核结果')).rows[0]?.[0]).toBe('教研组');
  });

  it('appends styles without renumbering the school’s, and reuses them on a re-run', async () => {
    const original = new Uint8Array(await readFile(FIXTURE));
    const before = await text(original, 'xl/styles.xml');
    const host = await XlsxHost.open(original);
    await host.writeOutputs([RESULTS]);
    const once = await text(await host.save(), 'xl/styles.xml');
    await host.writeOutputs([RESULTS]);
    const twice = await text(await host.save(), 'xl/styles.xml');
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*)<\/cellXfs>/.exec(xml)![1]!;
    expect(xfs(once).startsWith(xfs(before))).toBe(true);
    expect(twice).toBe(once);
  });

  it('structure check reports a dangling relationship and a malformed part', async () => {
    const broken = await variant(new Uint8Array(await readFile(FIXTURE)), (name, xml) =>
      name === 'xl/_rels/workbook.xml.rels' ? xml.replace('worksheets/sheet4.xml', 'worksheets/sheet9.xml') : name === 'xl/worksheets/sheet3.xml' ? xml.replace('</sheetData>', '') : xml,
    );
    const problems = await packageProblems(broken);
    expect(problems.some((p) => p.includes('missing xl/worksheets/sheet9.xml'))).toBe(true);
    expect(problems.some((p) => p.startsWith('not well-formed'))).toBe(true);
  });
});
