/**
 * 外出学习 sheet (SPEC §3.2), long shape: 日期, 活动, 工号, 姓名, 学时, 状态. Added to the 外出学习
 * rows of 签到表. No 状态 means attended; undated rows are kept (the period cannot exclude them).
 */
import type { SheetCells } from './sheetCells.js';
import type { SheetSpec } from './header.js';
import type { Identity } from './identity.js';
import type { ExternalBook } from './externalBook.js';
import { teacherOfRow } from './identity.js';
import { statusAt } from './rowStatus.js';
import { externalTraining, type HoursFallbacks } from './hoursFallback.js';

export const EXTERNAL_SPEC: SheetSpec = {
  columns: ['date', 'title', 'id', 'name', 'hours', 'status'],
  required: [['name', 'id'], ['date', 'title', 'hours']],
};

/** Read the 外出学习 sheet into `book`; returns the number of data rows read. */
export function readExternal(
  cells: SheetCells, identity: Identity, book: ExternalBook, hours: { perDay: number; fallbacks: HoursFallbacks },
): number {
  const statusRef = cells.header.columns.status;
  let rowsRead = 0;
  for (const i of cells.dataRows()) {
    rowsRead++;
    const found = teacherOfRow(cells, identity, i);
    if (found === null) continue;
    const { key: teacherKey, person } = found;
    const date = cells.periodDate(i, 'date', true);
    if (date === 'bad') continue;
    const title = cells.text(i, 'title');
    const status = statusRef === undefined ? 'present' : statusAt(cells, i, statusRef.index, statusRef.header, 'present');
    const hoursRead = cells.hours(i, 'hours', hours.perDay);
    if (hoursRead !== null && typeof hoursRead === 'object') hours.fallbacks.external(hoursRead, externalTraining(date, title));
    const source = { sheet: cells.sheet, row: cells.rowNumber(i) };
    const rowHours = typeof hoursRead === 'object' ? null : hoursRead;
    const hoursText = hoursRead !== null && typeof hoursRead === 'object' ? { hoursText: hoursRead.text } : {};
    book.add({ teacherKey, date, title, status, hours: rowHours, ...hoursText, source }, person.name, cells, i, person.nameColumn);
  }
  return rowsRead;
}
