/**
 * The blank standard workbook (SPEC §9 `template`, the task pane's 插入标准模板): the input sheets
 * of SPEC §3 with their headers and dropdowns, an instruction sheet, and 考核规则 filled with the rules.
 */
import type { Rules } from '../../engine/rules.js';
import { defaultRules } from '../../engine/rules.js';
import type { ListValidation, OutputCell, OutputSheet, RangeFormat } from '../output.js';
import { HEADER_FILL } from '../layout/labels.js';
import { ruleRows, type RuleRow } from '../layout/rulesRows.js';
import { guideSheet } from './templateGuide.js';
import { RULE_CHOICES } from '../rules/rulesParse.js';
import { PRESETS, presetValueText } from '../rules/presets.js';
import { CREDIT_SHEET_DEF, DELIVERABLE_SHEET_DEF } from './creditSheets.js';
import { wrappedRowHeights } from '../layout/rowHeights.js';

/**
 * The dropdown lists (data validation) of the template, by column name. They suggest, they do not
 * refuse (errorStyle warning, issue 10): the readers accept synonyms (到, √, 区级, 1等奖 …), so a
 * clerk who types one is told and may keep it.
 */
export const TEMPLATE_LISTS: Readonly<Record<string, readonly string[]>> = {
  状态: ['出勤', '迟到', '早退', '请假', '缺勤', '补课'],
  类型: ['校本研训', '外出学习'],
  课型: ['常态课', '公开课', '示范课', '研讨课', '汇报课', '展示课', '优质课', '研究课', '观摩课', '探究课'],
  级别: ['校级', '县区级', '市级', '省级', '国家级'],
  等次: ['特等奖', '一等奖', '二等奖', '三等奖', '优秀奖'],
  类别: ['比赛', '评选'],
  学习笔记: ['优秀', '良好', '合格', '不合格'],
  须开课: ['是', '否', '校级', '县区级', '市级', '省级'],
  未完成任务: ['是', '否'],
  评课: ['是', '否'],
};

export interface InputSheetDef {
  name: string;
  columns: readonly string[];
  /** Column widths in characters, same order as columns. */
  widths: readonly number[];
  /** Dropdowns of this sheet that differ from TEMPLATE_LISTS (成果登记's 类别 is no award 类别). */
  lists?: Readonly<Record<string, readonly string[]>>;
  /** Columns kept as text (学年 `2023-2024` must not become a date or a sum). */
  textColumns?: readonly string[];
}

/** The standard input sheets of SPEC §3 with their canonical column names. */
export const INPUT_SHEETS: readonly InputSheetDef[] = [
  // 入职日期 / 离职日期: staff who join or leave during the term (SPEC §3.1, §4 "Staff changes"); blank for everyone else.
  {
    name: '教师名册',
    columns: ['工号', '姓名', '教研组', '备课组', '学科', '梯队', '须开课', '入职日期', '离职日期'],
    widths: [10, 10, 14, 14, 8, 10, 8, 12, 12],
  },
  { name: '签到表', columns: ['日期', '活动', '类型', '工号', '姓名', '状态', '学时', '参加对象'], widths: [12, 36, 10, 10, 10, 8, 6, 22] },
  { name: '外出学习', columns: ['日期', '活动', '工号', '姓名', '学时', '状态'], widths: [12, 36, 10, 10, 6, 8] },
  { name: '听课记录', columns: ['日期', '听课人', '授课人', '学科', '课题', '课型', '级别', '评课'], widths: [12, 10, 10, 8, 28, 8, 8, 6] },
  { name: '获奖登记', columns: ['工号', '姓名', '奖项', '类别', '级别', '等次', '日期'], widths: [10, 10, 36, 8, 8, 8, 12] },
  {
    name: '考核登记',
    columns: ['工号', '姓名', '学习笔记', '读书未交', '读书扣分', '活动得分', '二次培训', '违纪扣分', '未完成任务', '集体加分'],
    widths: [10, 10, 10, 9, 9, 9, 9, 9, 11, 9],
  },
];

