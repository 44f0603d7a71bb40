/**
 * The sample 签到表 (long shape, SPEC §3.2): one row per teacher who signed in at a session, with a
 * realistic mix of statuses and the small slips real sheets have (a text date, a spaced name,
 * a full-width number, an unknown name, an unreadable status, a 同名 row without 工号).
 */
import type { OutputCell } from '../../sheets/output.js';
import { excelSerial } from './excelDate.js';
import type { Prng } from './prng.js';
import type { SampleTeacher } from './roster.js';
import { expects, SAMPLE_SESSIONS } from './sessions.js';

type Status = '出勤' | '迟到' | '早退' | '请假' | '缺勤' | '补课';

const STATUS_WEIGHTS: readonly (readonly [Status, number])[] = [
  ['出勤', 87], ['迟到', 4], ['早退', 1], ['请假', 4], ['缺勤', 2], ['补课', 2],
];

/** Two teachers who missed 5 of their 19 sessions (26% > 缺勤上限 20%, seed 003 §五). */
export const CHRONIC_ABSENTEES: readonly string[] = ['孙浩', '邓超'];
const CHRONIC_MISSED = [2, 7, 11, 15, 20];
/** Everyone else misses at most this many sessions without leave. */
const MAX_ORDINARY_ABSENCES = 2;

/** 外出学习 rows some schools keep in the sign-in sheet itself (类型 = 外出学习). */
const EXTERNAL_IN_SIGNIN = { date: '2023-10-20', title: '信息技术应用能力提升工程2.0区级集中培训', hours: 6, group: '信息综合组' };

/**
 * Rows of 签到表: 日期, 活动, 类型, 工号, 姓名, 状态, 学时, 参加对象.
 * @example signinRows(sampleTeachers(), new Prng(1))[0] // [45175, '开学初全体教师会…', '校本研训', 'T001', '陈静', '出勤', 3, '']
 */
export function signinRows(teachers: readonly SampleTeacher[], prng: Prng): OutputCell[][] {
  const rows: OutputCell[][] = [];
  const absences = new Map<string, number>();

  SAMPLE_SESSIONS.forEach((session, s) => {
    const date: OutputCell = excelSerial(session.date);
    for (const t of teachers) {
      if (!expects(session, t.group)) continue;
      let status: Status = prng.weighted(STATUS_WEIGHTS);
      if (CHRONIC_ABSENTEES.includes(t.name)) {
        status = CHRONIC_MISSED.includes(s) ? '缺勤' : '出勤';
      } else if (status === '缺勤') {
        const n = (absences.get(t.id) ?? 0) + 1;
        absences.set(t.id, n);
        if (n > MAX_ORDINARY_ABSENCES) status = '出勤';
      }
      // A sign-in sheet mostly lists those who signed: half of the absent simply have no row.
      if (status === '缺勤' && prng.chance(0.5)) continue;
      // Paper sheets typed up later: about a third of rows carry no 工号 (同名 teachers always do).
      const withId = t.name === '王芳' || prng.chance(0.7);
      rows.push([date, session.title, '校本研训', withId ? t.id : '', t.name, statusCell(status, s), session.hours, session.target]);
    }
    if (s === 0) {
      rows.push([date, session.title, '校本研训', '', '赵小明', '出勤', session.hours, '']); // 实习教师, not on the roster
    }
  });

  const ext = EXTERNAL_IN_SIGNIN;
  for (const t of teachers.filter((x) => x.group === ext.group)) {
    rows.push([excelSerial(ext.date), ext.title, '外出学习', t.id, t.name, '出勤', ext.hours, '']);
  }

  plantSlips(rows);
  return rows;
}

/** Sessions 5 and 9 were ticked with √ and left blank (SPEC §3.2: blank = present). */
function statusCell(status: Status, session: number): OutputCell {
  if (status !== '出勤') return status;
  if (session === 5) return '√';
  if (session === 9) return null;
  return status;
}

/** The slips a real sheet has; each should show up in 数据问题 or be silently normalised. */
function plantSlips(rows: OutputCell[][]): void {
  const find = (name: string, nth = 0): OutputCell[] | undefined => rows.filter((r) => r[4] === name)[nth];
  const liu = find('刘洋', 1);
  if (liu) { liu[4] = '刘 洋'; liu[3] = ''; } // "张 三" = "张三" (SPEC §3 normalisation)
  const chen = find('陈静', 1);
  if (chen) chen[6] = '２'; // full-width digit
  const li = find('李娜', 0);
  if (li) li[0] = '9月6日'; // year-less text date, year from the period
  const zheng = find('郑雪', 3);
  if (zheng) zheng[5] = '开会'; // not a status word → unknown-status, counted absent
  // One 王芳 row without 工号: two roster teachers share the name → ambiguous, not counted.
  const wang = find('王芳', 4);
  if (wang) wang[3] = '';
}
