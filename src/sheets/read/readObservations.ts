/**
 * 听课记录 (SPEC §3.3): 日期, 听课人, 授课人, 学科, 课题, 课型, 级别, 评课 (是/否).
 * One row = one observer at one lesson. Observer and teacher are identified separately (names only;
 * `张伟(T012)` carries a 工号); an unidentified person is null, the other side still counts.
 */
import type { Observation } from '../../engine/model.js';
import type { SheetCells } from './sheetCells.js';
import type { SheetSpec } from './header.js';
import type { Identity } from './identity.js';
import { identifyRow, personAt } from './identity.js';
import { isTotalLabel } from './sheetCells.js';
import { readLevel } from '../words/level.js';

export const OBSERVATIONS_SPEC: SheetSpec = {
  columns: ['date', 'observer', 'teacher', 'subject', 'topic', 'lessonType', 'level', 'reviewed'],
  required: [['observer'], ['teacher']],
};

/** 听课人 not identified, 授课人 identified: what the row still counts for. */
const OBSERVER_NOT_COUNTED = '这一行不计入其听课节数（授课人的课照常计入）';
/** 授课人 not identified, 听课人 identified (issue 20: the rows did count for each observer). */
const TEACHER_NOT_COUNTED = '这一行仍计入听课人的听课节数，只是不计作其所授的课';

/** Read 听课记录; returns the observations and the number of data rows read. */
export function readObservations(cells: SheetCells, identity: Identity): { observations: Observation[]; rowsRead: number } {
  const observations: Observation[] = [];
  let rowsRead = 0;
  for (const i of cells.dataRows()) {
    rowsRead++;
    const observer = personAt(cells, i, null, 'observer');
    if (isTotalLabel(observer.name)) continue;
    const date = cells.periodDate(i, 'date', false);
    if (date === 'bad') continue;
    const levelText = cells.text(i, 'level');
    const level = readLevel(levelText);
    if (level === null) {
      cells.issue('unknown-level', i, cells.column('level'), { value: levelText });
      continue;
    }
    const taught = personAt(cells, i, null, 'teacher');
    // SPEC §3: each side is identified on its own, and the message says what the row still counts for.
    const observerKnown = observer.name !== '' && identity.match('', observer.name).kind === 'teacher';
    const taughtKnown = taught.name !== '' && identity.match('', taught.name).kind === 'teacher';
    const observerKey = observer.name === ''
      ? null
      : identifyRow(cells, identity, i, observer, taughtKnown ? OBSERVER_NOT_COUNTED : undefined);
    const teacherKey = taught.name === ''
      ? null
      : identifyRow(cells, identity, i, taught, observerKnown ? TEACHER_NOT_COUNTED : undefined);
    if (observerKey === null && teacherKey === null) {
      if (observer.name === '' && taught.name === '') cells.issue('missing-name', i, observer.nameColumn);
      continue;
    }
    const lessonType = cells.text(i, 'lessonType');
    observations.push({
      date,
      observerKey,
      teacherKey,
      subject: cells.text(i, 'subject'),
      topic: cells.text(i, 'topic'),
      // Whether it is an open class is the rule 公开课课型's call (src/engine/rules.ts).
      lessonType,
      level,
      reviewed: cells.yesNo(i, 'reviewed'),
      source: { sheet: cells.sheet, row: cells.rowNumber(i) },
    });
  }
  return { observations, rowsRead };
}
