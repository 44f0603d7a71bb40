/**
 * The sample school's profile for the school generator (../generator): a 初中 with seven 教研组 and
 * 62 teachers (two share the name 王芳, so every sheet names them by 工号 — SPEC §3 同名), the 24
 * 校本研训 sessions of 2023学年第一学期, the district's and city's trainings, the term's awards, and the
 * handful of slips real workbooks have. Everything named here is quoted by docs and tests.
 */
import type { AwardKind, SchoolProfile, Training } from '../generator/profile.js';
import { LESSON_TOPICS_BY_SUBJECT } from '../generator/vocabulary.js';

/** 体育艺术组 and 信息综合组 fall under the skill-group minimums of SPEC §6. */
const GROUPS = [
  { group: '语文组', subjects: ['语文'], names: ['陈静', '李娜', '张伟', '刘洋', '杨柳', '周敏', '吴婷', '徐丽华', '孙浩', '胡晓燕', '朱慧'] },
  { group: '数学组', subjects: ['数学'], names: ['王强', '李军', '赵磊', '黄海涛', '林志远', '何俊', '郭建华', '马晓东', '罗丹', '梁宇', '宋佳'] },
  { group: '英语组', subjects: ['英语'], names: ['王芳', '郑雪', '谢琳', '韩冰', '唐蕾', '冯倩', '于洁', '董文', '萧蓉'] },
  { group: '理化生组', subjects: ['物理', '化学', '生物'], names: ['程刚', '曹明', '袁博', '邓超', '许峰', '傅云', '沈立', '曾凡', '彭涛'] },
  { group: '政史地组', subjects: ['道德与法治', '历史', '地理'], names: ['吕红', '苏敏', '卢伟', '蒋丽', '蔡明亮', '贾静', '丁磊', '魏薇'] },
  { group: '体育艺术组', subjects: ['体育', '音乐', '美术'], names: ['薛峰', '叶青', '阎旭', '余音', '潘悦', '杜鹃', '戴军', '王芳'] },
  { group: '信息综合组', subjects: ['信息技术', '心理健康', '劳动'], names: ['夏雨', '钟声', '汪洋', '田野', '任杰', '姜敏'] },
] as const;

/**
 * The 24 校本研训 sessions (2023-09-06 … 2024-01-17): whole-staff sessions on Wednesday afternoons and
 * one session per 教研组 (two groups share one). 学时 null = left blank (→ 默认每次学时).
 */
export const SAMPLE_SESSIONS: readonly { date: string; title: string; hours: number | null; target: string }[] = [
  { date: '2023-09-06', title: '开学初全体教师会暨师德师风专题培训', hours: 3, target: '' },
  { date: '2023-09-13', title: '新课标解读专题讲座', hours: 2, target: '' },
  { date: '2023-09-20', title: '“学本课堂”教学改革动员', hours: 2, target: '' },
  { date: '2023-09-21', title: '语文组集体备课：整本书阅读教学', hours: 2, target: '语文组' },
  { date: '2023-09-27', title: '学情分析与教学目标设计', hours: 2, target: '' },
  { date: '2023-10-11', title: '信息技术与学科教学融合培训', hours: 2, target: '' },
  { date: '2023-10-12', title: '数学组集体备课：单元整体教学', hours: 2, target: '数学组' },
  { date: '2023-10-18', title: '作业设计专题研讨', hours: 2, target: '' },
  { date: '2023-10-19', title: '英语组听说课型研讨', hours: 2, target: '英语组' },
  { date: '2023-10-25', title: '“学本课堂”赛课观摩（一）', hours: 2, target: '' },
  { date: '2023-11-01', title: '心理健康教育专题讲座', hours: null, target: '' },
  { date: '2023-11-08', title: '期中教学质量分析会', hours: 2, target: '' },
  { date: '2023-11-09', title: '理化生组实验教学研讨', hours: 2, target: '理化生组' },
  { date: '2023-11-15', title: '读书交流活动（一）', hours: 2, target: '' },
  { date: '2023-11-16', title: '政史地组跨学科主题学习研讨', hours: 2, target: '政史地组' },
  { date: '2023-11-22', title: '课题研究方法培训', hours: 2, target: '' },
  { date: '2023-11-23', title: '技能学科课堂评价研讨', hours: 2, target: '体育艺术组、信息综合组' },
  { date: '2023-11-29', title: '“学本课堂”赛课观摩（二）', hours: 2, target: '' },
  { date: '2023-12-06', title: '班主任工作经验交流', hours: 2, target: '' },
  { date: '2023-12-13', title: '大单元教学设计工作坊', hours: 2, target: '' },
  { date: '2023-12-20', title: '读书交流活动（二）', hours: 2, target: '' },
  { date: '2023-12-27', title: '校园安全与应急处置培训', hours: 2, target: '' },
  { date: '2024-01-10', title: '学期研修总结与反思', hours: 3, target: '' },
  { date: '2024-01-17', title: '寒假研修任务布置', hours: 2, target: '' },
];

