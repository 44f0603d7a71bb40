/**
 * Chinese labels and colours shared by the output sheets: item names, tier colours, sheet roles.
 * One place, so 考核结果, 评分明细, 图表 and the charts say the same words in the same colours.
 */
import type { ItemKey, Tier } from '../../engine/model.js';
import { ITEM_LABEL } from '../../engine/explain.js';
import type { StandardSheet } from '../read/readReport.js';

/** The six items of SPEC §4 by their Chinese names (one table, kept with the engine's explanations). */
export const ITEM_LABELS: Readonly<Record<ItemKey, string>> = ITEM_LABEL;

/** Tier fills of 考核结果 and the tier series of the 图表 charts (Excel's good/neutral/bad palette). */
export const TIER_COLORS: Readonly<Record<Tier, string>> = {
  优秀: 'C6EFCE',
  良好: 'DDEBF7',
  合格: 'FFF2CC',
  不合格: 'FFC7CE',
};

/** Header fill of every output table. */
export const HEADER_FILL = 'D9E1F2';

/** The standard input sheets by role, as 计算记录 names them. */
export const SHEET_ROLE_LABELS: Readonly<Record<StandardSheet, string>> = {
  roster: '教师名册',
  signin: '签到表',
  external: '外出学习',
  observations: '听课记录',
  awards: '获奖登记',
  judged: '考核登记',
  rules: '考核规则',
  credits: '学分登记',
  deliverables: '成果登记',
};
