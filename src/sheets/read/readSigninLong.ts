/**
 * 签到表, long shape (SPEC §3.2): one row per teacher per session —
 * 日期, 活动, 类型, 工号, 姓名, 状态, 学时, 参加对象.
 */
import type { SheetCells } from './sheetCells.js';
import type { HeaderMatch, SheetSpec } from './header.js';
import { headerKey } from '../normalize/text.js';
import { CHECKIN_TIME_HEADERS } from '../words/vocabulary.js';
import type { Identity } from './identity.js';
import type { SessionBook } from './sessionBook.js';
import type { ExternalBook } from './externalBook.js';
import { identifyRow, personAt } from './identity.js';
import { isTotalLabel } from './sheetCells.js';
import { NotExpectedNotes, statusAt } from './rowStatus.js';
import { SessionTargets } from './targets.js';
import { readSessionType } from '../words/sessionType.js';
import { externalTraining, type HoursFallbacks } from './hoursFallback.js';

export const SIGNIN_LONG_SPEC: SheetSpec = {
  columns: ['date', 'title', 'type', 'id', 'name', 'status', 'hours', 'target'],
  required: [['date'], ['name', 'id']],
};

export interface SigninContext {
  /** Set once the roster is read (the runner reads it before any sign-in sheet). */
  identity: Identity;
  rosterGroups: ReadonlySet<string>;
  sessions: SessionBook;
  external: ExternalBook;
  /** Rule 每天学时 (`半天`, `1.5天` in an hours cell), set once the rules are read. */
  hoursPerDay: number;
  /** Hours cells that could not be used, reported with the hours used once every sheet is read. */
  hoursFallbacks: HoursFallbacks;
}

/**
 * Whether a long sheet is a check-in export (SPEC §3.2: DingTalk, WeCom): its 日期 is a 签到时间 /
 * 打卡时间 column and it has no 活动 column.
 */
export function isCheckinExport(header: HeaderMatch): boolean {
  const date = header.columns.date;
  return header.columns.title === undefined && date !== undefined && CHECKIN_KEYS.has(headerKey(date.header));
}

const CHECKIN_KEYS: ReadonlySet<string> = new Set(CHECKIN_TIME_HEADERS.map(headerKey));

/**
 * Read a long-shape sign-in sheet into `ctx`; returns the number of data rows read. A check-in export
 * names each day's session `checkinTitle` (its title row or sheet name), and a teacher's several
 * check-ins of one day are one attendance.
 */
export function readSigninLong(cells: SheetCells, ctx: SigninContext, checkinTitle: string | null = null): number {
  const checkin = checkinTitle !== null && isCheckinExport(cells.header);
  const targets = new SessionTargets(ctx.rosterGroups);
  const reportedTargets = new Set<string>();
  const statusRef = cells.header.columns.status;
  const notExpected = new NotExpectedNotes();
  let rowsRead = 0;
  for (const i of cells.dataRows()) {
    rowsRead++;
    const person = personAt(cells, i, 'id', 'name');
    if (isTotalLabel(person.name)) continue;
    const source = { sheet: cells.sheet, row: cells.rowNumber(i) };
    let type = readSessionType(cells.text(i, 'type'));
    if (type === 'unknown') {
      cells.issue('unknown-type', i, cells.column('type'), { value: cells.text(i, 'type') });
      type = 'internal';
    }
    const date = cells.date(i, 'date');
    if (date === 'bad') continue;
    const title = checkin ? (checkinTitle ?? '') : cells.text(i, 'title');
    let sessionKey: string | null = null;
    if (type === 'internal') {
      if (date === null) {
        cells.issue('missing-date', i, cells.column('date'));
        continue;
      }
      // The session exists once any row names it, even if that row's teacher is not identified.
      sessionKey = ctx.sessions.session(date, title, { kind: 'all' }, null, source).key;
      const targetText = cells.text(i, 'target');
      if (targetText !== '') {
        const read = targets.add(sessionKey, targetText);
        if (read?.kind === 'groups') {
          for (const name of read.unknown) {
            if (reportedTargets.has(`${sessionKey}|${name}`)) continue;
            reportedTargets.add(`${sessionKey}|${name}`);
            cells.issue('unknown-target-group', i, cells.column('target'), { value: name });
          }
        }
      }
    }
    const teacherKey = identifyRow(cells, ctx.identity, i, person);
    if (teacherKey === null) continue;
    const status = statusRef === undefined ? 'present' : statusAt(cells, i, statusRef.index, statusRef.header, 'present');
    const hoursRead = cells.hours(i, 'hours', ctx.hoursPerDay);
    const hours = typeof hoursRead === 'object' ? null : hoursRead;
    // hoursText only when the cell could not be used; written out, not spread: one record per row.
    const hoursText = hoursRead !== null && typeof hoursRead === 'object' ? hoursRead.text : undefined;
    if (hoursRead !== null && typeof hoursRead === 'object') {
      if (sessionKey === null) ctx.hoursFallbacks.external(hoursRead, externalTraining(date, title));
      else ctx.hoursFallbacks.session(hoursRead, sessionKey);
    }
    if (sessionKey === null) {
      const record = hoursText === undefined ? { teacherKey, date, title, status, hours, source } : { teacherKey, date, title, status, hours, hoursText, source };
      ctx.external.add(record, person.name, cells, i, person.nameColumn);
    } else {
      if (status === 'notExpected') notExpected.add(i, person.name);
      const record = hoursText === undefined ? { teacherKey, sessionKey, status, hours, source } : { teacherKey, sessionKey, status, hours, hoursText, source };
      ctx.sessions.add(record, person.name, cells, i, person.nameColumn, checkin);
    }
  }
  notExpected.report(cells, statusRef?.header);
  for (const session of ctx.sessions.sessions) {
    const expected = targets.expected.get(session.key);
    if (expected !== undefined && session.source.sheet === cells.sheet) session.expected = expected;
  }
  return rowsRead;
}