/** Two teachers who missed 5 of their 19 sessions (26% > 缺勤上限 20%, seed 003 §五). */
export const CHRONIC_ABSENTEES: readonly string[] = ['孙浩', '邓超'];
/** The teacher who did not finish the term's task (未完成任务 = 是 → 不合格, seed 003). */
export const TASK_INCOMPLETE = '魏薇';

const LEADS_AND_CORE = ['学科带头人', '骨干教师'];
const YOUNG_OR_NONE = ['青年教师', ''];

/** 外出学习: trainings run by the district and the city; who may go, and what share of them went. */
const TRAININGS: readonly Training[] = [
  { date: '2023-09-16', title: '区级新课标学科培训', hours: 6, share: 0.95 },
  { date: '2023-10-14', title: '市级骨干教师研修班（第一期）', hours: 6, echelons: LEADS_AND_CORE, share: 0.8 },
  { date: '2023-10-28', title: '区级学科教研活动（送教下乡）', hours: 3, share: 0.7 },
  { date: '2023-11-11', title: '“国培计划”网络研修集中面授', hours: 6, share: 0.5 },
  { date: '2023-11-25', title: '区级青年教师专业成长培训', hours: 6, echelons: YOUNG_OR_NONE, share: 0.6 },
  { date: '2023-12-09', title: '市级学科带头人高级研修', hours: 6, echelons: ['学科带头人'], share: 1 },
  { date: '2023-12-16', title: '区级学科教研活动（期末复习研讨）', hours: 3, share: 0.85 },
  { date: '2024-01-13', title: '区级班主任能力提升培训', hours: 6, share: 0.4 },
];

/** 获奖登记: competitions and appraisals at every level, from 校级 (no points) to 国家级, some with 类别 blank. */
const AWARD_KINDS: readonly AwardKind[] = [
  { title: '区青年教师教学基本功大赛', category: '比赛', level: '区级', date: '2023-10-26', prizes: ['一等奖', '二等奖', '三等奖'], count: 6, echelons: YOUNG_OR_NONE },
  { title: '市“学本课堂”优质课比赛', category: '比赛', level: '市级', date: '2023-11-30', prizes: ['一等奖', '二等奖'], count: 3, echelons: ['学科带头人', '骨干教师', '青年教师'] },
  { title: '省中小学教师能力素质提升大赛', category: '', level: '省级', date: '2023-12-15', prizes: ['二等奖', '三等奖'], count: 2, echelons: ['学科带头人'] },
  { title: '区教学设计评选', category: '评选', level: '区级', date: '2023-11-10', prizes: ['一等奖', '二等奖', '三等奖'], count: 6 },
  { title: '区优秀教学案例评选', category: '', level: '区级', date: '2023-12-05', prizes: ['一等奖', '二等奖', '三等奖', '优秀奖'], count: 5 },
  { title: '省教育教学论文评选', category: '评选', level: '省级', date: '2023-12-20', prizes: ['一等奖', '二等奖', '三等奖'], count: 3 },
  { title: '市读书心得评选', category: '评选', level: '市级', date: '2024-01-08', prizes: ['二等奖', '三等奖'], count: 3 },
  { title: '全国多媒体课件评选', category: '', level: '国家级', date: '2023-12-28', prizes: ['优秀奖'], count: 1 },
  { title: '校读书心得评选', category: '评选', level: '校级', date: '2023-12-22', prizes: ['一等奖', '二等奖'], count: 4 },
];

