/**
 * 学校汇总 (SPEC §10): one row per school file — counts and shares per 等次 and per 梯队, mean total,
 * 上报学时, the credit cycle's status shares, issues (the district's about the file included), the
 * rules that differ from the defaults — then a 全区合计 row. A school that could not be
 * scored, or a file given twice, is listed with the reason, so nothing sent in goes unaccounted.
 */
import { wrappedRowHeights } from '../rowHeights.js';
import { TIERS } from '../../../engine/model.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../../output.js';
import { HEADER_FILL, TIER_COLORS } from '../labels.js';
import { echelonsOf, hasCredits } from './districtColumns.js';
import type { DistrictSchool, DistrictView } from './districtView.js';
import { ruleDifferencesText } from './ruleDifferences.js';
import { echelonCount, summaryOf, type SchoolSummary } from './schoolSummary.js';

export const SCHOOLS_SHEET = '学校汇总';

/** The columns every 学校汇总 has; 梯队 and credit columns come in between when some school has them. */
export const SCHOOLS_HEADER: readonly string[] = [
  '学校', '文件', '教师数', '教研组数',
  ...TIERS.flatMap((t) => [t, `${t}占比`]),
  '平均分', '上报学时合计', '错误', '警告', '与默认规则不同', '说明',
];

const CREDIT_HEADER: readonly string[] = ['学分已完成占比', '学分按进度占比', '学分落后人数'];

const HEADER_ROW = 1;
const COL_FIRST_TIER = 4;
const COL_FIRST_ECHELON = COL_FIRST_TIER + TIERS.length * 2;
/** Rows of schools not scored and rules that differ stand out at a glance. */
const FAILED_FILL = 'FFC7CE';
const DUPLICATE_FILL = 'FFEB9C';
const RULES_FILL = 'FCE4D6';

/** Where the optional columns put everything after the tiers. */
interface Columns {
  echelons: string[];
  credits: boolean;
  header: string[];
  mean: number;
  firstCredit: number;
  rules: number;
}

function columnsOf(view: DistrictView): Columns {
  const echelons = echelonsOf(view);
  const credits = hasCredits(view);
  const mean = COL_FIRST_ECHELON + echelons.length * 2;
  const header = [
    ...SCHOOLS_HEADER.slice(0, COL_FIRST_ECHELON),
    ...echelons.flatMap((e) => [e, `${e}占比`]),
    '平均分', '上报学时合计',
    ...(credits ? CREDIT_HEADER : []),
    '错误', '警告', '与默认规则不同', '说明',
  ];
  const firstCredit = mean + 2;
  return { echelons, credits, header, mean, firstCredit, rules: header.length - 2 };
}

/**
 * 学校汇总's header for this district: SCHOOLS_HEADER with a count and a share per 梯队, and with a
 * credit cycle the shares 已完成 / 按进度 and the count 落后.
 * @example schoolsHeader(view).slice(12, 14) // ['骨干教师', '骨干教师占比']
 */
export function schoolsHeader(view: DistrictView): string[] {
  return columnsOf(view).header;
}

/** The file's own name: the folder it came from is in 计算记录. */
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** Count and share of each value, the share of `n` (0 when n is 0). */
function countsAndShares(counts: readonly number[], n: number): OutputCell[] {
  return counts.flatMap((c) => [c, n === 0 ? 0 : c / n]);
}

/** The credit cells: shares of the teachers that have a status; blank for a school without a cycle. */
function creditCells(tally: SchoolSummary['credits']): OutputCell[] {
  if (tally.of === 0) return [null, null, null];
  return [tally.done / tally.of, tally.onPace / tally.of, tally.behind];
}

/** Errors and warnings: the school's own and the district's about its file (same 工号, an older version, …). */
function issueCounts(school: DistrictSchool, district: DistrictView['districtIssues']): [number, number] {
  const own = district.filter((d) => d.file === school.file).map((d) => d.issue);
  const all = [...school.issues, ...own];
  return [all.filter((i) => i.severity === 'error').length, all.filter((i) => i.severity === 'warning').length];
}

function note(school: DistrictSchool): string {
  switch (school.outcome) {
    case 'duplicate':
      return `与“${fileName(school.duplicateOf ?? '')}”内容相同，未重复计入`;
    case 'superseded':
      return `旧版本：同校较新的“${fileName(school.supersededBy ?? '')}”已计入，本文件未计入`;
    case 'failed':
      return `未计算：${school.error ?? ''}`;
    case 'scored':
      return '';
  }
}

function schoolRow(school: DistrictSchool, summary: SchoolSummary | null, view: DistrictView, columns: Columns): OutputCell[] {
  const issues = issueCounts(school, view.districtIssues);
  if (summary === null) {
    const empty = Array<OutputCell>(columns.header.length - 6).fill(null);
    return [school.name, fileName(school.file), ...empty, ...issues, '', note(school)];
  }
  const n = summary.teachers;
  return [
    school.name, fileName(school.file), n, summary.groups,
    ...countsAndShares(summary.tiers, n),
    ...countsAndShares(columns.echelons.map((e) => echelonCount(summary, e)), n),
    summary.meanTotal,
    summary.reportHours,
    ...(columns.credits ? creditCells(summary.credits) : []),
    ...issues,
    school.rules === null ? '' : ruleDifferencesText(school.rules),
    '',
  ];
}

