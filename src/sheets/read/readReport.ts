/**
 * What the reader of SPEC §3 reports about the workbook's sheets, before scoring: which sheets were
 * read as which kind and how they were recognised, and every sheet and column that was not used.
 */
import type { RulesPatch } from '../rules/rulesParse.js';

/** The standard input sheets of SPEC §3, by role. */
export type StandardSheet = 'roster' | 'signin' | 'external' | 'observations' | 'awards' | 'judged' | 'rules' | 'credits' | 'deliverables';

/** How a sheet's kind was found: its name, its header row, or its header with a tie-break guess. */
export type Recognition = 'name' | 'content' | 'guessed';

/** Why a sheet was not read. */
export type NotReadReason =
  /** No cell holds anything. */
  | 'empty'
  /** One of the product's own output sheets (SPEC §7). */
  | 'output'
  /** Has an output sheet's name but is not ours (not in the ownership record): never read as input. */
  | 'output-name'
  /** Its header matches no standard sheet. */
  | 'unknown'
  /** Its name names a standard sheet but its header lacks required columns (the errors say which). */
  | 'bad-header'
  /** A second 考核规则 sheet (an error). */
  | 'second-rules'
  /** Hidden, and not under a standard name: hidden sheets are read only by name (SPEC §3). */
  | 'hidden'
  /** Found by its content, but its rows do not look like that kind (`sheet-not-read` says why). */
  | 'not-like-kind'
  /** A sheet the product itself writes besides the outputs (the template's 使用说明): known, not input. */
  | 'ours';

export interface ColumnAccount {
  /** The header cell as written. */
  header: string;
  /** 0-based sheet column (A = 0). */
  columnIndex: number;
  /** The standard column it was read as (its canonical Chinese name, or the session it holds), or null. */
  readAs: string | null;
  /** When not read: the standard column it resembles (a `column-not-read` warning), else null. */
  resembles: string | null;
  /** When not read: a count, total or rate computed from other columns (出勤次数, 合计, 总学时). */
  derived?: boolean;
}

export interface SheetAccount {
  sheet: string;
  /** The kind it was read as; null when not read. */
  kind: StandardSheet | null;
  recognition: Recognition | null;
  notRead: NotReadReason | null;
  /** Sign-in shape, for 签到表 sheets. */
  shape: 'long' | 'matrix' | null;
  rowsRead: number;
  /** Every non-blank header cell of a read sheet, used or not. */
  columns: ColumnAccount[];
}

/** An optional kind with no sheet at all, and the items it leaves at 0 for everyone. */
export interface MissingKind {
  kind: StandardSheet;
  items: string;
}

/** What the reader found, before scoring. */
export interface ReadReport {
  /** Role → the first sheet read as that kind, or null when none was. */
  sheets: Record<StandardSheet, string | null>;
  /** Role → every sheet read as that kind, in tab order (SPEC §3: several sheets of one kind are combined). */
  sheetsOf: Record<StandardSheet, string[]>;
  /** Shape of the first sign-in sheet that was read. */
  signinShape: 'long' | 'matrix' | null;
  /** Data rows read per sheet name (blank rows excluded). */
  rowsRead: Record<string, number>;
  /** Number of roster teachers. */
  teacherCount: number;
  /** The rule values by layer (方案, 考核规则 sheet, `--rules`), for 计算记录's 来源 column. */
  ruleLayers?: { preset: RulesPatch; sheet: RulesPatch; json: RulesPatch };
  /** Every sheet of the workbook, in tab order: read as what, or not read and why. */
  accounts: SheetAccount[];
  /** Optional kinds with no sheet (SPEC §3: one issue each, naming the items left at 0). */
  missing: MissingKind[];
}
