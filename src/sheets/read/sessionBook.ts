/**
 * Sessions and attendance records collected from either sign-in shape (SPEC §3.2), with one record
 * per (teacher, session): a second row keeps the better status (attended > excused > absent) and
 * raises `duplicate-attendance` (DingTalk-style exports list 签到 and 签退).
 */
import type { AttendanceRecord, Expected, IsoDate, Session, SourceRef } from '../../engine/model.js';
import type { SheetCells } from './sheetCells.js';
import { statusRank } from '../words/status.js';

export class SessionBook {
  readonly sessions: Session[] = [];
  readonly attendance: AttendanceRecord[] = [];
  /** 日期 → 活动 → session: nested, so a row's lookup builds no key string (1,000,000 rows). */
  private readonly sessionByDate = new Map<IsoDate, Map<string, Session>>();
  /** sessionKey → teacherKey → index in `attendance` (nested: no per-row key string to build). */
  private readonly recordIndex = new Map<string, Map<string, number>>();
  /** The previous row's session and its records: the rows of one session usually follow each other. */
  private lastSession: Session | undefined;
  private lastRecordsKey = '';
  private lastRecords: Map<string, number> | undefined;

  /** The session of (日期, 活动), created at its first row. */
  session(date: IsoDate, title: string, expected: Expected, hours: number | null, source: SourceRef): Session {
    const last = this.lastSession;
    if (last !== undefined && last.date === date && last.title === title) return last;
    let byTitle = this.sessionByDate.get(date);
    if (byTitle === undefined) {
      byTitle = new Map();
      this.sessionByDate.set(date, byTitle);
    }
    let session = byTitle.get(title);
    if (session === undefined) {
      session = { key: `${date}|${title}`, date, title, expected, hours, source };
      byTitle.set(title, session);
      this.sessions.push(session);
    }
    this.lastSession = session;
    return session;
  }

  /**
   * Add one record; a duplicate keeps the better status and raises `duplicate-attendance` at `index`.
   * @param teacherName for the message.
   */
  add(record: AttendanceRecord, teacherName: string, cells: SheetCells, index: number, column: string | undefined, quiet = false): void {
    let byTeacher = record.sessionKey === this.lastRecordsKey ? this.lastRecords : this.recordIndex.get(record.sessionKey);
    if (byTeacher === undefined) {
      byTeacher = new Map();
      this.recordIndex.set(record.sessionKey, byTeacher);
    }
    this.lastRecordsKey = record.sessionKey;
    this.lastRecords = byTeacher;
    const at = byTeacher.get(record.teacherKey);
    if (at === undefined) {
      byTeacher.set(record.teacherKey, this.attendance.length);
      this.attendance.push(record);
      return;
    }
    // Check-in exports list every punch of a day (签到, 签退): one attendance, nothing to warn about.
    if (!quiet) cells.issue('duplicate-attendance', index, column, { name: teacherName, session: record.sessionKey.replace('|', ' ') });
    const kept = this.attendance[at];
    if (kept !== undefined && statusRank(record.status) > statusRank(kept.status)) this.attendance[at] = record;
  }
}
