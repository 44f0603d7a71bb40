/**
 * Random clean schools in standard form, for comparing the product with the oracle. Seeded, so a failing
 * seed can be replayed. Values are drawn from small sets on purpose: ties on tier boundaries, equal hours,
 * .xx5 roundings and quota edges become likely.
 */
import type { CellValue, Table } from '../../src/sheets/table.js';
// The data's random source is the one the sample school and the bench use (seeded mulberry32); only
// the scoring side of the oracle must stay independent of the product, and it does (oracle.ts).
import { Prng } from '../../src/app/sample/prng.js';

const GROUP_POOL = ['语文组', '数学组', '英语组', '体育艺术组', '信息综合组', '理化生组'];
const NAME_POOL = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨柳', '赵敏', '黄磊', '周婷', '吴刚', '徐丽', '孙强', '马超', '朱红',
  '胡军', '郭华', '何平', '高峰', '林琳', '罗兰', '梁宇', '宋佳', '郑爽', '谢娜', '韩梅', '唐僧'];
const SESSION_DATES = ['2023-08-28', '2023-09-06', '2023-09-20', '2023-10-11', '2023-11-08', '2023-12-06', '2024-01-10', '2024-02-20'];
const SESSION_TITLES = ['集体备课', '师德专题培训', '读书交流', '信息技术培训', '课题研讨'];
const HOURS = [1, 1.5, 2, 3] as const;
// SPEC §3.2 status words, every one of them.
const PRESENT_WORDS = ['出勤', '到', '签到', '已签到', '正常', '参加', '✓', '√', '☑', 1, '1', '是', 'Y'];
const LATE_WORDS = ['迟到', '迟', '早退'];
const EXCUSED_WORDS = ['请假', '假', '事假', '病假', '公假', '公出', '出差', '调休'];
const ABSENT_WORDS = ['缺勤', '缺', '旷', '旷会', '未到', '未签到', '×', '✗', 0, '0', '否', 'N'];
const MADE_UP_WORDS = ['补课', '补', '补学', '已补'];
/** Rare values with three decimals: half-up rounding must be done on the decimal digits (1.005 → 1.01). */
const awkward = (r: Prng, x: number): number => (r.chance(0.05) ? r.pick([1.005, 2.675, 0.125, 0.005, 1.115, 8.345]) : x);

export interface SchoolTeacher {
  id: string | null;
  name: string;
  group: string;
}
export interface RandomSchool {
  tables: Table[];
  teachers: SchoolTeacher[];
}

