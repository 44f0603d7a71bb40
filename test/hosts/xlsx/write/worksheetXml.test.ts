import { describe, expect, it } from 'vitest';
import { worksheetXml } from '../../../../src/hosts/xlsx/write/worksheetXml.js';
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
