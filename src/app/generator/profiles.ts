/**
 * The generator's profiles besides the sample's (../sample/sampleProfile.ts):
 *
 * - `realisticProfile(size, school)`: the bench's schools — drawn staff in 教研组 of 10–15, a weekly
 *   calendar (4 全区 Saturdays, the school on Wednesdays, 26 sessions per 教研组), status words and
 *   text dates mixed the way people type, 3% chronic absentees, one row per teacher in 考核登记.
 * - `EDGE_PROFILE`: the oracle's tiny clean schools, made of values that break naive scoring — ties
 *   (small value sets, plain schools where everyone attends), .xx5 decimals, every SPEC §3.2 status
 *   word, 参加对象 with every separator, dates as ISO text, serials and Dates, numeric 工号, 同名
 *   teachers (with 工号, sometimes written without), teachers without 工号, random 考核规则.
 */
import { NO_ROW, type Cell, type RulePlan, type SchoolProfile, type Weighted } from './profile.js';
import {
  AWARD_LEVELS, AWARDS, DISTRICT_ACTIVITIES, ECHELONS, EXTERNAL_ACTIVITIES, GROUP_ACTIVITIES, LESSON_TOPICS,
  LESSON_TOPICS_BY_SUBJECT, NOTES_GRADES, OPEN_CLASS_TYPES, PRESENT_WORDS, PRIZES, SCHOOL_ACTIVITIES,
} from './vocabulary.js';

const TRAINING_DATES = ['2023-09-16', '2023-10-14', '2023-10-28', '2023-11-11', '2023-11-25', '2023-12-09', '2023-12-16', '2024-01-13'];
const fixedRule = (key: string, value: Cell): RulePlan => ({ keys: [key], values: [[[value], 1]], rate: 1 });
const even = <T>(values: readonly T[]): Weighted<T> => values.map((v) => [v, 1] as const);

/**
 * A school of `size` teachers; in a district, `school` names it (教研组 and sessions carry the name, so
 * (日期, 活动) stays unique per school) and `schoolNo` numbers its 工号.
 */
