/** Output sheets shaped like SPEC §7's, small enough to check cell by cell. */
import type { OutputSheet } from '../../../src/sheets/output.js';

export const RESULTS: OutputSheet = {
  name: '考核结果',
  cells: [
    ['教研组', '组内排名', '姓名', '总分', '等次', '说明'],
    ['语文组', 1, '张三', 91.75, '优秀', '=1+1'],
    ['语文组', 2, '王五', 80.5, '良好', '-3 与 +4 @某人'],
  ],
  columnWidths: [10, 8, 10, 8, 8, 30],
  formats: [
    { range: { top: 0, left: 0, bottom: 0, right: 5 }, bold: true, fill: 'DDEBF7', horizontal: 'center', border: true },
    { range: { top: 1, left: 3, bottom: 2, right: 3 }, numberFormat: '0.00' },
    { range: { top: 1, left: 4, bottom: 1, right: 4 }, fill: 'C6EFCE', fontColor: '006100' },
    { range: { top: 1, left: 5, bottom: 2, right: 5 }, wrap: true, numberFormat: '@' },
  ],
  table: { name: '考核结果', range: { top: 0, left: 0, bottom: 2, right: 5 }, style: 'TableStyleMedium2' },
  freeze: { rows: 1, columns: 2 },
  print: { orientation: 'landscape', titleRows: [0, 0], fitToWidth: true, paper: 'A4' },
  tabColor: '4472C4',
};

export const CHARTS: OutputSheet = {
  name: '图表',
  cells: [
    ['教研组', '优秀', '良好'],
    ['语文组', 1, 1],
    ['数学组', 0, 2],
  ],
  merges: [{ top: 3, left: 0, bottom: 3, right: 2 }],
  charts: [
    {
      id: 'tier-distribution',
      kind: 'stackedColumn',
      title: '等次分布',
      categories: { top: 1, left: 0, bottom: 2, right: 0 },
      series: [
        { name: '优秀', nameCell: { row: 0, column: 1 }, values: { top: 1, left: 1, bottom: 2, right: 1 }, color: '70AD47' },
        { name: '良好', nameCell: { row: 0, column: 2 }, values: { top: 1, left: 2, bottom: 2, right: 2 } },
      ],
      anchor: { top: 5, left: 0, bottom: 20, right: 7 },
    },
  ],
};

export const RECORD: OutputSheet = {
  name: '计算记录',
  cells: [['计算时间', '2024-01-20 10:00'], ['版本', '0.1.0'], ['备注', 'line1\nline2 & <tag> "q" \u0001']],
};
