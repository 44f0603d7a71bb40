/**
 * 计算记录 (SPEC §7): when, with which program and rules, from which sheets and rows the numbers
 * came — so the district can see how they came about.
 */
import type { Severity } from '../../engine/issues.js';
import { SEVERITY_LABEL } from '../../engine/issues.js';
import { TIERS } from '../../engine/model.js';
import type { ColumnAccount, NotReadReason, Recognition, SheetAccount, StandardSheet } from '../read/readReport.js';
import { columnLetter } from '../columnLetter.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../output.js';
import type { LayoutContext } from './context.js';
import { HEADER_FILL, SHEET_ROLE_LABELS } from './labels.js';
import { formatDateTime, periodText } from './period.js';
import { presetSummary, presetSummaryText, ruleLogRows } from './rulesRows.js';
import { wrappedRowHeights } from './rowHeights.js';

export const RUN_LOG_SHEET = '计算记录';

const SHAPE_LABEL = { long: '长表（每人每次一行）', matrix: '矩阵（每人一行、每次一列）' } as const;

const RECOGNITION_LABEL: Readonly<Record<Recognition, string>> = {
  name: '按表名识别',
  content: '按表头内容识别',
  guessed: '按表头内容识别（签到表或外出学习难以区分，按签到表读取）',
};

const NOT_READ_LABEL: Readonly<Record<NotReadReason, string>> = {
  empty: '空表，无内容',
  output: '本工具生成的结果表，不作为输入读取',
  'output-name': '与本工具的结果表同名，未读取（见数据问题）',
  unknown: '表头不符合任何标准表，未读取（见数据问题）',
  'bad-header': '表名是标准表，但找不到所需的表头，未读取（见数据问题）',
  'second-rules': '第二张考核规则表，未读取（见数据问题）',
  hidden: '隐藏的工作表，表名不是标准表名，未读取',
  'not-like-kind': '表头像标准表，但内容不像，未读取（见数据问题）',
  ours: '本工具的使用说明，不作为输入读取',
};

function sheetNote(a: SheetAccount): string {
  if (a.notRead !== null) return NOT_READ_LABEL[a.notRead];
  const shape = a.shape === null ? '' : `，${SHAPE_LABEL[a.shape]}`;
  const unused = a.columns.filter((c) => c.readAs === null).length;
  return `${a.recognition === null ? '' : RECOGNITION_LABEL[a.recognition]}${shape}，读取 ${a.rowsRead} 行` +
    (unused > 0 ? `，${unused} 列未使用` : '');
}

function columnNote(c: ColumnAccount): string {
  if (c.readAs !== null) return c.readAs;
  if (c.header === '') return '未使用（没有表头的列，其中有内容）';
  if (c.derived === true) return '未使用（统计列，由其他数据计算得出）';
  return c.resembles === null ? '未使用（不是标准列）' : `未读取：像是“${c.resembles}”，请改用标准列名（见数据问题）`;
}

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
    // issue 21 item 5: which 方案 ran and every rule that differs from it.
    ['使用的方案', presetSummaryText(presetSummary(ctx.rules, ctx.read.ruleLayers))],
  );

  heading('使用的考核规则', ['参数', '值', '来源', '说明']);
  cells.push(...ruleLogRows(ctx.rules, ctx.read.ruleLayers));

  heading('读取的工作表', ['用途', '工作表', '读取行数']);
  for (const [role, label] of Object.entries(SHEET_ROLE_LABELS) as [StandardSheet, string][]) {
    const actual = ctx.read.sheetsOf[role];
    const shapes = actual.map((sheet) => {
      const shape = ctx.read.accounts.find((a) => a.sheet === sheet)?.shape ?? null;
      return role === 'signin' && shape !== null ? `${sheet}（${SHAPE_LABEL[shape]}）` : sheet;
    });
    const rows = actual.reduce((n, sheet) => n + (ctx.read.rowsRead[sheet] ?? 0), 0);
    cells.push([label, actual.length === 0 ? '未找到' : shapes.join('、'), actual.length === 0 ? null : rows]);
  }

  // SPEC §3 "Nothing is dropped silently": every sheet of the workbook, read or not, and why.
  heading('工作簿中的每张表', ['工作表', '读作', '说明']);
  for (const a of ctx.read.accounts) cells.push([a.sheet, a.kind === null ? '未读取' : SHEET_ROLE_LABELS[a.kind], sheetNote(a)]);
  for (const m of ctx.read.missing) cells.push([`（无${SHEET_ROLE_LABELS[m.kind]}）`, '未找到', `${m.items}对所有教师都按 0 计`]);

  heading('读取的表中的每一列', ['工作表', '列', '读作']);
  for (const a of ctx.read.accounts) {
    for (const c of a.columns) cells.push([a.sheet, `${columnLetter(c.columnIndex)} ${c.header === '' ? '（无表头）' : c.header}`, columnNote(c)]);
  }

  heading('计算结果', ['项目', '数量']);
  cells.push(['名册教师', ctx.read.teacherCount], ['参评教师', result.teachers.length], ['教研组', result.groups.length]);
  for (const tier of TIERS) cells.push([tier, result.teachers.filter((t) => t.tier === tier).length]);
  for (const sev of ['error', 'warning', 'info'] as Severity[]) {
    cells.push([`数据问题（${SEVERITY_LABEL[sev]}）`, ctx.issues.filter((i) => i.severity === sev).length]);
  }

  const sheet: OutputSheet = {
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
  sheet.rowHeights = wrappedRowHeights(sheet);
  return sheet;
}
