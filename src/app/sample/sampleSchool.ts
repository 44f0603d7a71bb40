/**
 * The sample school (CLI `demo`, the task pane's 插入示例数据): the school generator (../generator) with
 * the sample profile (./sampleProfile.ts) — a 初中 of 62 teachers in seven 教研组 with a full term of
 * records in the standard input sheets, realistic enough to show every output, with a handful of the
 * data slips real workbooks have. Deterministic: same sheets on every run.
 */
import { defaultRules } from '../../engine/rules.js';
import type { OutputCell, OutputSheet } from '../../sheets/output.js';
import { INPUT_SHEETS, inputSheet, rulesSheet } from '../../sheets/template/template.js';
import { excelSerial } from '../generator/dates.js';
import type { Cell } from '../generator/profile.js';
import { schoolSheets } from '../generator/rows.js';
import { generateSchool } from '../generator/school.js';
import { SAMPLE_PROFILE } from './sampleProfile.js';

/** The sample term (seed 000: 2023学年第一学期). */
export const SAMPLE_PERIOD = { from: '2023-09-01', to: '2024-01-31' } as const;

const SEED = 20230901;

const outputCell = (c: Cell): OutputCell => (c instanceof Date ? excelSerial(c.toISOString().slice(0, 10)) : c);

/**
 * The sample school's input sheets, in the order of the standard template.
 * @example sampleSchoolSheets().map((s) => s.name) // ['教师名册', '签到表', '外出学习', '听课记录', '获奖登记', '考核登记', '考核规则']
 */
export function sampleSchoolSheets(): OutputSheet[] {
  const sheets = schoolSheets(generateSchool(SEED, SAMPLE_PROFILE));
  const rules = defaultRules();
  rules.periodFrom = SAMPLE_PERIOD.from;
  rules.periodTo = SAMPLE_PERIOD.to;
  return [
    ...INPUT_SHEETS.map((def) => {
      const sheet = sheets.find((s) => s.name === def.name);
      const rows = [...(sheet?.rows() ?? [])].map((r) => r.map(outputCell));
      return inputSheet(def, rows, sheet?.title);
    }),
    rulesSheet(rules),
  ];
}
