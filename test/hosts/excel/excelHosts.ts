/**
 * ExcelHosts over the Excel test double, one workbook at a time: each call installs `book` as the
 * global Excel (replacing the previous one) and the double is removed after every test. Call once at
 * the top of a test file: `const excelHostOn = excelHosts();`.
 */
import { afterEach } from 'vitest';
import { ExcelHost } from '../../../src/hosts/excel/excelHost.js';
import { type FakeBook, installFakeExcel } from './fakeExcel.js';

export function excelHosts(): (book: FakeBook) => ExcelHost {
  let uninstall: (() => void) | null = null;
  afterEach(() => {
    uninstall?.();
    uninstall = null;
  });
  return (book) => {
    uninstall?.();
    uninstall = installFakeExcel(book);
    return new ExcelHost();
  };
}
