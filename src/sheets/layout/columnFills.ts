/**
 * A column's fills by row (the 等次 of 全区教师, the 级别 of 数据问题) as few formats: one per run of
 * consecutive rows with the same fill. A row's look is the same as with a format per row; a district's
 * 30,000 rows need a few thousand formats instead of 30,000 (docs/performance.md, "District memory:
 * the view as bytes, the sheets streamed").
 */
import type { RangeFormat } from '../output.js';

/**
 * @example columnFills(2, 1, ['FFC7CE', 'FFC7CE', undefined, 'FFEB9C']) // rows 1–2 red, row 4 yellow: two formats
 */
export function columnFills(column: number, firstRow: number, fills: Iterable<string | undefined>): RangeFormat[] {
  const formats: RangeFormat[] = [];
  let row = firstRow;
  for (const fill of fills) {
    const last = formats[formats.length - 1];
    if (fill !== undefined) {
      if (last !== undefined && last.fill === fill && last.range.bottom === row - 1) last.range.bottom = row;
      else formats.push({ range: { top: row, left: column, bottom: row, right: column }, fill });
    }
    row += 1;
  }
  return formats;
}