/** One random clean school: roster, 签到表, 外出学习, 听课记录, 获奖登记, 考核登记, 考核规则. */
export function randomSchool(seed: number): RandomSchool {
  const r = new Prng(seed);
  // A "plain" school: everyone present, judged rows from two profiles, few awards — ties everywhere.
  const plain = r.chance(0.3);
  const groups = r.subset(GROUP_POOL, 0.5).slice(0, 4);
  if (groups.length === 0) groups.push(r.pick(GROUP_POOL));

  // Roster: some 同名 (always with 工号, SPEC §3), some teachers without 工号, rarely one without 教研组.
  const teachers: Array<SchoolTeacher & { mustTeach: boolean; rosterGroup: string }> = [];
  let idNo = 1;
  // Some schools number their staff (1001 …): number cells in the roster, number or text elsewhere.
  const numericIds = r.chance(0.25);
  const newId = (): string => (numericIds ? String(1000 + idNo++) : `T${String(idNo++).padStart(3, '0')}`);
  const idCell = (id: string): CellValue => (numericIds && r.chance(0.7) ? Number(id) : id);
  /** A date as the hosts hand it over: ISO text, an Excel serial number or a Date (UTC midnight). */
  const dateCell = (iso: string): CellValue => {
    const ms = Date.parse(`${iso}T00:00:00Z`);
    return r.weighted<CellValue>([[iso, 6], [Math.round(ms / 86_400_000) + 25_569, 2], [new Date(ms), 2]] as const);
  };
  for (const g of groups) {
    const size = r.weighted([[r.int(1, 3), 2], [r.int(4, 8), 4], [r.int(9, 12), 3]] as const);
    for (let i = 0; i < size; i++) {
      const rosterGroup = r.chance(0.02) ? '' : g;
      teachers.push({ id: r.chance(0.7) ? newId() : null, name: r.pick(NAME_POOL), group: rosterGroup || '未分组', rosterGroup, mustTeach: r.chance(0.3) });
    }
  }
  for (const t of teachers) {
    if (t.id === null && teachers.some((o) => o !== t && o.name === t.name)) t.id = newId();
  }
  const shared = (t: SchoolTeacher): boolean => teachers.some((o) => o !== t && o.name === t.name);
  /** 工号 and 姓名 cells for a row naming t; a shared name is sometimes written without 工号 (→ ambiguous). */
  const who = (t: SchoolTeacher): [CellValue, CellValue] => {
    if (t.id === null) return ['', t.name];
    if (shared(t)) return [r.chance(0.92) ? idCell(t.id) : '', t.name];
    return [r.chance(0.6) ? idCell(t.id) : '', t.name];
  };
  const roster: CellValue[][] = [['工号', '姓名', '教研组', '备课组', '学科', '梯队', '须开课'],
    ...teachers.map((t) => [t.id === null ? '' : numericIds ? Number(t.id) : t.id, t.name, t.rosterGroup, '', '', '', t.mustTeach ? r.pick(['是', '是', '区级', '市级']) : r.pick(['否', ''])])];

  // Rules (SPEC §5): random period, ratios, rounding, ties, limits, scope and per-group overrides.
  const period = r.weighted([[null, 2], [['2023-09-01', '2024-01-31'], 3], [['2023-09-10', '2023-12-31'], 1]] as const);
  const ratioEx = r.pick([['30%', 0.3], [0.3, 0.3], ['35%', 0.35], [0.25, 0.25], ['20%', 0.2], ['40%', 0.4]] as const);
  const ratioGood = r.pick([['40%', 0.4], [0.35, 0.35], ['45%', 0.45], [0.3, 0.3], ['50%', 0.5]] as const);
  const rulesRows: CellValue[][] = [['参数', '值']];
  if (period) rulesRows.push(['考核开始日期', period[0]], ['考核结束日期', period[1]]);
  rulesRows.push(['优秀比例', ratioEx[0]], ['良好比例', ratioGood[1] + ratioEx[1] > 1 ? '30%' : ratioGood[0]]);
  rulesRows.push(['名额取整', r.pick(['四舍五入', '向下取整', '向上取整'])], ['同分处理', r.pick(['同档', '严格'])]);
  rulesRows.push(['缺勤上限', r.pick(['20%', '20%', 0.25, '10%', '0%', '50%'])], ['学时计算范围', r.pick(['全校', '全校', '教研组'])]);
  if (r.chance(0.3)) rulesRows.push(['默认每次学时', r.pick([2, 3, 1.5])]);
  if (r.chance(0.3)) rulesRows.push(['须开课扣分', r.pick([1, 2, 0.5])]);
  if (r.chance(0.15)) rulesRows.push(['上报学时', r.pick([10, 24])]);
  if (r.chance(0.15)) rulesRows.push(['师德计分', r.pick(['10 / 8 / 6 / 0', '9/7/5/0', '12 / 9 / 6 / 1'])]);
  for (const g of groups) if (r.chance(0.25)) rulesRows.push([`优秀比例:${g}`, r.pick(['40%', 0.2, '25%', 0.1])]);
  // The rules of issue 14.
  if (r.chance(0.3)) rulesRows.push(['名额计算', r.pick(['累计', '分别'])]);
  if (r.chance(0.3)) rulesRows.push(['不合格处理', r.pick(['不合格', '仅本项'])]);
  if (r.chance(0.2)) rulesRows.push(['公开课课型', r.pick(['公开课、研讨课', '公开课 示范课 研究课', '优质课'])]);
  if (r.chance(0.2)) rulesRows.push(['技能类教研组', r.pick(['体育、信息', '语文', '艺术 综合'])]);
  if (r.chance(0.2)) rulesRows.push(['比赛一等奖分:校级', r.pick([1, 2, 0.5])]);
  if (r.chance(0.2)) rulesRows.push(['评选一等奖分:校级', r.pick([0.5, 1])]);
  if (r.chance(0.1)) rulesRows.push(['评选一等奖分:国家级', 4]);

  // 签到表 (long shape): sessions, some limited to groups; statuses of every kind; blank and explicit 学时.
  const signin: CellValue[][] = [['日期', '活动', '类型', '工号', '姓名', '状态', '学时', '参加对象']];
  const sessionCount = r.int(0, 6);
  for (let s = 0; s < sessionCount; s++) {
    const date = r.pick(SESSION_DATES);
    const title = `${r.pick(SESSION_TITLES)}${s}`;
    const limited = groups.length > 1 && r.chance(0.3) ? r.subset(groups, 0.5) : [];
    const target = limited.length > 0 ? limited.join(r.pick(['、', ' ', ',', '，', '/'])) : '';
    const usual = r.pick(HOURS);
    const hoursCell = (): CellValue => r.weighted<CellValue>([['', 4], [usual, 5], [r.pick(HOURS), 2]] as const);
    const uniform = plain || r.chance(0.4); // whole session present: makes equal attendance (and ties) likely
    for (const t of teachers) {
      const expected = limited.length === 0 || limited.includes(t.group);
      if (!expected && !r.chance(0.1)) continue;
      const status = uniform ? r.pick(['', '出勤']) : r.weighted<CellValue>([
        [null, 1], ['', 3], ['出勤', 6], [r.pick(PRESENT_WORDS), 1.5], [r.pick(LATE_WORDS), 1.5], [r.pick(MADE_UP_WORDS), 1],
        [r.pick(EXCUSED_WORDS), 2], [r.pick(ABSENT_WORDS), 2],
      ] as const);
      if (status === null) continue; // no row → absent
      const h = hoursCell();
      signin.push([dateCell(date), title, r.pick(['', '校本研训']), ...who(t), status, h, target]);
      if (h === '' && r.chance(0.04)) signin.push([dateCell(date), title, '校本研训', ...who(t), r.pick(['出勤', '缺勤', '请假']), '', target]);
    }
  }
  // Rows of type 外出学习 inside 签到表.
  const externalTitles = ['区级学科培训', '市级骨干研修', '省级名师讲堂'];
  for (let k = r.int(0, 2); k > 0; k--) {
    const date = r.pick(SESSION_DATES);
    const title = r.pick(externalTitles);
    for (const t of r.subset(teachers, 0.3)) signin.push([dateCell(date), title, '外出学习', ...who(t), r.pick(['', '出勤', '请假']), r.pick(['', 3, 6]), '']);
  }
  // A row naming someone not on the roster.
  if (signin.length > 1 && r.chance(0.2)) {
    const row = signin[r.int(1, signin.length - 1)]!;
    if (row[2] !== '外出学习') signin.push([row[0]!, row[1]!, '', '', '路人甲', '出勤', row[6]!, row[7]!]);
  }

  const external: CellValue[][] = [['日期', '活动', '工号', '姓名', '学时', '状态']];
  for (let k = r.int(0, 4); k > 0; k--) {
    const date = r.pick(SESSION_DATES);
    const title = r.pick(externalTitles);
    const usual = r.pick([3, 6]);
    for (const t of r.subset(teachers, r.pick([0.2, 0.5, 0.9]))) {
      external.push([dateCell(date), title, ...who(t), r.weighted<CellValue>([['', 1], [usual, 4], [r.pick([1.5, 3, 6, 12]), 1]] as const), r.weighted<CellValue>([['', 2], ['出勤', 6], ['请假', 1], ['缺勤', 1]] as const)]);
    }
  }

  // 听课记录: lessons (some open, at every level) each observed by several teachers; rows of one lesson
  // sometimes disagree on 级别, and the same observer row is sometimes entered twice.
  const observations: CellValue[][] = [['日期', '听课人', '授课人', '学科', '课题', '课型', '级别', '评课']];
  const lessonCount = r.int(0, plain ? 3 : teachers.length * 2);
  for (let k = 0; k < lessonCount; k++) {
    const teacher = r.pick(teachers);
    const date = r.pick(SESSION_DATES);
    const topic = r.pick(['分数的意义', '春', 'Unit 3', '浮力', '光合作用', '圆的面积']);
    const type = r.weighted([['常态课', 5], ['公开课', 2], ['示范课', 1], ['研讨课', 1], ['汇报课', 1], ['展示课', 0.5], ['优质课', 0.5],
      ['研究课', 0.5], ['观摩课', 0.5], ['探究课', 0.3]] as const);
    const level = r.weighted([['', 4], ['校级', 2], ['区级', 1], ['县级', 0.5], ['县区级', 0.5], ['县', 0.2], ['区', 0.2], ['市级', 1], ['市', 0.2],
      ['地市', 0.2], ['省级', 0.5], ['省', 0.2], ['国家级', 0.3], ['国家', 0.1], ['全国', 0.1]] as const);
    for (const o of r.subset(teachers.filter((x) => x !== teacher), r.pick([0.1, 0.3, 0.6]))) {
      const row = [dateCell(date), o.name, teacher.name, '', topic, type, r.chance(0.1) ? r.pick(['', '市级', '区级']) : level, r.pick(['是', '否', ''])];
      observations.push(row);
      if (r.chance(0.03)) observations.push([...row]);
    }
  }

  // 获奖登记: both categories (sometimes inferred from 奖项), all levels and steps, duplicates, 校级.
  const awards: CellValue[][] = [['工号', '姓名', '奖项', '类别', '级别', '等次', '日期']];
  const awardTitles = [['青年教师基本功大赛', '比赛'], ['能力素质提升大赛', '比赛'], ['优质课评比', '比赛'], ['教学设计评选', '评选'],
    ['教学论文评选', '评选'], ['读书心得评选', '评选'], ['课件制作', '评选'], ['教学案例', '评选'], ['赛课活动', '比赛'], ['说课比赛', '比赛'],
    ['优秀班主任', ''], ['教学设计大赛', '比赛']] as const;
  for (let k = r.int(0, plain ? 2 : teachers.length); k > 0; k--) {
    const t = r.pick(teachers);
    const [title, cat] = r.pick(awardTitles);
    const row: CellValue[] = [...who(t), title, r.chance(0.3) || cat === '' ? '' : cat,
      r.pick(['校级', '区级', '县级', '县区级', '区', '市级', '市', '地市', '省级', '省', '国家级', '全国']),
      r.pick(['一等奖', '二等奖', '三等奖', '优秀奖', '特等奖', '金奖', '银奖', '铜奖', '优胜奖', '鼓励奖', '1等奖', '2等奖', '3等奖', '一等', '二等', '三等']),
      r.weighted<CellValue>([['', 3], [dateCell(r.pick(SESSION_DATES)), 2]] as const)];
    awards.push(row);
    if (r.chance(0.1)) awards.push([...row]);
  }

  // 考核登记: every field, few distinct values; some teachers have no row.
  const judged: CellValue[][] = [['工号', '姓名', '学习笔记', '读书未交', '读书扣分', '活动得分', '二次培训', '违纪扣分', '未完成任务', '集体加分']];
  const profiles: CellValue[][] = [['良好', '', '', 3, '', '', '否', ''], ['优秀', '', 0.5, 2, '', '', '否', 1]];
  for (const t of teachers) {
    if (r.chance(0.08)) continue;
    if (plain && r.chance(0.8)) {
      judged.push([...who(t), ...r.pick(profiles)]);
      continue;
    }
    judged.push([...who(t), r.weighted<CellValue>([['优秀', 3], ['良好', 3], ['合格', 2], ['不合格', 0.5], ['', 0.5]] as const),
      r.weighted<CellValue>([['', 6], [0, 1], [1, 2], [2, 0.5], [4, 0.3]] as const), r.weighted<CellValue>([['', 5], [awkward(r, 0.5), 2], [1, 1], [1.5, 0.5]] as const),
      r.weighted<CellValue>([['', 2], [1, 1], [2, 2], [3, 2], [awkward(r, 4.5), 1], [8, 0.5], [19, 0.3]] as const), r.weighted<CellValue>([['', 4], [awkward(r, 1), 1], [2, 1]] as const),
      r.weighted<CellValue>([['', 8], [1, 1], [3, 0.3]] as const), r.weighted<CellValue>([['否', 14], ['', 4], ['是', 1]] as const), r.weighted<CellValue>([['', 3], [awkward(r, 1), 1], [2, 0.3]] as const)]);
  }

  const tables: Table[] = [
    { name: '教师名册', rows: roster },
    { name: '签到表', rows: signin },
    { name: '外出学习', rows: external },
    { name: '听课记录', rows: observations },
    { name: '获奖登记', rows: awards },
    { name: '考核登记', rows: judged },
    { name: '考核规则', rows: rulesRows },
  ];
  return { tables, teachers: teachers.map(({ id, name, group }) => ({ id, name, group })) };
}
