import { describe, expect, it } from 'vitest';
import { WorksheetScanner, type ScanContext } from '../../../../src/hosts/xlsx/read/worksheetScanner.js';
import { parseDateCell } from '../../../../src/sheets/normalize/date.js';
import { toTable } from '../../../../src/hosts/xlsx/read/sheetReader.js';
import type { SheetEntry } from '../../../../src/hosts/xlsx/package/workbookPart.js';

const CTX: ScanContext = { sharedStrings: ['张三', '语文组'], dateStyles: [false, true], date1904: false };

function scan(xml: string, chunk = xml.length, ctx = CTX) {
  const scanner = new WorksheetScanner(ctx);
  for (let i = 0; i < xml.length; i += chunk) scanner.push(xml.slice(i, i + chunk));
  return scanner.finish();
}

const SHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" s="1"><v>45175</v></c><c r="D2"><f>1+1</f><v>2</v></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><r><t>骨干</t></r><r><rPr><b/></rPr><t xml:space="preserve">教师 </t></r><rPh sb="0" eb="1"><t>ゴ</t></rPh></is></c>' +
  '<c r="B3" t="e"><f>NA()</f><v>#N/A</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="str"><f>A1</f><v>a&amp;b_x000D_</v></c><c r="E3"><f>X()</f></c></row>' +
  '</sheetData><sheetProtection sheet="1" objects="1"/></worksheet>';

describe('WorksheetScanner', () => {
  it('reads shared strings, date styles, formulas (cached), inline rich text, errors, booleans', () => {
    const { rows, protected: isProtected } = scan(SHEET);
    expect(rows[1]).toEqual([null, '张三', new Date(Date.UTC(2023, 8, 6)), 2]);
    expect(rows[2]).toEqual(['骨干教师 ', '#N/A', true, 'a&b\r']);
    expect(isProtected).toBe(true);
  });

  it.each([1, 2, 7, 64])('gives the same result when the text arrives in %i-character chunks', (chunk) => {
    expect(scan(SHEET, chunk)).toEqual(scan(SHEET));
  });

  it('places rows and cells written without an r attribute after the previous one', () => {
    const { rows } = scan('<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row><x:row r="4"><x:c r="C4"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>');
    expect(rows[0]).toEqual([1, '语文组']);
    expect(rows[3]).toEqual([null, null, 3, 4]);
  });

  it('reads dates of the 1904 system', () => {
    const { rows } = scan('<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>0</v></c></row></sheetData></worksheet>', 5, { ...CTX, date1904: true });
    expect(rows[0]).toEqual([new Date(Date.UTC(1904, 0, 1))]);
  });

  it('continues a row written twice, and gives each row an array of its own', () => {
    const { rows } = scan('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row><row r="1"><c r="C1"><v>3</v></c></row></sheetData></worksheet>', 9);
    expect(rows[0]).toEqual([1, null, 3]);
    expect(rows[1]).toEqual([null, 2]);
    expect(rows[0]).not.toBe(rows[1]);
  });

  it('shares one Date between the cells of the same day', () => {
    const { rows } = scan('<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>45175</v></c><c r="B1" s="1"><v>45175</v></c><c r="C1" s="1"><v>45176</v></c></row></sheetData></worksheet>');
    expect(rows[0]?.[0]).toBe(rows[0]?.[1]);
    expect(rows[0]?.[2]).toEqual(new Date(Date.UTC(2023, 8, 7)));
  });
});

describe('t="d" cells (ISO 8601) are handed over as the text they are (issue 19 item 8)', () => {
  it.each([
    ['2023-09-06', '2023-09-06', { kind: 'full', iso: '2023-09-06' }],
    ['2023-09-06T00:00:00Z', '2023-09-06', { kind: 'full', iso: '2023-09-06' }],
    ['2023-09-06T00:00:00.000', '2023-09-06', { kind: 'full', iso: '2023-09-06' }],
    // a time zone never moves the day
    ['2023-09-06T07:00:00+08:00', '2023-09-06 07:00:00', { kind: 'full', iso: '2023-09-06' }],
    ['2023-09-06T23:30:00-05:00', '2023-09-06 23:30:00', { kind: 'full', iso: '2023-09-06' }],
    // no day Feb 30th: the sheets layer says so, as for a typed date
    ['2023-02-30', '2023-02-30', { kind: 'bad' }],
    ['2023-13-01T00:00:00Z', '2023-13-01', { kind: 'bad' }],
    ['下周三', '下周三', { kind: 'bad' }],
  ])('%s reads as %j', (raw, text, date) => {
    const { rows } = scan(`<worksheet><sheetData><row r="1"><c r="A1" t="d"><v>${raw}</v></c></row></sheetData></worksheet>`);
    expect(rows[0]).toEqual([text]);
    expect(parseDateCell(rows[0]?.[0])).toEqual(date);
  });
});

describe('rows sized by the cells present (issue 19 item 6)', () => {
  it('keeps a row of close cells dense, blanks as null', () => {
    const { rows, left } = scan('<worksheet><sheetData><row r="1"><c r="B1"><v>1</v></c><c r="E1"><v>2</v></c></row></sheetData></worksheet>');
    expect(rows[0]).toEqual([null, 1, null, null, 2]);
    expect(left).toBe(1);
  });

  it('gives a row of cells from A with no gap its values in order, and a cell written twice its last value', () => {
    const { rows } = scan(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" s="1"><v>45175</v></c></row>' +
        '<row r="2"><c r="A2"><v>1</v></c><c r="A2"><v>2</v></c></row><row r="3"><c r="A3"><v>1</v></c><c r="C3"><v>3</v></c><c r="B3"><v>2</v></c></row></sheetData></worksheet>',
    );
    expect(rows[0]).toEqual([1, '张三', new Date(Date.UTC(2023, 8, 6))]);
    expect(rows[1]).toEqual([2]);
    expect(rows[2]).toEqual([1, 2, 3]);
  });

  it('keeps a row with a value in XFD holey: its cells, not 16,384', () => {
    const { rows } = scan('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="XFD1" t="inlineStr"><is><t> </t></is></c></row></sheetData></worksheet>');
    const row = rows[0] ?? [];
    expect(row).toHaveLength(16_384);
    expect(Object.keys(row)).toEqual(['0', '1', '16383']);
    expect([row[0], row[1], row[16_383], row[2]]).toEqual([1, 2, ' ', undefined]);
  });
});

describe('hidden rows (Table.hiddenRows, SPEC §3)', () => {
  const XML = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2" hidden="1"><c r="A2" t="s"><v>1</v></c></row>' +
    '<row r="3" hidden="true" customHeight="1"/><row r="4" spans="1:2" hidden="0"><c r="B4"><v>4</v></c></row></sheetData></worksheet>';

  it('records the rows marked hidden="1" or "true"', () => {
    expect(scan(XML).hiddenRows).toEqual([1, 2]);
  });

  it('gives the Table the hidden rows that hold a value, as 1-based sheet rows', () => {
    const table = toTable({ name: '教师名册', state: 'visible' } as SheetEntry, scan(XML));
    expect(table.hiddenRows).toEqual([2]);
    expect(toTable({ name: 'x', state: 'visible' } as SheetEntry, scan(SHEET)).hiddenRows).toBeUndefined();
  });
});
