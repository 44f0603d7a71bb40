/**
 * Excel column letters from a 0-based column index — the one converter every layer uses (output
 * layouts, both hosts, issues about a column without a header).
 * @example columnLetter(0) // 'A'
 * @example columnLetter(27) // 'AB'
 */
export function columnLetter(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
