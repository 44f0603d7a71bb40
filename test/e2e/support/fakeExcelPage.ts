/**
 * Bundled into the page before it loads (browser tests, Excel mode): the in-memory Excel of
 * test/hosts/excel over an almost empty workbook, reachable as `window.__book` for assertions.
 */
import { FakeBook, installFakeExcel } from '../../hosts/excel/fakeExcel.js';

const book = new FakeBook();
book.addSheet('Sheet1');
book.activeSheet = 'Sheet1';
installFakeExcel(book);
(window as unknown as { __book: FakeBook }).__book = book;
