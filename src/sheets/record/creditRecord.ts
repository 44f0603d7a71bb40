/**
 * record-credits (SPEC §7): this term's credits as 学分登记 rows, and the edit that puts them into the
 * workbook — appended after the sheet's rows, replacing exactly the rows written for the same term
 * before (their 来源 is `研修考核助手 <学年> <学期>`), touching no other row. Pure: the host writes.
 */
import type { ScoreRun } from '../../engine/model.js';
import type { Rules } from '../../engine/rules.js';
import { termCredits } from '../../engine/credits.js';
import { isRecordOrigin, recordOrigin, schoolYearLabel, termLabel, type SchoolTerm } from '../../engine/schoolTerm.js';
import type { CellValue, Table } from '../table.js';
import type { ColumnKey } from '../words/vocabulary.js';
import { findHeader } from '../read/header.js';
import { CREDITS_SPEC } from '../read/readCredits.js';
import { cellText } from '../normalize/text.js';

/** The columns of a 学分登记 the product creates (the template's, SPEC §3.7). */
export const CREDIT_SHEET_COLUMNS: readonly string[] = ['工号', '姓名', '学年', '学期', '类别', '学分', '来源'];
const FIELDS: readonly ColumnKey[] = ['id', 'name', 'schoolYear', 'term', 'category', 'credits', 'origin'];

/** One row to record, by field. */
export interface CreditEntry {
  id: string | null;
  name: string;
  category: '校本' | '其他';
  credits: number;
}

/**
 * This term's entries: 校本 for every teacher (上报学时 / 每学分学时, 0 for 不合格, so the ledger shows
 * the term was assessed), 其他 when attended 外出学习 gives credits.
 * @example termEntries(run, rules)[0] // { id: 'T001', name: '张三', category: '校本', credits: 4 }
 */
export function termEntries(run: ScoreRun, rules: Pick<Rules, 'hoursPerCredit' | 'externalCredits'>): CreditEntry[] {
  const entries: CreditEntry[] = [];
  run.result.teachers.forEach((t, i) => {
    const credits = termCredits(t.reportHours, run.teacherDetails[i]?.externalHours ?? 0, rules);
    entries.push({ id: t.id, name: t.name, category: '校本', credits: credits.school });
    if (credits.other > 0) entries.push({ id: t.id, name: t.name, category: '其他', credits: credits.other });
  });
  return entries;
}

/** What recording will do, for the confirmation and the report. */
export interface CreditRecordPlan {
  /** `2023-2024 第一学期` */
  term: string;
  /** The 学分登记 sheet written (existing or new). */
  sheet: string;
  create: boolean;
  /** Rows added, and rows of the same term written before that they replace. */
  added: number;
  replaced: number;
  /** For a new sheet: its cells from A1, header first. */
  newSheet?: CellValue[][];
  /** For an existing sheet: the values to write from (row, column), 1-based; null cells become empty. */
  write?: { row: number; column: number; rows: CellValue[][] };
}

/**
 * The plan for an existing 学分登记 (`table`, as read), or for a new sheet named `newName` when null.
 * A sheet without a 来源 column gets one (its header cell is written), so a later recording finds its rows.
 * @example planCreditRecord(null, '学分登记', term, entries, rules).newSheet?.[0] // ['工号', '姓名', …, '来源']
 */
export function planCreditRecord(
  table: Table | null,
  newName: string,
  term: SchoolTerm,
  entries: readonly CreditEntry[],
  rules: Pick<Rules, 'hoursPerCredit'>,
): CreditRecordPlan {
  const label = `${schoolYearLabel(term.schoolYear)} ${termLabel(term.term)}`;
  const values = (entry: CreditEntry): Record<string, CellValue> => ({
    id: entry.id, name: entry.name, schoolYear: schoolYearLabel(term.schoolYear), term: termLabel(term.term),
    category: entry.category, credits: entry.credits, hours: entry.credits * rules.hoursPerCredit, origin: recordOrigin(term),
  });
  if (table === null) {
    return {
      term: label, sheet: newName, create: true, added: entries.length, replaced: 0,
      newSheet: [[...CREDIT_SHEET_COLUMNS], ...entries.map((e) => FIELDS.map((f) => values(e)[f] ?? null))],
    };
  }
  const rows = table.rows;
  const search = findHeader(rows, CREDITS_SPEC);
  if (search.kind !== 'found') throw new Error(`planCreditRecord: ${table.name} has no 学分登记 header`);
  const header = search.header;
  const width = rows.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);
  const columns = new Map<string, number>();
  for (const [key, ref] of Object.entries(header.columns)) if (ref !== undefined) columns.set(key, ref.index);
  // 学分 when the sheet has it, else 学时 (学分 × 每学分学时).
  if (columns.has('credits')) columns.delete('hours');
  let writeFrom: number | null = null;
  if (!columns.has('origin')) {
    columns.set('origin', width);
    writeFrom = header.rowIndex;
  }
  const originColumn = columns.get('origin')!;
  const fullWidth = Math.max(width, originColumn + 1);
  const isOurs = (r: readonly CellValue[] | undefined): boolean => Array.isArray(r) && isRecordOrigin(cellText(r[originColumn] ?? null), term);
  const ours = rows.map((r, i) => (i > header.rowIndex && isOurs(r) ? i : -1)).filter((i) => i >= 0);
  const firstOurs = ours[0];
  if (firstOurs !== undefined) writeFrom = Math.min(writeFrom ?? firstOurs, firstOurs);
  const start = writeFrom ?? rows.length;
  const oursSet = new Set(ours);
  const row = (cells: CellValue[]): CellValue[] => [...cells, ...Array<CellValue>(Math.max(0, fullWidth - cells.length)).fill(null)];
  const kept: CellValue[][] = [];
  for (let i = start; i < rows.length; i++) {
    if (oursSet.has(i)) continue;
    const cells = Array.isArray(rows[i]) ? [...rows[i]!] : [];
    if (i === header.rowIndex && writeFrom === header.rowIndex) cells[originColumn] = '来源';
    kept.push(row(cells.map((c) => c ?? null)));
  }
  const added = entries.map((e) => {
    const cells = Array<CellValue>(fullWidth).fill(null);
    for (const [field, index] of columns) if (field in values(e)) cells[index] = values(e)[field] ?? null;
    return cells;
  });
  // Rows below the new end are emptied (the replaced rows moved up).
  const blanks = Array.from({ length: Math.max(0, rows.length - start - kept.length - added.length) }, () => row([]));
  return {
    term: label, sheet: table.name, create: false, added: entries.length, replaced: ours.length,
    write: { row: (table.firstRow ?? 1) + start, column: table.firstColumn ?? 1, rows: [...kept, ...added, ...blanks] },
  };
}

/**
 * The confirmation the pane and page show before recording (SPEC §7: which rows it adds or replaces).
 * @example confirmText(plan) // '将在“学分登记”中为 2023-2024 第一学期 添加 52 行学分（替换此前登记的同学期 52 行），不改动其他行。'
 */
export function confirmText(plan: CreditRecordPlan): string {
  const where = plan.create ? `新建“${plan.sheet}”工作表并写入` : `在“${plan.sheet}”中添加`;
  const replaced = plan.replaced > 0 ? `（替换此前登记的同学期 ${plan.replaced} 行）` : '';
  return `将${where} ${plan.term} 的学分 ${plan.added} 行${replaced}，不改动其他行。`;
}
