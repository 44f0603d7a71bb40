/**
 * 学校汇总 (SPEC §10): one row per school file — counts and shares per 等次, mean total, 上报学时,
 * issues, the rules that differ from the defaults — then a 全区合计 row. A school that could not be
 * scored, or a file given twice, is listed with the reason, so nothing sent in goes unaccounted.
 */
import { TIERS } from '../../../engine/model.js';
import type { OutputCell, OutputSheet, RangeFormat } from '../../output.js';
import { HEADER_FILL, TIER_COLORS } from '../labels.js';
import type { DistrictResult, DistrictSchool, DistrictView } from './districtView.js';
import { ruleDifferencesText } from './ruleDifferences.js';

export const SCHOOLS_SHEET = '学校汇总';

export const SCHOOLS_HEADER: readonly string[] = [
  '学校', '文件', '教师数', '教研组数',
  ...TIERS.flatMap((t) => [t, `${t}占比`]),
  '平均分', '上报学时合计', '错误', '警告', '与默认规则不同', '说明',
];

const HEADER_ROW = 1;
const COL_FIRST_TIER = 4;
const COL_MEAN = COL_FIRST_TIER + TIERS.length * 2;
const COL_RULES = COL_MEAN + 4;
/** Rows of schools not scored and rules that differ stand out at a glance. */
const FAILED_FILL = 'FFC7CE';
const DUPLICATE_FILL = 'FFEB9C';
const RULES_FILL = 'FCE4D6';

/** The file's own name: the folder it came from is in 计算记录. */
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** Mean of the school's totals, 2 decimals (0 for no teachers). */
export function meanTotal(result: DistrictResult): number {
  const n = result.teachers.length;
  if (n === 0) return 0;
  return Math.round((result.teachers.reduce((s, t) => s + t.total, 0) / n) * 100) / 100;
}

function tierCounts(result: DistrictResult): number[] {
  return TIERS.map((tier) => result.teachers.filter((t) => t.tier === tier).length);
}

function schoolRow(school: DistrictSchool): OutputCell[] {
  const { result } = school;
  if (result === null) {
    const empty = Array<OutputCell>(COL_RULES - 2).fill(null);
    const note = school.outcome === 'duplicate' ? `与“${fileName(school.duplicateOf ?? '')}”内容相同，未重复计入` : `未计算：${school.error ?? ''}`;
    return [school.name, fileName(school.file), ...empty, '', note];
  }
  const n = result.teachers.length;
  const counts = tierCounts(result);
  const count = (severity: 'error' | 'warning'): number => result.issues.filter((i) => i.severity === severity).length;
  return [
    school.name, fileName(school.file), n, result.groups.length,
    ...counts.flatMap((c) => [c, n === 0 ? 0 : c / n]),
    meanTotal(result),
    result.teachers.reduce((s, t) => s + t.reportHours, 0),
    count('error'), count('warning'),
    school.rules === null ? '' : ruleDifferencesText(school.rules),
    '',
  ];
}

/** 全区合计 over the scored schools: sums, shares of the district's teachers, the district mean. */
function totalRow(view: DistrictView): OutputCell[] {
  const results = view.schools.flatMap((s) => (s.result === null ? [] : [s.result]));
  const n = results.reduce((s, r) => s + r.teachers.length, 0);
  const counts = TIERS.map((_, i) => results.reduce((s, r) => s + (tierCounts(r)[i] ?? 0), 0));
  const totals = results.reduce((s, r) => s + r.teachers.reduce((a, t) => a + t.total, 0), 0);
  const sum = (f: (r: DistrictResult) => number): number => results.reduce((s, r) => s + f(r), 0);
  return [
    '全区合计', `${results.length} 所学校已计算，共 ${view.schools.length} 个文件`, n, sum((r) => r.groups.length),
    ...counts.flatMap((c) => [c, n === 0 ? 0 : c / n]),
    n === 0 ? 0 : Math.round((totals / n) * 100) / 100,
    sum((r) => r.teachers.reduce((s, t) => s + t.reportHours, 0)),
    sum((r) => r.issues.filter((i) => i.severity === 'error').length),
    sum((r) => r.issues.filter((i) => i.severity === 'warning').length),
    '', '',
  ];
}

/**
 * The title, the header, one row per file in the order given, and the 全区合计 row.
 * @example schoolsSheet(view).cells[2] // ['一中', '一中.xlsx', 62, 7, 19, 0.306…, …]
 */
export function schoolsSheet(view: DistrictView): OutputSheet {
  const last = SCHOOLS_HEADER.length - 1;
  const rows = view.schools.map(schoolRow);
  const firstData = HEADER_ROW + 1;
  const totalAt = firstData + rows.length;
  const formats: RangeFormat[] = [
    { range: { top: 0, left: 0, bottom: 0, right: last }, bold: true, horizontal: 'center' },
    { range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW, right: last }, bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true },
    { range: { top: HEADER_ROW, left: 0, bottom: totalAt, right: last }, border: true },
    { range: { top: totalAt, left: 0, bottom: totalAt, right: last }, bold: true, fill: HEADER_FILL },
  ];
  TIERS.forEach((tier, i) => {
    formats.push({ range: { top: HEADER_ROW, left: COL_FIRST_TIER + 2 * i, bottom: HEADER_ROW, right: COL_FIRST_TIER + 2 * i + 1 }, fill: TIER_COLORS[tier] });
    formats.push({ range: { top: firstData, left: COL_FIRST_TIER + 2 * i + 1, bottom: totalAt, right: COL_FIRST_TIER + 2 * i + 1 }, numberFormat: '0.0%' });
  });
  formats.push(
    { range: { top: firstData, left: COL_MEAN, bottom: totalAt, right: COL_MEAN }, numberFormat: '0.00' },
    { range: { top: firstData, left: COL_RULES, bottom: totalAt, right: last }, wrap: true },
  );
  view.schools.forEach((s, i) => {
    const row = firstData + i;
    if (s.outcome === 'failed') formats.push({ range: { top: row, left: 0, bottom: row, right: last }, fill: FAILED_FILL });
    else if (s.outcome === 'duplicate') formats.push({ range: { top: row, left: 0, bottom: row, right: last }, fill: DUPLICATE_FILL });
    else if (rows[i]?.[COL_RULES] !== '') formats.push({ range: { top: row, left: COL_RULES, bottom: row, right: COL_RULES }, fill: RULES_FILL });
  });

  return {
    name: SCHOOLS_SHEET,
    cells: [['全区教师校本研修考核学校汇总'], [...SCHOOLS_HEADER], ...rows, totalRow(view)],
    columnWidths: [18, 22, 7, 8, 6, 8, 6, 8, 6, 8, 7, 9, 8, 12, 6, 6, 40, 48],
    formats,
    merges: [{ top: 0, left: 0, bottom: 0, right: last }],
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: [HEADER_ROW, HEADER_ROW] },
    tabColor: '548235',
  };
}
