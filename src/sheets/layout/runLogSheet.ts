/**
 * 计算记录 (SPEC §7): when, with which program and rules, from which sheets and rows the numbers
 * came — so the district can see how they came about.
 */
import type { Severity } from '../../engine/issues.js';
import { SEVERITY_LABEL } from '../../engine/issues.js';
import { TIERS } from '../../engine/model.js';
import type { StandardSheet } from '../read/readReport.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../output.js';
import type { LayoutContext } from './context.js';
import { HEADER_FILL, SHEET_ROLE_LABELS } from './labels.js';
import { formatDateTime, periodText } from './period.js';
import { ruleLogRows } from './rulesRows.js';

export const RUN_LOG_SHEET = '计算记录';

const SHAPE_LABEL = { long: '长表（每人每次一行）', matrix: '矩阵（每人一行、每次一列）' } as const;

/**
 * Sections of label | value lines, each under a bold heading.
 * @example runLogSheet(ctx).cells[1] // ['计算时间', '2024-01-20 09:05']
 */
export function runLogSheet(ctx: LayoutContext): OutputSheet {
  const cells: OutputCell[][] = [];
  const formats: RangeFormat[] = [];
  const heading = (text: string, columns: string[]): void => {
    if (cells.length > 0) cells.push([]);
    cells.push([text]);
    formats.push({ range: { top: cells.length - 1, left: 0, bottom: cells.length - 1, right: 0 }, bold: true });
    if (columns.length > 0) {
      cells.push(columns);
      formats.push({ range: { top: cells.length - 1, left: 0, bottom: cells.length - 1, right: columns.length - 1 }, bold: true, fill: HEADER_FILL });
    }
  };

  const { result } = ctx.run;
  heading('本次计算', []);
  cells.push(
    ['计算时间', formatDateTime(ctx.now)],
    ['程序版本', ctx.version],
    ['考核期', periodText(result.period) ?? '未设置（全部记录都计入）'],
  );

  heading('使用的考核规则', ['参数', '值', '来源', '说明']);
  cells.push(...ruleLogRows(ctx.rules, ctx.read.ruleLayers));

  heading('读取的工作表', ['用途', '工作表', '读取行数']);
  for (const [role, label] of Object.entries(SHEET_ROLE_LABELS) as [StandardSheet, string][]) {
    const actual = ctx.read.sheets[role];
    const shape = role === 'signin' && ctx.read.signinShape !== null ? `（${SHAPE_LABEL[ctx.read.signinShape]}）` : '';
    cells.push([label, actual === null ? '未找到' : `${actual}${shape}`, actual === null ? null : (ctx.read.rowsRead[actual] ?? 0)]);
  }

  heading('计算结果', ['项目', '数量']);
  cells.push(['名册教师', ctx.read.teacherCount], ['参评教师', result.teachers.length], ['教研组', result.groups.length]);
  for (const tier of TIERS) cells.push([tier, result.teachers.filter((t) => t.tier === tier).length]);
  for (const sev of ['error', 'warning', 'info'] as Severity[]) {
    cells.push([`数据问题（${SEVERITY_LABEL[sev]}）`, ctx.issues.filter((i) => i.severity === sev).length]);
  }

  return {
    name: RUN_LOG_SHEET,
    cells,
    columnWidths: [20, 28, 14, 70],
    formats: [
      ...formats,
      // Numbers and words in one column read best all flush left.
      { range: { top: 0, left: 1, bottom: cells.length - 1, right: 1 }, horizontal: 'left' },
      { range: { top: 0, left: 3, bottom: cells.length - 1, right: 3 }, wrap: true },
    ],
    print: { orientation: 'portrait', fitToWidth: true, paper: 'A4' },
  };
}
