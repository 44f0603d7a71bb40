import { describe, expect, it } from 'vitest';
import { quoteSheetName, rangeCells, rangeFormula } from '../../../../src/hosts/xlsx/charts/rangeFormula.js';

describe('rangeFormula', () => {
  it.each([
    [{ top: 1, left: 0, bottom: 7, right: 0 }, "'图表'!$A$2:$A$8"],
    [{ top: 0, left: 1, bottom: 0, right: 1 }, "'图表'!$B$1"],
    [{ top: 9, left: 26, bottom: 9, right: 30 }, "'图表'!$AA$10:$AE$10"],
  ])('%j → %s', (range, formula) => {
    expect(rangeFormula('图表', range)).toBe(formula);
  });

  it.each([
    ['图表', "'图表'"],
    ["O'Neil", "'O''Neil'"],
    ["''", "''''''"],
  ])('quotes sheet name %s as %s', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it('lists the cells of a range row by row', () => {
    expect(rangeCells({ top: 0, left: 0, bottom: 1, right: 1 })).toEqual([
      { row: 0, column: 0 },
      { row: 0, column: 1 },
      { row: 1, column: 0 },
      { row: 1, column: 1 },
    ]);
  });
});