export const SAMPLE_PROFILE: SchoolProfile = {
  school: '',
  schoolNo: 1,
  term: { from: '2023-09-11', days: 123 },
  staff: { kind: 'listed', groups: GROUPS },
  calendar: { kind: 'listed', sessions: SAMPLE_SESSIONS },
  // Real dates: Excel serials, formatted yyyy-mm-dd by the template.
  dates: [['serial', 1]],
  // Paper sheets typed up later: about a third of sign-in rows and 40% of awards carry no 工号; 同名 always do.
  ids: { signin: 0.7, external: 1, awards: 0.6, judged: 1, shared: 1, numeric: 0 },
  plainRate: 0,
  signin: {
    title: '2023学年第一学期校本研训签到表',
    statuses: [['出勤', 87], ['迟到', 4], ['早退', 1], ['请假', 4], ['缺勤', 2], ['补课', 2]],
    uniformWords: ['出勤'],
    uniformRate: 0,
    strayRate: 0,
    // Everyone else misses at most two sessions without leave; half of the absent simply have no row.
    absent: '缺勤',
    maxAbsences: 2,
    absentNoRow: 0.5,
    chronic: { names: CHRONIC_ABSENTEES, missed: [2, 7, 11, 15, 20] },
    // Sessions 5 and 9 were ticked with √ and left blank (SPEC §3.2: blank = present).
    presentBySession: { 5: '√', 9: null },
    types: [['校本研训', 1]],
    hours: [['usual', 1]],
    spacedNameRate: 0,
    duplicateRate: 0,
    stranger: { name: '赵小明', rate: 1 }, // 实习教师, not on the roster
    // 外出学习 rows some schools keep in the sign-in sheet itself (类型 = 外出学习).
    trainings: { kind: 'listed', list: [{ date: '2023-10-20', title: '信息技术应用能力提升工程2.0区级集中培训', hours: 6, group: '信息综合组', share: 'all' }] },
    trainingStatus: [['出勤', 1]],
    trainingHours: [['usual', 1]],
  },
  external: { trainings: { kind: 'listed', list: TRAININGS }, status: [['请假', 0.04], ['出勤', 0.96]], hours: [['usual', 1]] },
  observations: {
    // Open-class lessons per event: two groups fall short of SPEC §6 (英语组 4 lessons, 政史地组 2 events).
    events: { listed: { 语文组: [2, 2, 1, 1], 数学组: [2, 2, 1], 英语组: [2, 1, 1], 理化生组: [2, 2, 2], 政史地组: [2, 1], 体育艺术组: [1, 1], 信息综合组: [1, 2] } },
    // 青年教师 teach first (须开课), but 韩冰 never does (a deduction).
    teachers: { youngFirst: true, never: ['韩冰'] },
    topics: LESSON_TOPICS_BY_SUBJECT,
    kind: { byEchelon: true, cityGroup: '语文组' },
    observersFrom: 'group',
    rates: [0.8],
    levelSlipRate: 0,
    reviewed: [['是', 1]],
    duplicateRate: 0,
    // About ten lessons per teacher; a few fall short of 听课最少节数.
    everyday: { shortRate: 0.08, short: [5, 9], target: [10, 12], colleagueRate: 0.85, reviewedRate: 0.6 },
    labelShared: true,
    sortByDate: true,
  },
  awards: { kind: 'listed', list: AWARD_KINDS, duplicateRate: 0 },
  judged: {
    missingRate: 0,
    grade: [['优秀', 35], ['良好', 40], ['合格', 20], ['不合格', 3]],
    readingMissed: [[null, 85], [1, 12], [2, 3]],
    readingDeduction: [[null, 70], [0.5, 20], [1, 10]],
    activity: { leads: LEADS_AND_CORE, lead: [3, 8], other: [0, 4], halfRate: 0.3 },
    // Attending a city-level training earns the 二次培训 bonus when shared back.
    secondTraining: { prefix: '市级', points: 2 },
    discipline: [[null, 1]],
    taskIncomplete: [['否', 1]],
    collective: [[null, 1]],
    fixed: [
      { index: 40, column: 2, value: '不合格' },
      { index: 17, column: 7, value: 1 },
      { name: TASK_INCOMPLETE, column: 8, value: '是' },
      // 语文组 was last term's 优秀教研组: each member gets the collective bonus.
      { group: '语文组', column: 9, value: 1 },
    ],
    plainRows: [],
  },
  // The sample writes the template's 考核规则 (defaults, with the term as 考核期).
  rules: [],
  slips: [
    { kind: 'set', sheet: '签到表', name: '刘洋', nth: 1, cells: { 4: '刘 洋', 3: '' } }, // "张 三" = "张三" (SPEC §3)
    { kind: 'set', sheet: '签到表', name: '陈静', nth: 1, cells: { 6: '２' } }, // full-width digit
    { kind: 'set', sheet: '签到表', name: '李娜', nth: 0, cells: { 0: '9月6日' } }, // year-less text date
    { kind: 'set', sheet: '签到表', name: '郑雪', nth: 3, cells: { 5: '开会' } }, // unknown-status, counted absent
    { kind: 'set', sheet: '签到表', name: '王芳', nth: 4, cells: { 3: '' } }, // 同名 without 工号 → ambiguous
    { kind: 'duplicate', sheet: '获奖登记', from: 0, at: 3 }, // entered twice → duplicate-award, counted once
    { kind: 'fullWidthId', sheet: '获奖登记' },
  ],
};
