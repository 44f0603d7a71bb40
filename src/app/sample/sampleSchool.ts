/**
 * The sample school (CLI `demo`, the task pane's 插入示例数据): a 初中 of 62 teachers in seven 教研组
 * with a full term of records in the standard input sheets — realistic enough to show every output,
 * with a handful of the data slips real workbooks have. Deterministic: same sheets on every run.
 */
import { defaultRules } from '../../engine/rules.js';
import type { OutputCell, OutputSheet } from '../../sheets/output.js';
import { INPUT_SHEETS, inputSheet, rulesSheet } from '../../sheets/template/template.js';
import { awardRows } from './awards.js';
import { externalRows } from './external.js';
import { judgedRows } from './judged.js';
import { observationRows } from './observations.js';
import { Prng } from './prng.js';
import { sampleTeachers } from './roster.js';
import { signinRows } from './signin.js';

/** The sample term (seed 000: 2023学年第一学期). */
export const SAMPLE_PERIOD = { from: '2023-09-01', to: '2024-01-31' } as const;

const SEED = 20230901;

function sheetDef(name: string): (typeof INPUT_SHEETS)[number] {
  const def = INPUT_SHEETS.find((d) => d.name === name);
  if (def === undefined) throw new Error(`No standard input sheet named ${name}`);
  return def;
}

/**
 * The sample school's input sheets, in the order of the standard template.
 * @example sampleSchoolSheets().map((s) => s.name) // ['教师名册', '签到表', '外出学习', '听课记录', '获奖登记', '考核登记', '考核规则']
 */
export function sampleSchoolSheets(): OutputSheet[] {
  const teachers = sampleTeachers();
  // One generator per sheet, so changing one sheet's recipe leaves the others as they were.
  const prng = (n: number): Prng => new Prng(SEED + n);

  const roster: OutputCell[][] = teachers.map((t) => [t.id, t.name, t.group, t.prepGroup, t.subject, t.echelon, t.mustTeach ? '是' : '否']);
  const external = externalRows(teachers, prng(2));
  const rules = defaultRules();
  rules.periodFrom = SAMPLE_PERIOD.from;
  rules.periodTo = SAMPLE_PERIOD.to;

  return [
    inputSheet(sheetDef('教师名册'), roster),
    inputSheet(sheetDef('签到表'), signinRows(teachers, prng(1)), '2023学年第一学期校本研训签到表'),
    inputSheet(sheetDef('外出学习'), external.rows),
    inputSheet(sheetDef('听课记录'), observationRows(teachers, prng(3))),
    inputSheet(sheetDef('获奖登记'), awardRows(teachers, prng(4))),
    inputSheet(sheetDef('考核登记'), judgedRows(teachers, external.cityTrained, prng(5))),
    rulesSheet(rules),
  ];
}
