/**
 * fast-check arbitraries for hostile workbooks: the standard sheets (and junk sheets) with their
 * headers at random rows and columns, known and unknown columns in random order, and cells of every
 * CellValue type — mostly garbage, with enough real vocabulary that the readers get past the header.
 */
import fc from 'fast-check';
import type { CellValue, Table } from '../../src/sheets/table.js';
import { COLUMN_NAMES, SHEET_NAMES, STATUS_WORDS } from '../../src/sheets/words/vocabulary.js';

const NAMES = ['张三', '李四', '王五', '赵六', ' 张 三 ', '张三\u200B', 'Ｔ01', '王芳', '王芳(T12)', '钱八'];
const IDS = ['T01', 'T02', 'T03', 'T12', 'Ｔ０１', '001', '1', ''];
const GROUPS = ['语文组', '数学组', '英语组 ', '体育组', '', '未分组'];
const DATES = ['2023-09-06', '2023/9/6', '2023.9.6', '2023年9月6日', '9月6日', '9.6', '9/6', '2023/13/40', '2月30日', '20230906'];
const HOSTILE = ['=1+1', '=HYPERLINK("http://x","y")', '@SUM(A1)', '+86 1', '-1', '#N/A', '#REF!', '合计', '学时', '', ' ', '\u3000',
  '\uD800', 'x'.repeat(300), '优秀', '良好', '一等奖', '市级', '公开课', '是', '否', '比赛', '评选', '2学时', '３', '三成', '30%'];
const WORDS = [...NAMES, ...IDS, ...GROUPS, ...DATES, ...HOSTILE, ...Object.values(STATUS_WORDS).flat()];

/** Any cell value, weighted towards words the readers know. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 2, 3, 0.5, -1, 45175, 1e308, -0, Number.NaN, Number.POSITIVE_INFINITY) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1899, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)) }) },
  { weight: 1, arbitrary: fc.constant(new Date(Number.NaN)) },
  { weight: 4, arbitrary: fc.constant(null) },
);

const headerWord = fc.constantFrom(...Object.values(COLUMN_NAMES).flat(), '序号', '备注', '部门', '9月6日 集体备课', '2023/9/13', '合计');

/** One sheet: `top` junk rows (titles), a header of known and unknown names, then garbage rows. */
function sheet(name: fc.Arbitrary<string>): fc.Arbitrary<Table> {
  return fc
    .record({
      name,
      top: fc.integer({ min: 0, max: 12 }),
      left: fc.integer({ min: 0, max: 3 }),
      header: fc.array(headerWord, { minLength: 1, maxLength: 10 }),
      rows: fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 25 }),
      firstRow: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
      hidden: fc.boolean(),
    })
    .map(({ name: n, top, left, header, rows, firstRow, hidden }) => {
      const pad = (r: CellValue[]): CellValue[] => [...(new Array(left).fill(null) as CellValue[]), ...r];
      const titles: CellValue[][] = Array.from({ length: top }, (_, i) => (i === 0 ? ['2023学年第一学期校本研修签到表'] : []));
      const table: Table = { name: n, rows: [...titles, pad(header), ...rows.map(pad)], hidden };
      if (firstRow !== undefined) table.firstRow = firstRow;
      return table;
    });
}

const sheetName = fc.oneof(
  fc.constantFrom(...Object.values(SHEET_NAMES).flat(), ' 教师名册 ', '教师名册　', '考核结果', 'Sheet1'),
  fc.string({ maxLength: 8 }),
);

const NUMBERS: readonly CellValue[] = [0, 1, 2, 1.5, '２', '2学时', '两', -3, 1e9, '', null];
const STATUSES: readonly CellValue[] = [...Object.values(STATUS_WORDS).flat(), '乱写', null];
const DATE_CELLS: readonly CellValue[] = [...DATES, new Date(Date.UTC(2023, 8, 6)), new Date(Date.UTC(2024, 2, 1)), 45175, 45300, null];

