/**
 * Input sheets read since the workbook last changed, for the standalone page's file worker.
 * 检查数据 reads every input sheet and 开始计算 reads them all again right after — at 20,000 teachers
 * each read of the 50 MB file is ~30 s of the worker — so a run after a check reuses the check's
 * tables. Writing or inserting sheets through the cached host forgets everything read.
 */
import type { Host } from '../app/host.js';
import type { Table } from '../sheets/table.js';

export class ReadCache {
  private tables = new Map<string, Promise<Table>>();

  /** Forget every table (a new or changed workbook). */
  forget(): void {
    this.tables = new Map();
  }

  /** `book`, its sheets read at most once until it changes. */
  host(book: Host): Host {
    const changing = <T>(change: Promise<T>): Promise<T> => {
      this.forget();
      return change;
    };
    return {
      listSheets: () => book.listSheets(),
      // The ownership record decides which sheets are ours (app/inspect.ts): never lose it here.
      ...(book.outputSheets === undefined ? {} : { outputSheets: () => book.outputSheets?.() ?? Promise.resolve([]) }),
      readSheet: (name) => {
        let table = this.tables.get(name);
        if (!table) {
          const read = book.readSheet(name);
          table = read;
          this.tables.set(name, read);
          // A failed read is not kept: the next call tries again (and reports the error again).
          read.catch(() => {
            if (this.tables.get(name) === read) this.tables.delete(name);
          });
        }
        return table;
      },
      writeOutputs: (sheets) => changing(book.writeOutputs(sheets)),
      insertSheets: (sheets) => changing(book.insertSheets(sheets)),
      ...(book.writeCreditRows === undefined ? {} : { writeCreditRows: (write) => changing(book.writeCreditRows?.(write) ?? Promise.resolve()) }),
    };
  }
}
