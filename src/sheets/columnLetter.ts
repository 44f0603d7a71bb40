/**
 * Excel column letters, for issues about a column that has no header.
 * @example columnLetter(28) // 'AB'
 */
export function columnLetter(column: number): string {
  let n = Math.max(1, Math.floor(column));
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
