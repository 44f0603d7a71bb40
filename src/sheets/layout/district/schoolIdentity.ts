/**
 * Which school a file is (SPEC §10, issue 19 item 1): two files whose 学校名称 read the same once
 * normalised are one school; the later version counts. Also: how a district workbook (one that
 * `consolidate` wrote) is told from a school's, and when a scored workbook was scored.
 */
import type { Table } from '../../table.js';
import { RUN_LOG_SHEET } from '../runLogSheet.js';
import { DISTRICT_SHEET_NAMES } from './layoutDistrict.js';

/** Longer school names are cut (they go into chart caches, titles and every 全区教师 row). */
export const MAX_SCHOOL_NAME = 100;

// Zero-width and invisible formatting characters a copy from a web page or WeChat leaves behind.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * The key files are grouped by: NFKC (full-width letters and digits as half-width), invisible
 * characters and all white space removed, letters lower-cased.
 * @example schoolKey('第 一\u200B中学') === schoolKey('第一中学') // true
 */
export function schoolKey(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, '').toLowerCase();
}

/**
 * A name cut to MAX_SCHOOL_NAME characters (code points, so a character outside the BMP is never
 * split), with `…` when it was cut.
 * @example cutSchoolName('一'.repeat(120)).cut // true
 */
export function cutSchoolName(name: string): { name: string; cut: boolean } {
  const chars = Array.from(name);
  if (chars.length <= MAX_SCHOOL_NAME) return { name, cut: false };
  return { name: `${chars.slice(0, MAX_SCHOOL_NAME).join('')}…`, cut: true };
}

/** The sheets only a district workbook has (学校汇总 and 全区教师), compared as Excel does. */
const DISTRICT_ONLY = DISTRICT_SHEET_NAMES.slice(0, 2).map((n) => n.toLowerCase());

/**
 * True when the workbook's own output sheets (its `_YanxiuOutputs`) are a district's, i.e. the file
 * was written by 合并学校工作簿 and is not a school's workbook.
 * @example isDistrictWorkbook(['学校汇总', '全区教师', '上报学时']) // true
 */
export function isDistrictWorkbook(outputSheets: readonly string[]): boolean {
  const owned = new Set(outputSheets.map((n) => n.toLowerCase()));
  return DISTRICT_ONLY.every((n) => owned.has(n));
}

/** The school's own 计算记录 among its output sheets (a free name such as `计算记录 (2)` included). */
export function runLogSheetOf(outputSheets: readonly string[]): string | null {
  return outputSheets.find((n) => n === RUN_LOG_SHEET) ?? outputSheets.find((n) => n.startsWith(RUN_LOG_SHEET)) ?? null;
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/**
 * When the workbook was last scored: the 计算时间 row of its 计算记录 (`2024-01-20 09:05`, local time
 * as written), or null when the sheet holds none.
 * @example scoredAt({ name: '计算记录', rows: [['本次计算'], ['计算时间', '2024-01-20 09:05']] })
 * // new Date(2024, 0, 20, 9, 5)
 */
export function scoredAt(runLog: Table): Date | null {
  for (const row of runLog.rows.slice(0, 10)) {
    if (row?.[0] !== '计算时间') continue;
    const value = row[1];
    if (value instanceof Date) return value;
    const m = typeof value === 'string' ? STAMP.exec(value.trim()) : null;
    if (m === null) return null;
    const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
    const at = new Date(y, mo - 1, d, h, mi);
    return at.getMonth() === mo - 1 ? at : null;
  }
  return null;
}
