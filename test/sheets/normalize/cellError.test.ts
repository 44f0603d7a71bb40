import { describe, it, expect } from 'vitest';
import { isFormulaError } from '../../../src/sheets/normalize/cellError.js';

describe('isFormulaError', () => {
  it.each(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!', '#SPILL!', '#CALC!', ' #n/a '])('%s is an Excel error', (v) => {
    expect(isFormulaError(v)).toBe(true);
  });
  it.each(['#1', '# 备注', 'N/A', 0, null])('%s is not', (v) => {
    expect(isFormulaError(v)).toBe(false);
  });
});