/** Each standard sheet's columns with the values that column typically holds (SPEC §3). */
const STANDARD: readonly (readonly [string, readonly (readonly [string, readonly CellValue[]])[]])[] = [
  ['签到表', [['日期', DATE_CELLS], ['活动', ['集体备课', '专题讲座', '']], ['类型', ['校本研训', '外出学习', '外出', '乱写', null]],
    ['工号', IDS], ['姓名', NAMES], ['状态', STATUSES], ['学时', NUMBERS], ['参加对象', ['语文组', '数学组、英语组', '全体', '不存在组', null]]]],
  ['外出学习', [['日期', DATE_CELLS], ['活动', ['市级培训', '']], ['工号', IDS], ['姓名', NAMES], ['学时', NUMBERS], ['状态', STATUSES]]],
  ['听课记录', [['日期', DATE_CELLS], ['听课人', NAMES], ['授课人', NAMES], ['学科', ['语文', '']], ['课题', ['分数', '古诗', '']],
    ['课型', ['公开课', '常态课', '示范课', '市级公开课']], ['级别', ['校级', '市级', '省', '国家级', '乱', null]], ['评课', ['是', '否', null]]]],
  ['获奖登记', [['工号', IDS], ['姓名', NAMES], ['奖项', ['基本功大赛', '教学论文评选', '某某奖']], ['类别', ['比赛', '评选', null]],
    ['级别', ['县区级', '市级', '省级', '校级', '国家级', '乱']], ['等次', ['一等奖', '二等', '3等奖', '优秀奖', '金奖', '乱']], ['日期', DATE_CELLS]]],
  ['考核登记', [['工号', IDS], ['姓名', NAMES], ['学习笔记', ['优秀', '良好', '合格', '不合格', 'A', '乱', null]], ['读书未交', NUMBERS],
    ['读书扣分', NUMBERS], ['活动得分', NUMBERS], ['二次培训', NUMBERS], ['违纪扣分', NUMBERS], ['未完成任务', ['是', '否', null]], ['集体加分', NUMBERS]]],
  ['考核规则', [['参数', ['优秀比例', '良好比例', '名额取整', '同分处理', '缺勤上限', '学时计算范围', '默认每次学时', '考核开始日期',
    '考核结束日期', '优秀比例:语文组', '不存在']], ['值', ['30%', '0.3', '四舍五入', '严格', '三成', 2, '2023-09-01', '2024-01-31', 'abc', null]]]],
];

/** A standard sheet with its real columns (a random subset, shuffled) and mostly plausible values. */
const standardSheet: fc.Arbitrary<Table> = fc
  .constantFrom(...STANDARD)
  .chain(([name, columns]) =>
    fc.record({
      columns: fc.shuffledSubarray([...columns], { minLength: 1 }),
      top: fc.integer({ min: 0, max: 3 }),
      rows: fc.array(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 }), cellValue), { minLength: 8, maxLength: 10 }), { maxLength: 30 }),
    }).map(({ columns: cols, top, rows }): Table => ({
      name,
      rows: [
        ...(Array.from({ length: top }, () => ['标题']) as CellValue[][]),
        cols.map(([header]) => header),
        ...rows.map((cells) => cols.map(([, pool], c) => {
          const [pick, odds, garbage] = cells[c] ?? [0, 0, null];
          return odds < 8 ? (pool[pick % pool.length] ?? null) : garbage;
        })),
      ],
    })),
  );

/** A 考勤表 matrix: 姓名/工号, date headers, sometimes a 学时 row and a 合计 row, marks and garbage. */
const matrixSheet: fc.Arbitrary<Table> = fc
  .record({
    dates: fc.uniqueArray(fc.constantFrom('9月6日 集体备课', '9/13', '2023/9/20', '9.27', '10月11日', '2023年13月1日'), { minLength: 1 }),
    hoursRow: fc.boolean(),
    people: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...IDS)), { maxLength: 12 }),
    marks: fc.array(fc.oneof(fc.constantFrom(...STATUSES, '✓', '√', '假', '×', null), cellValue), { minLength: 60, maxLength: 60 }),
    total: fc.boolean(),
  })
  .map(({ dates, hoursRow, people, marks, total }): Table => {
    let m = 0;
    const mark = (): CellValue => marks[m++ % marks.length] ?? null;
    return {
      name: '考勤表',
      rows: [
        ['姓名', '工号', ...dates, '合计'],
        ...(hoursRow ? [['学时', null, ...dates.map(() => mark())]] : []),
        ...people.map(([name, id]) => [name, id, ...dates.map(() => mark()), 5]),
        ...(total ? [['合计', null, ...dates.map(() => 3)]] : []),
      ],
    };
  });

/** A roster that reads (so scoring runs), plus up to seven other sheets: standard, matrix or anything. */
export const workbook: fc.Arbitrary<Table[]> = fc
  .record({
    roster: fc.array(fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...NAMES), fc.constantFrom(...GROUPS)), { minLength: 1, maxLength: 12 }),
    rosterTop: fc.integer({ min: 0, max: 9 }),
    others: fc.array(fc.oneof({ weight: 4, arbitrary: standardSheet }, { weight: 1, arbitrary: matrixSheet }, { weight: 2, arbitrary: sheet(sheetName) }), { maxLength: 7 }),
  })
  .map(({ roster, rosterTop, others }) => [
    {
      name: '教师名册',
      rows: [...(Array.from({ length: rosterTop }, () => []) as CellValue[][]), ['工号', '姓名', '教研组'], ...roster],
    },
    ...others,
  ]);