export const RULES_SHEET = '考核规则';

/** Rows that get dropdowns and formats below the header (enough for a large school's term). */
const DATA_ROWS = 2000;

/** Columns holding dates and 工号, formatted so that Excel keeps what people type. */
const DATE_COLUMNS = new Set(['日期', '入职日期', '离职日期']);
const TEXT_COLUMNS = new Set(['工号']);

/** The alert of a dropdown that suggests: the value may stay when the program can read it. */
const SUGGEST: Pick<ListValidation, 'errorStyle' | 'errorMessage'> = {
  errorStyle: 'warning',
  errorMessage: '不在下拉列表中。同义写法（如 到、√、区级、1等奖）程序也能识别，可点“是”保留；读不懂的值会列入“数据问题”。',
};

/**
 * One input sheet: header, dropdowns, 工号 as text, dates as yyyy-mm-dd; blank unless `rows` are given.
 * A `title` goes in a merged row above the header, as schools do (the readers skip it, SPEC §3).
 * @example inputSheet(INPUT_SHEETS[0]!).cells // [['工号', '姓名', '教研组', …]]
 */
export function inputSheet(def: InputSheetDef, rows: OutputCell[][] = [], title?: string): OutputSheet {
  const last = def.columns.length - 1;
  const header = title === undefined ? 0 : 1;
  const bottom = header + Math.max(DATA_ROWS, rows.length);
  const validations: ListValidation[] = [];
  const formats: RangeFormat[] = [
    { range: { top: header, left: 0, bottom: header, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center' },
  ];
  def.columns.forEach((name, c) => {
    const range = { top: header + 1, left: c, bottom, right: c };
    const list = def.lists?.[name] ?? TEMPLATE_LISTS[name];
    if (list !== undefined) validations.push({ range, values: [...list], ...SUGGEST });
    if (DATE_COLUMNS.has(name)) formats.push({ range, numberFormat: 'yyyy-mm-dd' });
    if (TEXT_COLUMNS.has(name) || def.textColumns?.includes(name) === true) formats.push({ range, numberFormat: '@' });
  });
  const sheet: OutputSheet = {
    name: def.name,
    cells: [...(title === undefined ? [] : [[title]]), [...def.columns], ...rows],
    columnWidths: [...def.widths],
    formats,
    validations,
    freeze: { rows: header + 1, columns: 0 },
    print: { orientation: 'portrait', fitToWidth: true, paper: 'A4', titleRows: [header, header] },
  };
  if (title !== undefined) {
    sheet.merges = [{ top: 0, left: 0, bottom: 0, right: last }];
    formats.unshift({ range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, horizontal: 'center' });
  }
  return sheet;
}

/**
 * 考核规则: 参数 | 值 | 说明, one rule a row (SPEC §3.6), filled with `rules` (the sample school, 计算记录).
 * @example rulesSheet(defaultRules()).cells[5] // ['优秀比例', '30%', '各教研组优秀名额…']
 */
export function rulesSheet(rules: Rules): OutputSheet {
  return rulesSheetOf(ruleRows(rules).map((r) => [r.key, r.value, r.note]));
}

/**
 * The template's 考核规则 (issue 21 item 1): 方案 = 默认 and every other 值 blank, so whichever 方案 the
 * office picks fills them; 说明 says the value a blank takes under each 方案 (`留空按方案：默认 10；001听评课 15`).
 * @example templateRulesSheet().cells[5] // ['优秀比例', '', '各教研组优秀名额…留空按方案：默认 30%']
 */
export function templateRulesSheet(): OutputSheet {
  return rulesSheetOf(ruleRows(defaultRules()).map((r) => (r.field === 'preset'
    ? [r.key, r.value, `${r.note}${presetsNote()}`]
    : [r.key, '', `${r.note}${blankNote(r)}`])));
}

/** What a blank 值 of this row takes: the default, and each 方案 that sets something else. */
function blankNote(row: RuleRow): string {
  const others = PRESETS.flatMap((p) => {
    const value = presetValueText(p, row.field, row.sub);
    return value === null || value === row.value ? [] : [`${p.name} ${value}`];
  });
  if (row.value === '' && others.length === 0) return '';
  return `留空按方案：默认 ${row.value === '' ? '空白' : row.value}${others.map((o) => `；${o}`).join('')}。`;
}

/** The 方案 row's 说明: what each preset changes, from its own rows. */
function presetsNote(): string {
  return PRESETS.filter((p) => p.rows.length > 0)
    .map((p) => `${p.name}：${p.rows.map(([key, value]) => `${key} ${value}`).join('，')}`)
    .join('；');
}

function rulesSheetOf(rows: OutputCell[][]): OutputSheet {
  const sheet: OutputSheet = {
    name: RULES_SHEET,
    cells: [['参数', '值', '说明'], ...rows],
    columnWidths: [18, 18, 80],
    formats: [
      { range: { top: 0, left: 0, bottom: 0, right: 2 }, bold: true, fill: HEADER_FILL, horizontal: 'center' },
      { range: { top: 1, left: 1, bottom: rows.length, right: 1 }, fill: 'FFF2CC', horizontal: 'left' },
      { range: { top: 1, left: 2, bottom: rows.length, right: 2 }, wrap: true, fontColor: '595959' },
      // 考核期: typed dates stay dates (the rows are there, blank, with their hint in 说明).
      ...rows.flatMap((r, i) => (PERIOD_KEYS.has(String(r[0])) ? [{ range: { top: i + 1, left: 1, bottom: i + 1, right: 1 }, numberFormat: 'yyyy-mm-dd' }] : [])),
    ],
    validations: ruleChoiceValidations(rows.map((r) => String(r[0]))),
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'portrait', fitToWidth: true, paper: 'A4', titleRows: [0, 0] },
  };
  // Each 说明 fully visible, on screen and on paper (SPEC §7 Print-ready; layout/rowHeights.ts).
  sheet.rowHeights = wrappedRowHeights(sheet);
  return sheet;
}

const PERIOD_KEYS: ReadonlySet<string> = new Set(['考核开始日期', '考核结束日期']);

/** Dropdowns for the rules that are a choice of words (方案, 名额取整, 同分处理, …), from the parser's own lists. */
function ruleChoiceValidations(keys: string[]): ListValidation[] {
  const choices: Record<string, readonly string[]> = {
    方案: PRESETS.map((p) => p.name),
    名额取整: RULE_CHOICES.rounding,
    同分处理: RULE_CHOICES.tie,
    学时计算范围: RULE_CHOICES.scope,
    名额计算: RULE_CHOICES.quotaMethod,
    不合格处理: RULE_CHOICES.disqualifyMode,
  };
  return keys.flatMap((k, i) => {
    const values = choices[k];
    if (values === undefined) return [];
    // 方案 names must match a preset exactly (an unknown one is an error); the other choices have synonyms.
    return [{ range: { top: i + 1, left: 1, bottom: i + 1, right: 1 }, values: [...values], ...(k === '方案' ? {} : SUGGEST) }];
  });
}

/** issue 21: the optional ledgers of the plans' whole year (SPEC §3.7, §3.8), after the term's six sheets. */
export const LEDGER_SHEETS: readonly InputSheetDef[] = [CREDIT_SHEET_DEF, DELIVERABLE_SHEET_DEF];

/**
 * The whole blank standard workbook: 使用说明, the six input sheets, 学分登记, 成果登记, 考核规则 (方案 = 默认, the rest blank).
 * @example templateSheets().map((s) => s.name) // ['使用说明', '教师名册', '签到表', …, '成果登记', '考核规则']
 */
export function templateSheets(): OutputSheet[] {
  const inputs = [...INPUT_SHEETS, ...LEDGER_SHEETS];
  return [guideSheet(inputs), ...inputs.map((def) => inputSheet(def)), templateRulesSheet()];
}
