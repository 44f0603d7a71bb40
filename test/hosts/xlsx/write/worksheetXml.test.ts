import { describe, expect, it } from 'vitest';
import { worksheetChunks, worksheetXml } from '../../../../src/hosts/xlsx/write/worksheetXml.js';
import { prepareSheet } from '../../../../src/hosts/xlsx/write/preparedSheet.js';
import type { OutputSheet } from '../../../../src/sheets/output.js';

const refs = { mainNs: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', relNs: 'r', xfFor: () => 0, tableRelIds: [] };
const xml = (sheet: OutputSheet): string => new TextDecoder().decode(worksheetXml(prepareSheet(sheet), refs));

describe('worksheet rows (SPEC §7 Print-ready)', () => {
  it.each([
    [[null, 35], '<row r="1">', '<row r="2" ht="35" customHeight="1">'],
    [[19, null], '<row r="1" ht="19" customHeight="1">', '<row r="2">'],
    [[], '<row r="1">', '<row r="2">'],
  ])('writes row heights %j as ht with customHeight (no spreadsheet re-measures a row on open)', (rowHeights, first, second) => {
    const out = xml({ name: '评分明细', cells: [['说明'], ['很长的说明']], rowHeights });
    expect(out).toContain(first);
    expect(out).toContain(second);
  });
});

describe('worksheet cells', () => {
  const styled = (xfFor: (look: object) => number) => (sheet: OutputSheet): string =>
    new TextDecoder().decode(worksheetXml(prepareSheet(sheet), { ...refs, xfFor }));

  it('writes a covered cell even when it is empty, and an uncovered empty cell not at all', () => {
    const out = styled(() => 7)({ name: 'x', cells: [['a', null, '', 3]], formats: [{ range: { top: 0, left: 1, bottom: 1, right: 1 }, bold: true }] });
    expect(out).toContain('<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">a</t></is></c><c r="B1" s="7"/><c r="D1"><v>3</v></c></row>');
    expect(out).toContain('<row r="2"><c r="B2" s="7"/></row>');
    expect(out).toContain('<dimension ref="A1:D2"/>');
  });

  it('gives a sheet with no cells the dimension A1 and no rows', () => {
    const out = xml({ name: 'x', cells: [[null, ''], []] });
    expect(out).toContain('<dimension ref="A1"/>');
    expect(out).toContain('<sheetData></sheetData>');
  });

  it.each([
    ['张三', '张三'],
    ['a<b & "c">', 'a&lt;b &amp; &quot;c&quot;&gt;'],
    ['tab\there\r\nline', 'tab&#9;here&#13;\nline'],
    ['bell\u0007 gone', 'bell gone'],
    ['😀 kept, lone \uD800 dropped', '😀 kept, lone  dropped'],
    ['王_x0041_老师', '王_x005F_x0041_老师'],
  ])('writes the text %j as %j', (text, written) => {
    expect(xml({ name: 'x', cells: [[text]] })).toContain(`<t xml:space="preserve">${written}</t>`);
  });
});

describe('worksheet chunks', () => {
  const sheet = (rows: number): OutputSheet => ({
    name: '评分明细',
    cells: Array.from({ length: rows }, (_, r) => [`教师${r}`, r, '外出学习 15.5 = 30 × 27/60 学时（全校最高 60）']),
    formats: [{ range: { top: 0, left: 1, bottom: rows - 1, right: 1 }, numberFormat: '0.00' }],
  });

  it('are the bytes of the whole part, in several chunks for a large sheet', () => {
    const prepared = prepareSheet(sheet(5_000));
    const chunks = [...worksheetChunks(prepared, refs)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(new TextDecoder().decode(worksheetXml(prepared, refs))).toBe(chunks.map((c) => new TextDecoder().decode(c)).join(''));
  });

  it('are produced as they are asked for, so a deflater can take them one by one', () => {
    // A row's height is read when its <row> is built: count the rows built before the first chunk.
    let built = 0;
    const rowHeights = new Proxy<(number | null)[]>([], {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) built++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const first = worksheetChunks(prepareSheet({ ...sheet(5_000), rowHeights }), refs).next();
    expect(first.done).toBe(false);
    expect(built).toBeGreaterThan(0);
    expect(built).toBeLessThan(1_000);
  });
});