export function realisticProfile(size: number, school = '', schoolNo = 1): SchoolProfile {
  return {
    school,
    schoolNo,
    term: { from: '2023-09-04', days: 139 },
    staff: {
      kind: 'drawn', size, names: 'drawn', ids: 'school', numericRate: 0, missingIdRate: 0, blankGroupRate: 0,
      echelons: ECHELONS, mustTeachRate: 0.3, mustTeachWords: [['是'], ['否']], chronicRate: 0.03,
    },
    calendar: {
      kind: 'weekly', monday: '2023-09-04', weeks: 20, district: DISTRICT_ACTIVITIES, school: SCHOOL_ACTIVITIES,
      schoolHours: [2, 2, 2, 1.5, 3], perGroup: 26, group: GROUP_ACTIVITIES,
    },
    dates: [['date', 92], ['slashes', 5], ['monthDay', 3]],
    ids: { signin: 1, external: 1, awards: 1, judged: 1, shared: 1, numeric: 0 },
    plainRate: 0,
    signin: {
      title: '2023学年第一学期校本研修签到表',
      // ~2% of expected rows missing (absent); present written as 出勤, √, 签到 or blank.
      statuses: [[NO_ROW, 2], ['请假', 1], ['病假', 0.5], ['迟到', 1], ['早退', 0.3], ['缺勤', 0.5], ['补课', 0.2], [PRESENT_WORDS, 94.5]],
      uniformWords: ['出勤'],
      uniformRate: 0,
      strayRate: 0,
      absent: '缺勤',
      maxAbsences: Infinity,
      absentNoRow: 0.8,
      chronic: { missRate: 0.3 },
      presentBySession: {},
      types: [['校本研训', 80], [null, 20]],
      hours: [['usual', 90], [null, 10]],
      spacedNameRate: 0.01,
      duplicateRate: 0,
      stranger: { name: '', rate: 0 },
      trainings: { kind: 'drawn', count: [3, 6], dates: TRAINING_DATES, titles: EXTERNAL_ACTIVITIES, hours: [3, 6, 6, 12], shares: [0.2, 0.3, 0.4] },
      trainingStatus: [['出勤', 90], ['请假', 10]],
      trainingHours: [['usual', 1]],
    },
    external: {
      trainings: { kind: 'drawn', count: [2, 4], dates: TRAINING_DATES, titles: EXTERNAL_ACTIVITIES, hours: [3, 6, 12], shares: [0.1, 0.2, 0.3] },
      status: [[null, 95], ['请假', 5]],
      hours: [['usual', 90], ['6学时', 10]],
    },
    observations: {
      events: { count: [2, 5], perMember: 0 },
      teachers: { youngFirst: false, never: [] },
      topics: { ...LESSON_TOPICS_BY_SUBJECT, '': LESSON_TOPICS },
      kind: { types: even(OPEN_CLASS_TYPES), levels: [['校级', 80], ['县级', 5], ['区级', 5], ['市级', 5], ['省级', 5]] },
      observersFrom: 'group',
      rates: [0.45],
      levelSlipRate: 0,
      reviewed: [['是', 70], ['否', 30]],
      duplicateRate: 0,
      everyday: { shortRate: 0.05, short: [3, 6], target: [7, 14], colleagueRate: 0.85, reviewedRate: 0.7 },
      // Names only, no 工号: 同名 in a district yields ambiguous-teacher warnings at size.
      labelShared: false,
      sortByDate: false,
    },
    awards: {
      kind: 'drawn', perTeacher: 0.4, winners: [1, 4], titles: AWARDS.map((a) => [a.title, a.category] as const), blankCategoryRate: 0,
      levels: AWARD_LEVELS, prizes: PRIZES, dates: TRAINING_DATES, blankDateRate: 0, duplicateRate: 0.02,
    },
    judged: {
      missingRate: 0.01,
      grade: [[null, 2], ...NOTES_GRADES.map((g) => [g, 14] as const)],
      readingMissed: [[0, 95], [1, 5]],
      readingDeduction: [[0, 90], [1, 5], [2, 5]],
      activity: even([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
      secondTraining: [[0, 70], [1, 10], [2, 10], [3, 10]],
      discipline: [[0, 99], [5, 1]],
      taskIncomplete: [['否', 99], ['是', 1]],
      collective: [[0, 90], [1, 10]],
      fixed: [],
      plainRows: [],
    },
    rules: [
      fixedRule('考核开始日期', '2023-09-01'), fixedRule('考核结束日期', '2024-01-31'), fixedRule('优秀比例', '30%'),
      fixedRule('良好比例', '40%'), fixedRule('名额取整', '四舍五入'), fixedRule('同分处理', '同档'), fixedRule('缺勤上限', '20%'),
      fixedRule('学时计算范围', '全校'), fixedRule('默认每次学时', 2), fixedRule('听课最少节数', 10), fixedRule('上报学时', 12),
    ],
    slips: [],
  };
}

const SESSION_DATES = ['2023-08-28', '2023-09-06', '2023-09-20', '2023-10-11', '2023-11-08', '2023-12-06', '2024-01-10', '2024-02-20'];
const EXTERNAL_TITLES = ['区级学科培训', '市级骨干研修', '省级名师讲堂'];
// SPEC §3.2 status words, every one of them.
const PRESENT: readonly Cell[] = ['出勤', '到', '签到', '已签到', '正常', '参加', '✓', '√', '☑', 1, '1', '是', 'Y'];
const LATE: readonly Cell[] = ['迟到', '迟', '早退'];
const EXCUSED: readonly Cell[] = ['请假', '假', '事假', '病假', '公假', '公出', '出差', '调休'];
const ABSENT: readonly Cell[] = ['缺勤', '缺', '旷', '旷会', '未到', '未签到', '×', '✗', 0, '0', '否', 'N'];
const MADE_UP: readonly Cell[] = ['补课', '补', '补学', '已补'];
/** Values with three decimals: half-up rounding must be done on the decimal digits (1.005 → 1.01). */
const AWKWARD = [1.005, 2.675, 0.125, 0.005, 1.115, 8.345];
/** `value` replaced by an awkward decimal 5% of the time. */
const awkward = (value: number, weight: number): Weighted<Cell> => [[value, weight * 0.95], ...AWKWARD.map((a) => [a, (weight * 0.05) / AWKWARD.length] as const)];
const rule = (keys: readonly string[], rate: number, values: readonly (readonly Cell[])[], weights?: readonly number[]): RulePlan =>
  ({ keys, rate, values: values.map((v, i) => [v, weights?.[i] ?? 1] as const) });
const one = (...values: readonly Cell[]): (readonly Cell[])[] => values.map((v) => [v]);

/** The oracle's random clean schools: 1–4 教研组 of 1–12 teachers, every field from a small set of values. */
export const EDGE_PROFILE: SchoolProfile = {
  school: '',
  schoolNo: 1,
  term: { from: '2023-09-01', days: 150 },
  staff: {
    kind: 'drawn',
    groupPool: { names: ['语文组', '数学组', '英语组', '体育艺术组', '信息综合组', '理化生组'], keep: 0.5, max: 4, sizes: [[[1, 3], 2], [[4, 8], 4], [[9, 12], 3]] },
    names: ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨柳', '赵敏', '黄磊', '周婷', '吴刚', '徐丽', '孙强', '马超', '朱红', '胡军', '郭华', '何平', '高峰', '林琳',
      '罗兰', '梁宇', '宋佳', '郑爽', '谢娜', '韩梅', '唐僧'],
    ids: 'T',
    numericRate: 0.25,
    missingIdRate: 0.3,
    blankGroupRate: 0.02,
    echelons: [''],
    mustTeachRate: 0.3,
    mustTeachWords: [['是', '是', '区级', '市级'], ['否', '']],
    chronicRate: 0,
  },
  calendar: { kind: 'drawn', count: [0, 6], dates: SESSION_DATES, titles: ['集体备课', '师德专题培训', '读书交流', '信息技术培训', '课题研讨'], hours: [1, 1.5, 2, 3], limitedRate: 0.3, separators: ['、', ' ', ',', '，', '/'] },
  dates: [['iso', 6], ['serial', 2], ['date', 2]],
  ids: { signin: 0.6, external: 0.6, awards: 0.6, judged: 0.6, shared: 0.92, numeric: 0.7 },
  plainRate: 0.3,
  signin: {
    statuses: [[NO_ROW, 1], ['', 3], ['出勤', 6], [PRESENT, 1.5], [LATE, 1.5], [MADE_UP, 1], [EXCUSED, 2], [ABSENT, 2]],
    uniformWords: ['', '出勤'],
    uniformRate: 0.4,
    strayRate: 0.1,
    absent: '缺勤',
    maxAbsences: Infinity,
    absentNoRow: 0,
    chronic: { missRate: 0 },
    presentBySession: {},
    types: [['', 1], ['校本研训', 1]],
    hours: [['', 4], ['usual', 5], [1, 0.5], [1.5, 0.5], [2, 0.5], [3, 0.5]],
    spacedNameRate: 0,
    duplicateRate: 0.04,
    stranger: { name: '路人甲', rate: 0.2 },
    trainings: { kind: 'drawn', count: [0, 2], dates: SESSION_DATES, titles: EXTERNAL_TITLES, hours: [3, 6], shares: [0.3] },
    trainingStatus: [['', 1], ['出勤', 1], ['请假', 1]],
    trainingHours: [['', 1], [3, 1], [6, 1]],
  },
  external: {
    trainings: { kind: 'drawn', count: [0, 4], dates: SESSION_DATES, titles: EXTERNAL_TITLES, hours: [3, 6], shares: [0.2, 0.5, 0.9] },
    status: [['', 2], ['出勤', 6], ['请假', 1], ['缺勤', 1]],
    hours: [['', 1], ['usual', 4], [1.5, 0.25], [3, 0.25], [6, 0.25], [12, 0.25]],
  },
  observations: {
    events: { count: [0, 0], perMember: 2 },
    teachers: { youngFirst: false, never: [] },
    topics: { '': ['分数的意义', '春', 'Unit 3', '浮力', '光合作用', '圆的面积'] },
    kind: {
      types: [['常态课', 5], ['公开课', 2], ['示范课', 1], ['研讨课', 1], ['汇报课', 1], ['展示课', 0.5], ['优质课', 0.5], ['研究课', 0.5], ['观摩课', 0.5], ['探究课', 0.3]],
      levels: [['', 4], ['校级', 2], ['区级', 1], ['县级', 0.5], ['县区级', 0.5], ['县', 0.2], ['区', 0.2], ['市级', 1], ['市', 0.2], ['地市', 0.2], ['省级', 0.5],
        ['省', 0.2], ['国家级', 0.3], ['国家', 0.1], ['全国', 0.1]],
    },
    dates: SESSION_DATES,
    observersFrom: 'school',
    rates: [0.1, 0.3, 0.6],
    // Rows of one lesson sometimes disagree on 级别; the same observer row is sometimes entered twice.
    levelSlipRate: 0.1,
    reviewed: [['是', 1], ['否', 1], ['', 1]],
    duplicateRate: 0.03,
    everyday: null,
    labelShared: false,
    sortByDate: false,
  },
  awards: {
    kind: 'drawn', perTeacher: 1, winners: [1, 1],
    titles: [['青年教师基本功大赛', '比赛'], ['能力素质提升大赛', '比赛'], ['优质课评比', '比赛'], ['教学设计评选', '评选'], ['教学论文评选', '评选'], ['读书心得评选', '评选'],
      ['课件制作', '评选'], ['教学案例', '评选'], ['赛课活动', '比赛'], ['说课比赛', '比赛'], ['优秀班主任', ''], ['教学设计大赛', '比赛']],
    blankCategoryRate: 0.3,
    levels: ['校级', '区级', '县级', '县区级', '区', '市级', '市', '地市', '省级', '省', '国家级', '全国'],
    prizes: ['一等奖', '二等奖', '三等奖', '优秀奖', '特等奖', '金奖', '银奖', '铜奖', '优胜奖', '鼓励奖', '1等奖', '2等奖', '3等奖', '一等', '二等', '三等'],
    dates: SESSION_DATES,
    blankDateRate: 0.6,
    duplicateRate: 0.1,
  },
  judged: {
    missingRate: 0.08,
    grade: [['优秀', 3], ['良好', 3], ['合格', 2], ['不合格', 0.5], ['', 0.5]],
    readingMissed: [['', 6], [0, 1], [1, 2], [2, 0.5], [4, 0.3]],
    readingDeduction: [['', 5], ...awkward(0.5, 2), [1, 1], [1.5, 0.5]],
    activity: [['', 2], [1, 1], [2, 2], [3, 2], ...awkward(4.5, 1), [8, 0.5], [19, 0.3]],
    secondTraining: [['', 4], ...awkward(1, 1), [2, 1]],
    discipline: [['', 8], [1, 1], [3, 0.3]],
    taskIncomplete: [['否', 14], ['', 4], ['是', 1]],
    collective: [['', 3], ...awkward(1, 1), [2, 0.3]],
    fixed: [],
    // Plain schools: judged rows from two profiles — ties everywhere.
    plainRows: [['良好', '', '', 3, '', '', '否', ''], ['优秀', '', 0.5, 2, '', '', '否', 1]],
  },
  // SPEC §5 and issue 14: random period, ratios, rounding, ties, limits, scope and per-group overrides.
  rules: [
    rule(['考核开始日期', '考核结束日期'], 1, [[], ['2023-09-01', '2024-01-31'], ['2023-09-10', '2023-12-31']], [2, 3, 1]),
    rule(['优秀比例'], 1, one('30%', 0.3, '35%', 0.25, '20%', 0.4)),
    rule(['良好比例'], 1, one('40%', 0.35, '45%', 0.3, '50%')),
    rule(['名额取整'], 1, one('四舍五入', '向下取整', '向上取整')),
    rule(['同分处理'], 1, one('同档', '严格')),
    rule(['缺勤上限'], 1, one('20%', '20%', 0.25, '10%', '0%', '50%')),
    rule(['学时计算范围'], 1, one('全校', '全校', '教研组')),
    rule(['默认每次学时'], 0.3, one(2, 3, 1.5)),
    rule(['须开课扣分'], 0.3, one(1, 2, 0.5)),
    rule(['上报学时'], 0.15, one(10, 24)),
    rule(['师德计分'], 0.15, one('10 / 8 / 6 / 0', '9/7/5/0', '12 / 9 / 6 / 1')),
    { ...rule(['优秀比例'], 0.25, one('40%', 0.2, '25%', 0.1)), perGroup: true },
    rule(['名额计算'], 0.3, one('累计', '分别')),
    rule(['不合格处理'], 0.3, one('不合格', '仅本项')),
    rule(['公开课课型'], 0.2, one('公开课、研讨课', '公开课 示范课 研究课', '优质课')),
    rule(['技能类教研组'], 0.2, one('体育、信息', '语文', '艺术 综合')),
    rule(['比赛一等奖分:校级'], 0.2, one(1, 2, 0.5)),
    rule(['评选一等奖分:校级'], 0.2, one(0.5, 1)),
    rule(['评选一等奖分:国家级'], 0.1, one(4)),
    // issue 21: the credit cycle (a start that leaves 2023 outside it too) and deliverables owed.
    rule(['学分周期起始学年'], 0.5, one(2021, 2022, 2019, 2017)),
    rule(['学分周期年数'], 0.2, one(5, 3)),
    rule(['周期学分'], 0.2, one(120, 100)),
    rule(['校本学分下限'], 0.2, one(50, 40)),
    rule(['每学分学时'], 0.3, one(3, 2.5, 4)),
    rule(['外出学习计学分'], 0.3, one('是', '否')),
    rule(['须交:说课稿'], 0.5, one(1, 2)),
    rule(['须交:论文或反思'], 0.3, one(1)),
    rule(['缺交视为未完成任务'], 0.3, one('是', '否')),
  ],
  slips: [],
  // Every kind of 学分登记 row: before the cycle, inside it, the scored term (warned) and a later one,
  // 学分 or 学时, a row record-credits wrote; deliverables dated, undated, out of period, by synonym.
  ledgers: {
    credits: {
      rows: [0, 3],
      years: [[2018, 1], [2020, 1], [2021, 2], ['2021-2022', 1], ['2022学年', 2], [2022, 2], ['2023-2024', 1], [2023, 1]],
      terms: [['第一学期', 2], ['第二学期', 2], ['', 2], ['上', 1], ['下', 1]],
      categories: [['校本', 3], ['校本研修', 1], ['县级', 1], ['市级', 1], ['网络', 1], ['其他', 1]],
      amounts: [[1, 1], [2.5, 1], [4, 2], [10, 1], [0.125, 1], [3.335, 1], [45, 1]],
      hoursRate: 0.3,
      origins: [['', 3], ['区教研', 1], ['研修考核助手 2023-2024 第一学期', 0.5]],
    },
    deliverables: {
      rows: [0, 3],
      categories: [['说课稿', 3], ['说课', 1], ['教学反思', 2], ['反思', 1], ['论文', 1], ['教学论文', 1], ['教学设计', 2], ['随笔', 1]],
      counts: [['', 3], [1, 1], [2, 1]],
      dates: SESSION_DATES,
      undatedRate: 0.4,
    },
  },
};
