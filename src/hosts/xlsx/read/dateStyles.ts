/**
 * Which cell styles show a number as a date. A date in a cell is only a number with a date format,
 * so the reader needs this to hand dates over as Date. Chinese Excel stores its own date formats
 * as built-in ids (31 = yyyy"年"m"月"d"日", 57/58 …) with no format code in the file; ExcelJS knows
 * no code for those ids and reads such dates as plain numbers, which is why we read styles ourselves.
 */
import { childNamed, childrenNamed, parseXml } from '../package/xmlTree.js';

// ECMA-376 §18.8.30 built-in date/time ids, plus the East-Asian ones (27–36, 50–58) zh-CN Excel uses.
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when a number format code formats dates or times. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    // [Red], [$-804], [DBNum1] are not date parts; elapsed time [h] [mm] [ss] is.
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  if (/^general$/i.test(bare.trim())) return false;
  // Only the first (positive) section decides; 'E' in 0.00E+00 is not a date letter.
  const first = bare.split(';')[0] ?? '';
  return /[ymdhs]|AM\/PM|上午\/下午/i.test(first.replace(/E[+-]/gi, '')) && !/^[#0.,%\s?/]*$/.test(first);
}

/** For each cellXfs index, whether it formats dates. */
export function parseDateStyles(stylesXml: string | undefined): boolean[] {
  if (stylesXml === undefined) return [];
  const root = parseXml(stylesXml);
  const custom = new Map<number, string>();
  const numFmts = childNamed(root, 'numFmts');
  for (const f of numFmts ? childrenNamed(numFmts, 'numFmt') : []) custom.set(Number(f.attrs['numFmtId']), f.attrs['formatCode'] ?? '');
  const xfs = childNamed(root, 'cellXfs');
  return (xfs ? childrenNamed(xfs, 'xf') : []).map((xf) => {
    const id = Number(xf.attrs['numFmtId'] ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_IDS.has(id);
  });
}

/** Excel serial day number → Date (UTC midnight-based, as ExcelJS gives it). */
export function serialToDate(serial: number, date1904: boolean): Date {
  // 25569 = days from 1899-12-30 to 1970-01-01; the 1904 system starts 1462 days later.
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}
