/**
 * Fewer formatting operations for Office.js: a layout gives 考核结果 one fill per teacher row (its
 * tier colour) and 数据问题 one per issue; rows next to each other with the same look become one
 * range. Only neighbours in the list are merged, so a later format still wins over an earlier one.
 */
import type { RangeFormat } from '../../sheets/output.js';

/** Request bytes we count for a range's formatting: the range, then each property set on it. */
const RANGE_BYTES = 150;
const PROPERTY_BYTES = 100;

/**
 * Merge each format into the one before it when it has the same look and continues it downwards.
 * @example lookRuns([{ range: { top: 1, left: 0, bottom: 1, right: 5 }, fill: 'FFC7CE' }, { range: { top: 2, left: 0, bottom: 2, right: 5 }, fill: 'FFC7CE' }]).length // 1
 */
export function lookRuns(formats: readonly RangeFormat[]): RangeFormat[] {
  const out: RangeFormat[] = [];
  for (const format of formats) {
    const prev = out[out.length - 1];
    if (prev && continues(prev, format)) out[out.length - 1] = { ...prev, range: { ...prev.range, bottom: format.range.bottom } };
    else out.push(format);
  }
  return out;
}

function continues(prev: RangeFormat, next: RangeFormat): boolean {
  const a = prev.range;
  const b = next.range;
  if (b.top !== a.bottom + 1 || b.left !== a.left || b.right !== a.right) return false;
  return sameLook(prev, next);
}

function sameLook(a: RangeFormat, b: RangeFormat): boolean {
  return (
    a.numberFormat === b.numberFormat &&
    a.fill === b.fill &&
    a.fontColor === b.fontColor &&
    a.bold === b.bold &&
    a.wrap === b.wrap &&
    a.horizontal === b.horizontal &&
    a.border === b.border
  );
}

/** Request bytes of applying the looks of `formats` (number formats go with the cells). */
export function looksBytes(formats: readonly RangeFormat[]): number {
  let bytes = 0;
  for (const f of formats) {
    const properties = [f.fill, f.fontColor, f.bold, f.wrap, f.horizontal].filter((v) => v !== undefined).length + (f.border ? 6 : 0);
    if (properties > 0) bytes += RANGE_BYTES + PROPERTY_BYTES * properties;
  }
  return bytes;
}
