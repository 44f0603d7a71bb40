/**
 * ISO dates as Excel date serials, so the sample's 日期 cells are real dates (formatted yyyy-mm-dd
 * by the template), as in a school's own workbook.
 */
const EPOCH = Date.UTC(1899, 11, 30);

/** @example excelSerial('2023-09-06') // 45175 */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - EPOCH) / 86_400_000);
}

/** The ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** Monday = 1 … Sunday = 7. */
export function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1)).getUTCDay() || 7;
}
