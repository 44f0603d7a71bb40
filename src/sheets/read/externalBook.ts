/**
 * 外出学习 records from 签到表 rows of 类型 外出学习 and from the 外出学习 sheet (SPEC §3.2: added together).
 * The same teacher, date and training twice counts once (best status), like a duplicate sign-in.
 */
import type { ExternalRecord } from '../../engine/model.js';
import type { SheetCells } from './sheetCells.js';
import { statusRank } from '../words/status.js';

export class ExternalBook {
  readonly records: ExternalRecord[] = [];
  private readonly indexByKey = new Map<string, number>();

  add(record: ExternalRecord, teacherName: string, cells: SheetCells, index: number, column: string | undefined): void {
    // Undated rows cannot be told apart from a second day of the same training: all are kept.
    if (record.date === null) {
      this.records.push(record);
      return;
    }
    const key = `${record.teacherKey}\u0000${record.date}|${record.title}`;
    const at = this.indexByKey.get(key);
    if (at === undefined) {
      this.indexByKey.set(key, this.records.length);
      this.records.push(record);
      return;
    }
    cells.issue('duplicate-attendance', index, column, { name: teacherName, session: `${record.date} ${record.title}` });
    const kept = this.records[at];
    if (kept !== undefined && statusRank(record.status) > statusRank(kept.status)) this.records[at] = record;
  }
}
