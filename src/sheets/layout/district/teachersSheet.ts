/**
 * 全区教师 (SPEC §10): every scored teacher of every school, in school order and, inside a school,
 * in the school's own order (教研组, then rank) — as an Excel table the office can filter by 学校,
 * 梯队 or, with a credit cycle, 状态 (of the credits).
 */
import { ITEM_KEYS, TIERS } from '../../../engine/model.js';
import { laidOut, type OutputCell, type OutputSheet, type StreamedSheet } from '../../output.js';
import { columnFills } from '../columnFills.js';
import { HEADER_FILL, ITEM_LABELS, TIER_COLORS } from '../labels.js';
import { CREDIT_STATUS_LABEL, hasCredits } from './districtColumns.js';
import { scoredSchools, type DistrictView } from './districtView.js';
import { summaryOf } from './schoolSummary.js';

export const TEACHERS_SHEET = '全区教师';

/** The columns every 全区教师 has; with a credit cycle CREDIT_HEADER follows. */
export const TEACHERS_HEADER: readonly string[] = [
  '学校', '工号', '姓名', '教研组', '梯队', ...ITEM_KEYS.map((k) => ITEM_LABELS[k]), '总分', '组内排名', '等次', '上报学时',
];

/** SPEC §10, with a credit cycle: the teacher's cycle total, its 校本 part and 状态. */
export const TEACHER_CREDIT_HEADER: readonly string[] = ['周期累计', '其中校本', '状态'];

const COL_FIRST_ITEM = 5;
const COL_TOTAL = COL_FIRST_ITEM + ITEM_KEYS.length;
const COL_TIER = COL_TOTAL + 2;

/**
 * @example teachersSheet(view).cells[1] // ['一中', 'T001', '张三', '语文组', '骨干教师', 26.25, …, 91.75, 1, '优秀', 12]
 */
export function teachersSheet(view: DistrictView): OutputSheet {
  return laidOut(teachersSheetStreamed(view));
}

/**
 * The same sheet with its rows made as it is written, one school at a time (the district keeps its
 * schools' results as bytes: app/keptResult.ts).
 */
export function teachersSheetStreamed(view: DistrictView): StreamedSheet {
  const credits = hasCredits(view);
  const header = [...TEACHERS_HEADER, ...(credits ? TEACHER_CREDIT_HEADER : [])];
  const schools = scoredSchools(view);
  let rows = 0;
  // From the schools' summaries: the rows are made only as the sheet is written.
  function* tierColors(): Generator<string> {
    for (const school of schools) {
      for (const tier of summaryOf(school).tierOrder) {
        rows += 1;
        yield TIER_COLORS[TIERS[tier]!];
      }
    }
  }
  // Only the 等次 cell is coloured (30,000 whole-row fills would double the sheet's size), one format
  // per run of rows of the same 等次: a school's teachers come by group and rank, so runs are long.
  const tierFills = columnFills(COL_TIER, 1, tierColors());
  function* cells(): Generator<OutputCell[]> {
    yield header;
    for (const school of schools) {
      for (const t of school.result.teachers) {
        const row: OutputCell[] = [
          school.name, t.id ?? '', t.name, t.group, t.echelon ?? '', ...ITEM_KEYS.map((k) => t.items[k]), t.total, t.groupRank, t.tier, t.reportHours,
        ];
        // A school without a cycle leaves the credit cells blank (its teachers have no status).
        if (credits) row.push(...(t.credits === undefined ? [null, null, ''] : [t.credits.total, t.credits.school, CREDIT_STATUS_LABEL[t.credits.status]]));
        yield row;
      }
    }
  }
  const last = header.length - 1;
  const sheet: StreamedSheet = {
    name: TEACHERS_SHEET,
    rows: cells,
    columnWidths: [16, 10, 10, 12, 10, 9, 8, 9, 9, 9, 11, 8, 9, 8, 9, ...(credits ? [9, 9, 9] : [])],
    formats: [
      { range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true },
      ...tierFills,
    ],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [0, 0] },
  };
  if (rows > 0) {
    sheet.formats?.push(
      { range: { top: 1, left: 1, bottom: rows, right: 1 }, numberFormat: '@' },
      { range: { top: 1, left: COL_FIRST_ITEM, bottom: rows, right: COL_TOTAL }, numberFormat: '0.00' },
      { range: { top: 1, left: COL_TOTAL + 1, bottom: rows, right: COL_TIER }, horizontal: 'center' },
    );
    if (credits) sheet.formats?.push({ range: { top: 1, left: TEACHERS_HEADER.length, bottom: rows, right: TEACHERS_HEADER.length + 1 }, numberFormat: '0.00' });
    sheet.table = { name: 'QuanquJiaoshi', range: { top: 0, left: 0, bottom: rows, right: last }, style: 'TableStyleLight1' };
  }
  return sheet;
}
