import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PlainCell, PlainRow, PlainValue, readPlainCell, readPlainRow } from '../../../../src/hosts/xlsx/read/plainMarkup.js';
import { WorksheetScanner, type ScanContext } from '../../../../src/hosts/xlsx/read/worksheetScanner.js';

const CTX: ScanContext = { sharedStrings: ['张三', '', '语文组'], dateStyles: [false, true, false, true], date1904: false };

function read(xml: string): { end: number; cell: PlainCell } {
  const cell = new PlainCell();
  return { end: readPlainCell(xml, 0, cell), cell };
}

/** The scanner's result, or the error it threw, with the text cut into chunks at `cuts`. */
function scan(xml: string, cuts: readonly number[], shortcuts: boolean, ctx = CTX): unknown {
  const scanner = new WorksheetScanner(ctx, { shortcuts });
  try {
    let from = 0;
    for (const cut of [...cuts, xml.length]) {
      scanner.push(xml.slice(from, cut));
      from = cut;
    }
    return scanner.finish();
  } catch (error) {
    return { thrown: (error as Error).constructor.name, message: (error as Error).message };
  }
}

const sheet = (cells: string) => `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

describe('readPlainCell', () => {
  it.each([
    ['a shared string', '<c r="B2" s="3" t="s"><v>12</v></c>', { column: 1, style: 3, value: PlainValue.SharedString, number: 12 }],
    ['a number without t', '<c r="AB7"><v>45174</v></c>', { column: 27, style: 0, value: PlainValue.Number, number: 45174 }],
    ['t="n" and lower-case letters', '<c r="xfd3" t="n"><v>7</v></c>', { column: 16_383, style: 0, value: PlainValue.Number, number: 7 }],
    ['a decimal with an exponent', '<c r="A1"><v>-1.25E-3</v></c>', { column: 0, style: 0, value: PlainValue.Number, number: -0.00125 }],
    ['an integer too long to add up exactly', '<c r="A1"><v>12345678901234567890</v></c>', { column: 0, style: 0, value: PlainValue.Number, number: Number('12345678901234567890') }],
    ['a self-closing cell', '<c r="C1" s="2"/>', { column: 2, style: 2, value: PlainValue.None, number: 0 }],
    ['an empty cell', '<c r="C1" t="s"></c>', { column: 2, style: 0, value: PlainValue.None, number: 0 }],
    ['a cell without r', '<c t="s"><v>0</v></c>', { column: -1, style: 0, value: PlainValue.SharedString, number: 0 }],
  ])('reads %s', (_label, xml, cell) => {
    const { end, cell: out } = read(xml);
    expect(end).toBe(xml.length);
    expect({ ...out }).toEqual(cell);
  });

  it.each([
    ['a prefixed cell', '<x:c r="A1"><v>1</v></c>'],
    ['another element', '<col min="1"/>'],
    ['single quotes', "<c r='A1'><v>1</v></c>"],
    ['two spaces', '<c  r="A1"><v>1</v></c>'],
    ['a line feed', '<c\nr="A1"><v>1</v></c>'],
    ['spaces around =', '<c r = "A1"><v>1</v></c>'],
    ['another attribute', '<c r="A1" cm="1"><v>1</v></c>'],
    ['a repeated attribute', '<c r="A1" r="B1"><v>1</v></c>'],
    ['t="str"', '<c r="A1" t="str"><v>x</v></c>'],
    ['t="inlineStr"', '<c r="A1" t="inlineStr"><is><t>x</t></is></c>'],
    ['a formula', '<c r="A1"><f>1+1</f><v>2</v></c>'],
    ['an entity', '<c r="A1"><v>&#49;</v></c>'],
    ['white space around a number', '<c r="A1"><v> 1</v></c>'],
    ['an empty value', '<c r="A1"><v></v></c>'],
    ['an infinite number', '<c r="A1"><v>1e999</v></c>'],
    ['a shared-string index with a sign', '<c r="A1" t="s"><v>-1</v></c>'],
    ['a reference without letters', '<c r="12"><v>1</v></c>'],
    ['a reference without digits', '<c r="A"><v>1</v></c>'],
    ['row 0', '<c r="A0"><v>1</v></c>'],
    ['a row beyond the sheet', '<c r="A1048577"><v>1</v></c>'],
    ['a column beyond XFD', '<c r="XFE1"><v>1</v></c>'],
    ['four letters', '<c r="AAAA1"><v>1</v></c>'],
    ['an empty style', '<c r="A1" s=""><v>1</v></c>'],
    ['`/ >`', '<c r="A1"/ >'],
    ['a second value', '<c r="A1"><v>1</v><v>2</v></c>'],
    ['a cell cut short', '<c r="A1"><v>1</v></'],
  ])('declines %s', (_label, xml) => {
    expect(read(xml).end).toBe(-1);
  });

  it('reads only the cell at `at`, and only up to its end', () => {
    const cell = new PlainCell();
    const xml = '<row><c r="B1"><v>5</v></c><c r="C1"><v>6</v></c>';
    expect(readPlainCell(xml, 5, cell)).toBe(27);
    expect(cell.number).toBe(5);
  });
});

describe('readPlainRow', () => {
  const row = (xml: string) => {
    const out = new PlainRow();
    return { end: readPlainRow(xml, 0, out), row: { ...out } };
  };

  it.each([
    ['an Excel row', '<row r="5" spans="1:8" x14ac:dyDescent="0.25">', { row: 5, hidden: false }],
    ['a hidden row', '<row r="1048576" hidden="1" customHeight="1">', { row: 1_048_576, hidden: true }],
    ['hidden="true", r last, self-closing', '<row hidden="true" r="7"/>', { row: 7, hidden: true }],
    ['hidden="0"', '<row r="4" hidden="0">', { row: 4, hidden: false }],
    ['a row without attributes', '<row>', { row: -1, hidden: false }],
  ])('reads %s', (_label, xml, expected) => {
    expect(row(xml)).toEqual({ end: xml.length, row: expected });
  });

  it.each([
    ['a prefixed row', '<x:row r="1">'],
    ['another element', '<rows r="1">'],
    ['single quotes', "<row r='1'>"],
    ['two spaces', '<row  r="1">'],
    ['a repeated r', '<row r="1" r="2">'],
    ['a repeated hidden', '<row hidden="0" hidden="1">'],
    ['r with a space', '<row r=" 1">'],
    ['row 0', '<row r="0">'],
    ['a row beyond the sheet', '<row r="1048577">'],
    ['an empty r', '<row r="">'],
    ['an entity in a value', '<row r="1" spans="1&amp;8">'],
    ['a tag cut short', '<row r="1" spans="1:8"'],
  ])('declines %s', (_label, xml) => {
    expect(row(xml).end).toBe(-1);
  });
});

describe('the scanner gives what the tokenizer alone gives', () => {
  const SAMPLE = sheet(
    '<c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45175</v></c><c r="C1" t="s"><v>1</v></c><c><v>3.5</v></c><c r="E1" s="3"/>' +
      '<!-- <c r="F1"><v>9</v></c> --><c r="G1"><v><![CDATA[7]]></v></c><x:c r="H1"><x:v>8</x:v></x:c><c r="I1" t="s"><v>2</v></c>',
  );

  const ROWS =
    '<worksheet><sheetData><row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c></row><row r="3" hidden="1"><c r="B3"><v>2</v></c>' +
    '</row><row><c><v>4</v></c><c t="s"><v>2</v></c></row><row r="2" hidden="true"/><row r="2"><c r="C2"><v>5</v></c></row></sheetData></worksheet>';

  it.each([
    ['cells', SAMPLE],
    ['rows', ROWS],
  ])('wherever one cut falls (%s)', (_label, xml) => {
    const whole = scan(xml, [], false);
    for (let cut = 0; cut <= xml.length; cut++) expect(scan(xml, [cut], true)).toStrictEqual(whole);
  });

  it.each([
    ['a shared string that does not exist', '<c r="A1" t="s"><v>3</v></c>'],
    ['a column beyond XFD', '<c r="XFE1"><v>1</v></c>'],
    ['a row beyond the sheet', '<c r="A1048577"><v>1</v></c>'],
    ['a cell without r after XFD', '<c r="XFD1"><v>1</v></c><c><v>2</v></c>'],
    ['a row without r after the last row', '</row><row r="1048576"><c r="A1048576"><v>1</v></c></row><row><c r="A1"><v>2</v></c>'],
    ['a row beyond the sheet', '</row><row r="1048577"><c r="A1"><v>1</v></c>'],
  ])('refuses %s the same way', (_label, cells) => {
    const xml = sheet(cells);
    const slow = scan(xml, [], false);
    expect(slow).toHaveProperty('thrown', 'XlsxFileError');
    for (let cut = 0; cut <= xml.length; cut++) expect(scan(xml, [cut], true)).toStrictEqual(slow);
  });

  it('on any sheet, cut anywhere', () => {
    const ref = fc.constantFrom('', ' r="B2"', ' r="b2"', ' r="C2"', ' r="XFD2"', ' r="XFE2"', ' r="A0"', ' r="A1048577"', ' r="12"', ' r=""', ' r="A01"', " r='D2'", '  r="E2"');
    const style = fc.constantFrom('', ' s="0"', ' s="1"', ' s="3"', ' s=""', ' s="x"', ' s="01"');
    const type = fc.constantFrom('', '', ' t="s"', ' t="s"', ' t="n"', ' t="str"', ' t="b"', ' t="e"', ' t="d"', ' t="inlineStr"', ' t="S"');
    const body = fc.constantFrom(
      '/>',
      '></c>',
      '><v>0</v></c>',
      '><v>1</v></c>',
      '><v>2</v></c>',
      '><v>7</v></c>',
      '><v>45175</v></c>',
      '><v>-0</v></c>',
      '><v>1.5E+3</v></c>',
      '><v>1e999</v></c>',
      '><v></v></c>',
      '><v>&#49;</v></c>',
      '><v> 1 </v></c>',
      '><v>2023-09-06T07:00:00+08:00</v></c>',
      '><v>123456789012345678</v></c>',
      '><f>1+1</f><v>2</v></c>',
      '><v>1</v><v>2</v></c>',
      '><is><t>x&amp;y</t></is></c>',
      '><v><![CDATA[5]]></v></c>',
    );
    const cell = fc.tuple(fc.constantFrom('<c', '<c', '<x:c'), ref, style, type, body).map(([open, r, s, t, rest]) => `${open}${r}${s}${t}${open === '<x:c' ? rest.replace(/<(\/?)([vfc])>/g, '<$1x:$2>') : rest}`);
    const filler = fc.constantFrom(
      '',
      '',
      '\n',
      '<!-- <c r="A1"><v>1</v></c> -->',
      '<?pi <c?>',
      '</row><row>',
      '</row><row r="3" hidden="1">',
      '</row><row r="2" spans="1:8" x14ac:dyDescent="0.25">',
      '</row><row r="2" hidden="true"/>',
      "</row><row r='4'>",
      '</row><row  r="5">',
      '</row><row r="6" r="7">',
      '</row><row r=" 8">',
      '</row><row r="0">',
      '</row><x:row r="9">',
      '</x:row><row r="10">',
      '</row><row r="1048577">',
    );
    const xml = fc.array(fc.tuple(cell, filler), { maxLength: 12 }).map((cells) => sheet(cells.map(([c, f]) => c + f).join('')));
    fc.assert(
      fc.property(xml, fc.array(fc.nat(), { maxLength: 4 }), (text, rawCuts) => {
        const cuts = [...new Set(rawCuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        expect(scan(text, cuts, true)).toStrictEqual(scan(text, [], false));
      }),
      { numRuns: 1500 },
    );
  });
});
