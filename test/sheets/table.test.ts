import { describe, expect, it } from 'vitest';
import { eachCell, type CellValue } from '../../src/sheets/table.js';

/** A row with values at the given columns and holes elsewhere (as a host hands a stray far cell). */
function holey(cells: Record<number, CellValue>): CellValue[] {
  const row: CellValue[] = [];
  for (const [c, v] of Object.entries(cells)) row[Number(c)] = v;
  return row;
}

const visited = (row: CellValue[], from?: number) => {
  const out: [number, CellValue][] = [];
  eachCell(row, (v, c) => void out.push([c, v]), from);
  return out;
};

describe('eachCell walks a row by the cells it holds (SPEC §11: a stray cell costs one cell)', () => {
  it.each<[string, CellValue[], number | undefined, [number, CellValue][]]>([
    ['a short dense row, blanks included', ['a', null, 'b'], undefined, [[0, 'a'], [1, null], [2, 'b']]],
    ['a short row from a column', ['a', null, 'b'], 1, [[1, null], [2, 'b']]],
    ['a short holey row skips its holes', holey({ 0: 'a', 5: 'b' }), undefined, [[0, 'a'], [5, 'b']]],
    ['a row with a value in XFD: its cells, in column order', holey({ 16_383: ' ', 0: '张三', 1: 2 }), undefined, [[0, '张三'], [1, 2], [16_383, ' ']]],
    ['the same row from column 2', holey({ 0: '张三', 1: 2, 16_383: ' ' }), 2, [[16_383, ' ']]],
    ['an empty row', [], undefined, []],
  ])('%s', (_label, row, from, expected) => {
    expect(visited(row, from)).toEqual(expected);
  });
});
