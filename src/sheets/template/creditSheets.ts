/**
 * The template's 学分登记 and 成果登记 sheets (SPEC §3.7, §3.8, issue 21), with their 类别 dropdowns.
 * record-credits creates 学分登记 from the same definition when a workbook has none.
 */
import type { InputSheetDef } from './template.js';
import { CREDIT_SHEET_COLUMNS } from '../record/creditRecord.js';
import { DELIVERABLE_SYNONYMS } from '../../engine/deliverables.js';

/** 学分登记 类别: 校本 or 其他 (县级、市级 … are 其他, and read as such). */
export const CREDIT_CATEGORY_LIST: readonly string[] = ['校本', '其他'];

/** 成果登记 类别: the first word of each synonym line (seed 002's 八个一, seed 001's 四个一, 自学笔记 …). */
export const DELIVERABLE_CATEGORY_LIST: readonly string[] = DELIVERABLE_SYNONYMS.map((line) => line[0]!);

export const CREDIT_SHEET_DEF: InputSheetDef = {
  name: '学分登记',
  columns: CREDIT_SHEET_COLUMNS,
  widths: [10, 10, 12, 10, 8, 8, 34],
  lists: { 类别: CREDIT_CATEGORY_LIST, 学期: ['第一学期', '第二学期'] },
  textColumns: ['学年'],
};

export const DELIVERABLE_SHEET_DEF: InputSheetDef = {
  name: '成果登记',
  columns: ['工号', '姓名', '类别', '日期', '数量', '标题'],
  widths: [10, 10, 12, 12, 6, 36],
  lists: { 类别: DELIVERABLE_CATEGORY_LIST },
};
