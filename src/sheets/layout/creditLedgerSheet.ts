/**
 * 学分台账 (SPEC §7, only when a credit cycle is kept): each teacher's credits of the five-year cycle
 * (SPEC §6), those falling behind first, so the office sees them before year five.
 */
import type { CreditStatus, TeacherResult } from '../../engine/model.js';
import { schoolPace } from '../../engine/credits.js';
import { formatNumber } from '../../engine/explain.js';
import { schoolYearLabel, termLabel } from '../../engine/schoolTerm.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../output.js';
import type { LayoutContext } from './context.js';
import { HEADER_FILL, TIER_COLORS } from './labels.js';

export const CREDIT_LEDGER_SHEET = '学分台账';

export const CREDIT_LEDGER_HEADER: readonly string[] = [
  '工号', '姓名', '教研组', '往年校本', '往年其他', '本学期校本', '本学期其他', '周期累计', '其中校本', '尚差', '校本尚差', '进度要求', '状态',
];

export const CREDIT_STATUS_LABEL: Readonly<Record<CreditStatus, string>> = { behind: '落后', onPace: '按进度', done: '已完成' };
const STATUS_ORDER: Readonly<Record<CreditStatus, number>> = { behind: 0, onPace: 1, done: 2 };
const STATUS_FILL: Readonly<Record<CreditStatus, string>> = { behind: TIER_COLORS.不合格, onPace: TIER_COLORS.合格, done: TIER_COLORS.优秀 };

/** Row 0 is the title, row 1 the header. */
const HEADER_ROW = 1;

/**
 * The ledger, 落后 first (then 按进度, 已完成; 考核结果's order within each); null without a kept cycle.
 * @example creditLedgerSheet(ctx)?.cells[1] // ['工号', '姓名', '教研组', '往年校本', …]
 */
export function creditLedgerSheet(ctx: LayoutContext): OutputSheet | null {
  const k = ctx.run.creditYear;
  const start = ctx.rules.creditCycleStart;
  if (k === undefined || start === null) return null;
  const teachers = ctx.run.result.teachers
    .filter((t): t is TeacherResult & { credits: NonNullable<TeacherResult['credits']> } => t.credits !== undefined)
    .map((t, i) => ({ t, i }))
    .sort((a, b) => STATUS_ORDER[a.t.credits.status] - STATUS_ORDER[b.t.credits.status] || a.i - b.i)
    .map((x) => x.t);
  const pace = `≥${formatNumber(paceOf(teachers))}，校本≥${formatNumber(schoolPace(k, ctx.rules))}`;
  const rows: OutputCell[][] = teachers.map(({ id, name, group, credits: c }) => [
    id ?? '', name, group, c.earlierSchool, c.earlierOther, c.termSchool, c.termOther, c.total, c.school, c.owed, c.schoolOwed,
    pace, CREDIT_STATUS_LABEL[c.status],
  ]);
  const term = ctx.run.term;
  const years = ctx.rules.creditCycleYears;
  const title = `学分台账：${schoolYearLabel(start)} 至 ${schoolYearLabel(start + years - 1)} 学年周期（周期学分 ${formatNumber(ctx.rules.creditCycleTotal)}，` +
    `其中校本 ${formatNumber(ctx.rules.creditCycleSchoolMin)}），本学期${term === null || term === undefined ? '' : ` ${schoolYearLabel(term.schoolYear)} ${termLabel(term.term)}`}为第 ${k} 学年`;
  const last = CREDIT_LEDGER_HEADER.length - 1;
  const n = rows.length;
  const formats: RangeFormat[] = [
    { range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, horizontal: 'center' },
    { range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true },
  ];
  if (n > 0) {
    formats.push(
      { range: { top: HEADER_ROW + 1, left: 0, bottom: HEADER_ROW + n, right: 0 }, numberFormat: '@' },
      { range: { top: HEADER_ROW + 1, left: 3, bottom: HEADER_ROW + n, right: 10 }, numberFormat: '0.00' },
      // 进度要求 and 状态 centred: beside right-aligned numbers a left-aligned text reads as one cell (LibreOffice PDF).
      { range: { top: HEADER_ROW + 1, left: last - 1, bottom: HEADER_ROW + n, right: last }, horizontal: 'center' },
      ...teachers.map((t, i) => ({ range: { top: HEADER_ROW + 1 + i, left: last, bottom: HEADER_ROW + 1 + i, right: last }, fill: STATUS_FILL[t.credits.status] })),
    );
  }
  const sheet: OutputSheet = {
    name: CREDIT_LEDGER_SHEET,
    cells: [[title], [...CREDIT_LEDGER_HEADER], ...rows],
    columnWidths: [10, 10, 12, 9, 9, 10, 10, 9, 9, 8, 9, 18, 8],
    formats,
    merges: [{ top: 0, left: 0, bottom: 0, right: last }],
    freeze: { rows: HEADER_ROW + 1, columns: 2 },
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [HEADER_ROW, HEADER_ROW] },
  };
  if (n > 0) sheet.table = { name: 'XuefenTaizhang', range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW + n, right: last }, style: 'TableStyleLight1' };
  return sheet;
}

/** Every teacher has the same pace; 0 when there is none. */
function paceOf(teachers: readonly { credits: { pace: number } }[]): number {
  return teachers[0]?.credits.pace ?? 0;
}
