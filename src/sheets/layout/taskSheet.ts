/**
 * 任务完成 (SPEC §7, only with 须交 rules): one row per teacher, one column per required 类别 —
 * `2/1 ✓` when handed in, `0/1 缺 1` when short, `—` when the teacher's 梯队 does not owe it.
 */
import { requiredCategories } from '../../engine/deliverables.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../output.js';
import type { LayoutContext } from './context.js';
import { HEADER_FILL, TIER_COLORS } from './labels.js';

export const TASK_SHEET = '任务完成';

const LEAD: readonly string[] = ['教研组', '工号', '姓名', '梯队'];

/**
 * `2/1 ✓`, `0/1 缺 1`, or `—` when nothing is owed.
 * @example taskCell({ have: 0, owe: 1 }) // '0/1 缺 1'
 */
export function taskCell(entry: { have: number; owe: number } | undefined): string {
  if (entry === undefined || entry.owe <= 0) return '—';
  return entry.have >= entry.owe ? `${entry.have}/${entry.owe} ✓` : `${entry.have}/${entry.owe} 缺 ${entry.owe - entry.have}`;
}

/**
 * The sheet, in 考核结果's order; null without 须交 rules.
 * @example taskSheet(ctx)?.cells[0] // ['教研组', '工号', '姓名', '梯队', '说课稿', '教学设计', '完成情况']
 */
export function taskSheet(ctx: LayoutContext): OutputSheet | null {
  const categories = requiredCategories(ctx.rules.requiredDeliverables);
  if (categories.length === 0) return null;
  const header = [...LEAD, ...categories, '完成情况'];
  const last = header.length - 1;
  const formats: RangeFormat[] = [
    { range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true },
  ];
  const rows: OutputCell[][] = ctx.run.result.teachers.map((t, i) => {
    const owed = t.deliverables ?? {};
    const cells = categories.map((c) => taskCell(owed[c]));
    const short = categories.filter((c) => (owed[c]?.have ?? 0) < (owed[c]?.owe ?? 0));
    short.forEach((c) => {
      const column = LEAD.length + categories.indexOf(c);
      formats.push({ range: { top: i + 1, left: column, bottom: i + 1, right: column }, fill: TIER_COLORS.不合格 });
    });
    const owesAny = categories.some((c) => (owed[c]?.owe ?? 0) > 0);
    return [t.group, t.id ?? '', t.name, t.echelon ?? '', ...cells, !owesAny ? '无须交' : short.length === 0 ? '已完成' : '未完成'];
  });
  const n = rows.length;
  if (n > 0) {
    formats.push(
      { range: { top: 1, left: 1, bottom: n, right: 1 }, numberFormat: '@' },
      { range: { top: 1, left: LEAD.length, bottom: n, right: last }, horizontal: 'center' },
    );
  }
  const sheet: OutputSheet = {
    name: TASK_SHEET,
    cells: [header, ...rows],
    columnWidths: [12, 10, 10, 10, ...categories.map((c) => Math.max(10, c.length * 2 + 4)), 10],
    formats,
    freeze: { rows: 1, columns: 3 },
    print: { orientation: categories.length > 6 ? 'landscape' : 'portrait', fitToWidth: true, paper: 'A4', titleRows: [0, 0] },
  };
  if (n > 0) sheet.table = { name: 'RenwuWancheng', range: { top: 0, left: 0, bottom: n, right: last }, style: 'TableStyleLight1' };
  return sheet;
}
