/**
 * 规则对照 (SPEC §10): rule keys down, schools across, the default in front. A value that differs
 * from the default is filled, and 不同学校数 says at a glance how many schools changed each rule.
 * The term's dates have no default: there the reference is what most schools wrote, so a school
 * whose term differs from its neighbours' stands out.
 */
import { wrappedRowHeights } from '../rowHeights.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../../output.js';
import { HEADER_FILL } from '../labels.js';
import type { DistrictView } from './districtView.js';
import { PERIOD_KEYS, defaultRuleValues, ruleValues } from './ruleDifferences.js';

export const RULES_COMPARE_SHEET = '规则对照';

const DIFFERENT_FILL = 'FCE4D6';
const FIXED_COLUMNS = 3;

/**
 * @example rulesCompareSheet(view).cells[0] // ['参数', '默认值', '不同学校数', '一中', '二中']
 */
export function rulesCompareSheet(view: DistrictView): OutputSheet {
  const schools = view.schools.filter((s) => s.rules !== null && s.outcome !== 'duplicate');
  const defaults = defaultRuleValues();
  const values = schools.map((s) => (s.rules === null ? new Map<string, OutputCell>() : ruleValues(s.rules)));
  // Defaults' order first, then keys only some schools have (per-group 优秀比例), in order of appearance.
  const keys = [...defaults.keys()];
  for (const v of values) for (const k of v.keys()) if (!defaults.has(k) && !keys.includes(k)) keys.push(k);

  const formats: RangeFormat[] = [];
  const rows: OutputCell[][] = keys.map((key, r) => {
    const fallback = PERIOD_KEYS.has(key) ? mostCommon(values.map((v) => v.get(key) ?? null)) : (defaults.get(key) ?? null);
    let differing = 0;
    const cells = values.map((v, c) => {
      const value = v.get(key) ?? null;
      if (value !== fallback) {
        differing += 1;
        formats.push({ range: { top: r + 1, left: FIXED_COLUMNS + c, bottom: r + 1, right: FIXED_COLUMNS + c }, fill: DIFFERENT_FILL, bold: true });
      }
      return value;
    });
    if (differing > 0) formats.push({ range: { top: r + 1, left: 0, bottom: r + 1, right: 2 }, fill: DIFFERENT_FILL });
    const reference = fallback === null || fallback === '' ? '（无）' : fallback;
    return [key, PERIOD_KEYS.has(key) && values.length > 0 ? `${String(reference)}（多数学校）` : reference, differing, ...cells];
  });
  const last = FIXED_COLUMNS + schools.length - 1;

  const sheet: OutputSheet = {
    name: RULES_COMPARE_SHEET,
    cells: [['参数', '默认值', '不同学校数', ...schools.map((s) => s.name)], ...rows],
    columnWidths: [24, 22, 10, ...schools.map(() => 14)],
    formats: [
      { range: { top: 0, left: 0, bottom: 0, right: Math.max(last, FIXED_COLUMNS - 1) }, bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true },
      // A long value (the 公开课 kinds, the 技能类 groups) wraps whole instead of being cut at its column.
      { range: { top: 1, left: 1, bottom: rows.length, right: Math.max(last, FIXED_COLUMNS - 1) }, horizontal: 'center', wrap: true },
      { range: { top: 0, left: 0, bottom: rows.length, right: Math.max(last, FIXED_COLUMNS - 1) }, border: true },
      ...formats,
    ],
    freeze: { rows: 1, columns: FIXED_COLUMNS },
    print: { orientation: 'landscape', paper: 'A4', titleRows: [0, 0] },
    tabColor: 'C65911',
  };
  // A wrapped header or note whole on screen and on paper (SPEC §7 Print-ready, layout/rowHeights.ts).
  sheet.rowHeights = wrappedRowHeights(sheet);
  return sheet;
}

/** The value most schools have (the first of equals), null for none. */
export function mostCommon(values: readonly OutputCell[]): OutputCell {
  const counts = new Map<OutputCell, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: OutputCell = null;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}
