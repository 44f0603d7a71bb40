/**
 * DistrictView → the seven district sheets of SPEC §10, in tab order.
 */
import type { OutputSheet } from '../../output.js';
import { creditsSheet } from './creditsSheet.js';
import { districtChartsSheet } from './districtChartsSheet.js';
import { districtIssuesSheet } from './districtIssuesSheet.js';
import { districtLogSheet } from './districtLogSheet.js';
import type { DistrictView } from './districtView.js';
import { rulesCompareSheet } from './rulesCompareSheet.js';
import { schoolsSheet } from './schoolsSheet.js';
import { teachersSheet } from './teachersSheet.js';

export const DISTRICT_SHEET_NAMES: readonly string[] = ['学校汇总', '全区教师', '上报学时', '规则对照', '数据问题', '图表', '计算记录'];

const LAYOUTS: readonly ((view: DistrictView) => OutputSheet)[] = [
  schoolsSheet, teachersSheet, creditsSheet, rulesCompareSheet, districtIssuesSheet, districtChartsSheet, districtLogSheet,
];

/**
 * @example layoutDistrict(view).map((s) => s.name) // ['学校汇总', '全区教师', …, '计算记录']
 */
export function layoutDistrict(view: DistrictView): OutputSheet[] {
  return LAYOUTS.map((layout) => layout(view));
}
