/**
 * Result → the seven output sheets of SPEC §7, in tab order.
 */
import type { OutputSheet } from '../output.js';
import { chartsSheet } from './chartsSheet.js';
import type { LayoutContext } from './context.js';
import { detailSheet } from './detailSheet.js';
import { groupStatsSheet } from './groupStatsSheet.js';
import { hoursSheet } from './hoursSheet.js';
import { issuesSheet } from './issuesSheet.js';
import { resultsSheet } from './resultsSheet.js';
import { runLogSheet } from './runLogSheet.js';
import { taskSheet } from './taskSheet.js';
import { creditLedgerSheet } from './creditLedgerSheet.js';
import { CONDITIONAL_OUTPUT_SHEET_NAMES, OUTPUT_SHEET_NAMES } from '../words/vocabulary.js';

/**
 * The sheets the product owns and replaces on every run (SPEC §7), in tab order. The list lives in
 * the vocabulary (the readers skip these sheets); the layouts below must follow it, as a test checks.
 */
export { CONDITIONAL_OUTPUT_SHEET_NAMES, OUTPUT_SHEET_NAMES };

/**
 * In tab order. 任务完成 and 学分台账 (issue 21) exist only with their rules and come behind the sheets
 * every school reads first (考核结果 … 上报学时), before 图表 and 计算记录.
 */
const LAYOUTS: readonly ((ctx: LayoutContext) => OutputSheet | null)[] = [
  resultsSheet, groupStatsSheet, detailSheet, issuesSheet, hoursSheet, taskSheet, creditLedgerSheet, chartsSheet, runLogSheet,
];

/**
 * Lay a scored run out as the seven output sheets, plus 任务完成 and 学分台账 when their rules are set.
 * @example layoutOutputs(ctx).map((s) => s.name) // ['考核结果', '分组统计', …, '计算记录']
 */
export function layoutOutputs(ctx: LayoutContext): OutputSheet[] {
  return LAYOUTS.map((layout) => layout(ctx)).filter((sheet): sheet is OutputSheet => sheet !== null);
}