/**
 * 全区合计 over the scored schools: sums, shares of the district's teachers, the district mean. Made
 * from the rows' summaries, so it is what adding up the column above gives (上报学时's 全区合计
 * too): the schools' sums of totals and of 上报学时 added in the order of the files.
 */
function totalRow(view: DistrictView, summaries: readonly (SchoolSummary | null)[], columns: Columns): OutputCell[] {
  let scored = 0;
  let groups = 0;
  let n = 0;
  let totals = 0;
  let hours = 0;
  const tiers = TIERS.map(() => 0);
  const echelons = columns.echelons.map(() => 0);
  const credits = { done: 0, onPace: 0, behind: 0, of: 0 };
  for (const summary of summaries) {
    if (summary === null) continue;
    scored += 1;
    groups += summary.groups;
    n += summary.teachers;
    totals += summary.totalSum;
    hours += summary.reportHours;
    addTo(tiers, summary.tiers);
    addTo(echelons, columns.echelons.map((e) => echelonCount(summary, e)));
    credits.done += summary.credits.done;
    credits.onPace += summary.credits.onPace;
    credits.behind += summary.credits.behind;
    credits.of += summary.credits.of;
  }
  const issues = view.schools.map((s) => issueCounts(s, view.districtIssues));
  return [
    '全区合计', `${scored} 所学校已计算，共 ${view.schools.length} 个文件`, n, groups,
    ...countsAndShares(tiers, n),
    ...countsAndShares(echelons, n),
    n === 0 ? 0 : Math.round((totals / n) * 100) / 100,
    hours,
    ...(columns.credits ? creditCells(credits) : []),
    issues.reduce((s, [e]) => s + e, 0),
    issues.reduce((s, [, w]) => s + w, 0),
    '', '',
  ];
}

function addTo(sums: number[], counts: readonly number[]): void {
  counts.forEach((c, i) => {
    sums[i] = (sums[i] ?? 0) + c;
  });
}

/**
 * The title, the header, one row per file in the order given, and the 全区合计 row.
 * @example schoolsSheet(view).cells[2] // ['一中', '一中.xlsx', 62, 7, 19, 0.306…, …]
 */
export function schoolsSheet(view: DistrictView): OutputSheet {
  const columns = columnsOf(view);
  const last = columns.header.length - 1;
  const summaries = view.schools.map((s) => summaryOf(s));
  const rows = view.schools.map((s, i) => schoolRow(s, summaries[i] ?? null, view, columns));
  const firstData = HEADER_ROW + 1;
  const totalAt = firstData + rows.length;
  const formats: RangeFormat[] = [
    { range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, horizontal: 'center' },
    { range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true },
    { range: { top: HEADER_ROW, left: 0, bottom: totalAt, right: last }, border: true },
    { range: { top: totalAt, left: 0, bottom: totalAt, right: last }, bold: true, fill: HEADER_FILL },
  ];
  const percent = (col: number): void => {
    formats.push({ range: { top: firstData, left: col, bottom: totalAt, right: col }, numberFormat: '0.0%' });
  };
  TIERS.forEach((tier, i) => {
    formats.push({ range: { top: HEADER_ROW, left: COL_FIRST_TIER + 2 * i, bottom: HEADER_ROW, right: COL_FIRST_TIER + 2 * i + 1 }, fill: TIER_COLORS[tier] });
    percent(COL_FIRST_TIER + 2 * i + 1);
  });
  columns.echelons.forEach((_, i) => percent(COL_FIRST_ECHELON + 2 * i + 1));
  if (columns.credits) [0, 1].forEach((i) => percent(columns.firstCredit + i));
  formats.push(
    { range: { top: firstData, left: columns.mean, bottom: totalAt, right: columns.mean }, numberFormat: '0.00' },
    { range: { top: firstData, left: columns.rules, bottom: totalAt, right: last }, wrap: true },
  );
  view.schools.forEach((s, i) => {
    const row = firstData + i;
    if (s.outcome === 'failed') formats.push({ range: { top: row, left: 0, bottom: row, right: last }, fill: FAILED_FILL });
    else if (s.outcome === 'duplicate' || s.outcome === 'superseded') formats.push({ range: { top: row, left: 0, bottom: row, right: last }, fill: DUPLICATE_FILL });
    else if (rows[i]?.[columns.rules] !== '') formats.push({ range: { top: row, left: columns.rules, bottom: row, right: columns.rules }, fill: RULES_FILL });
  });

  const sheet: OutputSheet = {
    name: SCHOOLS_SHEET,
    cells: [['全区教师校本研修考核学校汇总'], columns.header, ...rows, totalRow(view, summaries, columns)],
    columnWidths: [
      18, 22, 7, 8, 6, 8, 6, 8, 6, 8, 7, 9,
      ...columns.echelons.flatMap(() => [7, 8]),
      8, 12,
      ...(columns.credits ? [9, 9, 8] : []),
      6, 6, 40, 48,
    ],
    formats,
    merges: [{ top: 0, left: 0, bottom: 0, right: last }],
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [HEADER_ROW, HEADER_ROW] },
    tabColor: '548235',
  };
  // A wrapped header or note whole on screen and on paper (SPEC §7 Print-ready, layout/rowHeights.ts).
  sheet.rowHeights = wrappedRowHeights(sheet);
  return sheet;
}
