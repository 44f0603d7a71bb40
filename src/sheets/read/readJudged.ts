/**
 * 考核登记 (SPEC §3.5): one row per teacher — 学习笔记 grade, 读书未交, 读书扣分, 活动得分, 二次培训,
 * 违纪扣分, 未完成任务 (是/否), 集体加分. Blank numbers are 0; a second row for a teacher is ignored.
 */
import type { JudgedRecord } from '../../engine/model.js';
import type { SheetCells } from './sheetCells.js';
import type { SheetSpec } from './header.js';
import type { Identity } from './identity.js';
import type { ColumnKey } from '../words/vocabulary.js';
import { teacherOfRow } from './identity.js';
import { readGrade } from '../words/grade.js';
import { columnName } from './header.js';

export const JUDGED_COLUMNS: readonly ColumnKey[] = [
  'notes', 'readingMissed', 'readingDeduction', 'activityPoints', 'retraining', 'discipline', 'taskIncomplete', 'collectiveBonus',
];

export const JUDGED_SPEC: SheetSpec = {
  columns: ['id', 'name', ...JUDGED_COLUMNS],
  required: [['name', 'id'], JUDGED_COLUMNS],
};

/** The judged items a record gives, by the column that holds them (to compare two sheets' rows). */
const ITEM_COLUMNS: readonly (readonly [keyof JudgedRecord, ColumnKey])[] = [
  ['notesGrade', 'notes'], ['readingMissed', 'readingMissed'], ['readingDeduction', 'readingDeduction'],
  ['activityPoints', 'activityPoints'], ['retrainingBonus', 'retraining'], ['disciplineDeduction', 'discipline'],
  ['taskIncomplete', 'taskIncomplete'], ['collectiveBonus', 'collectiveBonus'],
];

/**
 * The items on which two judged records of one teacher differ, as `学习笔记 优秀/良好` (SPEC §3: two
 * sheets that give one teacher different judged values are an error naming both).
 * @example judgedDifferences(a, b) // ['读书未交 0/2']
 */
export function judgedDifferences(first: JudgedRecord, second: JudgedRecord): string[] {
  const show = (v: unknown): string => (v === null ? '空' : v === true ? '是' : v === false ? '否' : String(v));
  return ITEM_COLUMNS.filter(([field]) => first[field] !== second[field])
    .map(([field, column]) => `${columnName(column)} ${show(first[field])}/${show(second[field])}`);
}

/** Read one 考核登记 sheet; returns the records and the number of data rows read. */
export function readJudged(
  cells: SheetCells,
  identity: Identity,
  /**
   * Shared by every 考核登记 sheet: a teacher's first record. A second row on the same sheet is ignored
   * (`duplicate-judged`); one on another sheet that gives other values is `judged-conflict`, an error.
   */
  firstByTeacher = new Map<string, JudgedRecord>(),
): { judged: JudgedRecord[]; rowsRead: number } {
  const judged: JudgedRecord[] = [];
  let rowsRead = 0;
  const amount = (i: number, key: ColumnKey, nonNegative = false): number => {
    const value = cells.number(i, key, '0', { nonNegative });
    return value === null || value === 'bad' ? 0 : value;
  };
  // A deduction typed as a negative number (−2) means the same as 2: the sign is in the column name.
  const deduction = (i: number, key: ColumnKey): number => Math.abs(amount(i, key));
  for (const i of cells.dataRows()) {
    rowsRead++;
    const found = teacherOfRow(cells, identity, i);
    if (found === null) continue;
    const { key: teacherKey, person } = found;
    const row = cells.rowNumber(i);
    const first = firstByTeacher.get(teacherKey);
    if (first !== undefined && first.source.sheet === cells.sheet) {
      cells.issue('duplicate-judged', i, person.nameColumn, { name: person.name || person.id, firstRow: first.source.row });
      continue;
    }
    const gradeText = cells.text(i, 'notes');
    const notesGrade = gradeText === '' ? null : readGrade(gradeText);
    if (gradeText !== '' && notesGrade === null) cells.issue('unknown-grade', i, cells.column('notes'), { value: gradeText });
    const record: JudgedRecord = {
      teacherKey,
      notesGrade,
      readingMissed: amount(i, 'readingMissed', true), // a count: −2 is an issue, never +6 points
      readingDeduction: deduction(i, 'readingDeduction'),
      activityPoints: amount(i, 'activityPoints'),
      retrainingBonus: amount(i, 'retraining'),
      disciplineDeduction: deduction(i, 'discipline'),
      taskIncomplete: cells.yesNo(i, 'taskIncomplete') ?? false,
      collectiveBonus: amount(i, 'collectiveBonus'),
      source: { sheet: cells.sheet, row },
    };
    if (first !== undefined) {
      // Another sheet: the same values are one record; other values are never settled silently.
      const differences = judgedDifferences(first, record);
      if (differences.length > 0) {
        cells.issue('judged-conflict', i, person.nameColumn, {
          name: person.name || person.id, firstSheet: first.source.sheet, firstRow: first.source.row, differences: differences.join('，'),
        });
      }
      continue;
    }
    firstByTeacher.set(teacherKey, record);
    judged.push(record);
  }
  return { judged, rowsRead };
}
