/**
 * Input sheets read since the workbook last changed, and their last parse, for the standalone page's
 * file worker. 检查数据 reads every input sheet and 开始计算 reads them all again right after — at
 * 20,000 teachers each read of the 50 MB file is ~30 s of the worker — so a run after a check reuses
 * the check's tables, and, when the rules and the school year are the same, its parse (lastParse.ts).
 * Writing or inserting sheets through the cached host forgets everything read and parsed.
 */
import type { Host } from '../app/host.js';
import type { ParseTables } from '../app/inspect.js';
import { LastParse } from '../app/lastParse.js';
import type { Table } from '../sheets/table.js';

export class ReadCache {
  private tables = new Map<string, Promise<Table>>();
  private readonly parses = new LastParse();

  /** readTables, giving back the last parse of the same tables, ownership record, override and school year. */
  readonly parse: ParseTables = (tables, options) => this.parses.parse(tables, options);

  /** Forget every table and the parse (a new or changed workbook). */
  forget(): void {
    this.tables = new Map();
    this.parses.forget();
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
