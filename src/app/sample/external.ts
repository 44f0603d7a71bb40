/**
 * The sample 外出学习 sheet (SPEC §3.2): trainings run by the district and the city, who went, hours.
 */
import type { OutputCell } from '../../sheets/output.js';
import { excelSerial } from './excelDate.js';
import type { Prng } from './prng.js';
import type { SampleTeacher } from './roster.js';

interface Training {
  date: string;
  title: string;
  hours: number;
  /** Who may go: a share of all staff, or only some echelons. */
  who: (t: SampleTeacher) => boolean;
  share: number;
}

const TRAININGS: readonly Training[] = [
  { date: '2023-09-16', title: '区级新课标学科培训', hours: 6, who: () => true, share: 0.95 },
  { date: '2023-10-14', title: '市级骨干教师研修班（第一期）', hours: 6, who: (t) => t.echelon !== '' && t.echelon !== '青年教师', share: 0.8 },
  { date: '2023-10-28', title: '区级学科教研活动（送教下乡）', hours: 3, who: () => true, share: 0.7 },
  { date: '2023-11-11', title: '“国培计划”网络研修集中面授', hours: 6, who: () => true, share: 0.5 },
  { date: '2023-11-25', title: '区级青年教师专业成长培训', hours: 6, who: (t) => t.echelon === '青年教师' || t.echelon === '', share: 0.6 },
  { date: '2023-12-09', title: '市级学科带头人高级研修', hours: 6, who: (t) => t.echelon === '学科带头人', share: 1 },
  { date: '2023-12-16', title: '区级学科教研活动（期末复习研讨）', hours: 3, who: () => true, share: 0.85 },
  { date: '2024-01-13', title: '区级班主任能力提升培训', hours: 6, who: () => true, share: 0.4 },
];

/** Titles of the city-level trainings: attending one earns the 二次培训 bonus when shared back (考核登记). */
export const CITY_TRAININGS: readonly string[] = TRAININGS.filter((t) => t.title.startsWith('市级')).map((t) => t.title);

export interface ExternalPlan {
  rows: OutputCell[][];
  /** 工号 of teachers who went to a city-level training. */
  cityTrained: Set<string>;
}

/**
 * Rows of 外出学习: 日期, 活动, 工号, 姓名, 学时, 状态.
 * @example externalRows(sampleTeachers(), new Prng(2)).rows[0] // [45185, '区级新课标学科培训', 'T001', '陈静', 6, '出勤']
 */
export function externalRows(teachers: readonly SampleTeacher[], prng: Prng): ExternalPlan {
  const rows: OutputCell[][] = [];
  const cityTrained = new Set<string>();
  for (const training of TRAININGS) {
    for (const t of teachers) {
      if (!training.who(t) || !prng.chance(training.share)) continue;
      const status = prng.chance(0.04) ? '请假' : '出勤';
      rows.push([excelSerial(training.date), training.title, t.id, t.name, training.hours, status]);
      if (status === '出勤' && CITY_TRAININGS.includes(training.title)) cityTrained.add(t.id);
    }
  }
  return { rows, cityTrained };
}
