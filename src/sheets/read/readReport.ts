/**
 * What the reader of SPEC §3 reports about the workbook's sheets, before scoring.
 */
import type { RulesPatch } from '../rules/rulesParse.js';

/** The standard input sheets of SPEC §3, by role. */
export type StandardSheet = 'roster' | 'signin' | 'external' | 'observations' | 'awards' | 'judged' | 'rules';

/** What the reader found, before scoring. */
export interface ReadReport {
  /** Role → the workbook's actual sheet name, or null when not found. */
  sheets: Record<StandardSheet, string | null>;
  /** Shape of the sign-in sheet that was found. */
  signinShape: 'long' | 'matrix' | null;
  /** Data rows read per sheet name (blank rows excluded). */
  rowsRead: Record<string, number>;
  /** Number of roster teachers. */
  teacherCount: number;
  /** The rule values by layer (方案, 考核规则 sheet, `--rules`), for 计算记录's 来源 column. */
  ruleLayers?: { preset: RulesPatch; sheet: RulesPatch; json: RulesPatch };
}
