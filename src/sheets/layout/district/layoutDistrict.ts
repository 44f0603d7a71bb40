/**
 * DistrictView → the seven district sheets of SPEC §10, in tab order.
 */
import { laidOut, type DeferredSheet, type OutputSheet, type StreamedSheet } from '../../output.js';
import { CREDITS_SHEET, creditsSheetStreamed } from './creditsSheet.js';
import { DISTRICT_CHARTS_SHEET, districtChartsSheet } from './districtChartsSheet.js';
import { DISTRICT_ISSUES_SHEET, districtIssuesSheet } from './districtIssuesSheet.js';
import { DISTRICT_LOG_SHEET, districtLogSheet } from './districtLogSheet.js';
import type { DistrictView } from './districtView.js';
import { RULES_COMPARE_SHEET, rulesCompareSheet } from './rulesCompareSheet.js';
import { SCHOOLS_SHEET, schoolsSheet } from './schoolsSheet.js';
import { TEACHERS_SHEET, teachersSheetStreamed } from './teachersSheet.js';

/** Each district sheet's name and layout, in tab order; the two with a row per teacher are streamed. */
const LAYOUTS: readonly (readonly [string, (view: DistrictView) => OutputSheet | StreamedSheet])[] = [
  [SCHOOLS_SHEET, schoolsSheet],
  [TEACHERS_SHEET, teachersSheetStreamed],
  [CREDITS_SHEET, creditsSheetStreamed],
  [RULES_COMPARE_SHEET, rulesCompareSheet],
  [DISTRICT_ISSUES_SHEET, districtIssuesSheet],
  [DISTRICT_CHARTS_SHEET, districtChartsSheet],
  [DISTRICT_LOG_SHEET, districtLogSheet],
];

export const DISTRICT_SHEET_NAMES: readonly string[] = LAYOUTS.map(([name]) => name);

/**
 * @example layoutDistrict(view).map((s) => s.name) // ['学校汇总', '全区教师', …, '计算记录']
 */
export function layoutDistrict(view: DistrictView): OutputSheet[] {
  return districtSheets(view).map(laidOut);
}

/**
 * The same sheets, each laid out only when a writer comes to it, 全区教师 and 上报学时 streamed: the
 * file writer then holds one district sheet at a time, and of those two one school's rows.
 * @example await host.writeOutputs(districtSheets(view))
 */
export function districtSheets(view: DistrictView): DeferredSheet[] {
  return LAYOUTS.map(([name, layout]) => ({ name, layout: () => layout(view) }));
}
