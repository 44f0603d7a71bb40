/**
 * Every Chinese word the readers recognise (SPEC §3), as data. To accept a new spelling, add it here:
 * the readers build their lookup maps from these tables once per workbook.
 * Words are compared after `headerKey`/`wordKey` normalisation (NFKC, no white space, lower case),
 * so full-width and half-width spellings need not be listed twice.
 */
import type { AttendanceStatus, AwardCategory, Level, NotesGrade } from '../../engine/model.js';
import type { StandardSheet } from '../read/readReport.js';

/** Standard input sheets: the canonical name first, then aliases in order of preference (SPEC §3). */
export const SHEET_NAMES: Readonly<Record<StandardSheet, readonly string[]>> = {
  roster: ['教师名册', '名册', '教师名单', '教师信息', '教师花名册', '花名册'],
  signin: ['签到表', '签到', '签到记录', '考勤表', '考勤', '校本研训签到', '考勤记录', '签到汇总'],
  external: ['外出学习', '外出培训', '外出学习登记', '外出培训登记', '外出学习记录'],
  observations: ['听课记录', '听课', '听课登记', '听评课记录', '听课评课记录'],
  awards: ['获奖登记', '获奖', '获奖情况', '获奖记录', '获奖统计'],
  judged: ['考核登记', '考核', '考核评分', '考核记录', '考核项目登记'],
  rules: ['考核规则', '规则', '参数', '考核参数', '计分规则'],
  // issue 21 (SPEC §3.7, §3.8). 学分台账 is an output (§7), never an input name.
  credits: ['学分登记', '学分', '学分记录', '学分登记表', '继续教育学分', '学分统计'],
  deliverables: ['成果登记', '成果', '成果记录', '研修成果', '成果登记表', '任务成果'],
};

// issue 10: sheets recognised by content, check-in exports, combined award text.
/** SPEC §3.2: a 日期 column under one of these headers is a check-in export's date-time (DingTalk, WeCom). */
export const CHECKIN_TIME_HEADERS: readonly string[] = ['签到时间', '打卡时间', '打卡日期', '签到日期时间'];

/** SPEC §3 tie-break: words in a sheet's name or title row saying it is a 签到表 … */
export const SIGNIN_SHEET_WORDS: readonly string[] = ['签到', '考勤', '研训', '打卡'];
/** … or a 外出学习 sheet. */
export const EXTERNAL_SHEET_WORDS: readonly string[] = ['外出', '培训'];

/** SPEC §3.4: a column holding 级别 and 等次 together (`市级一等奖`); read when 级别 or 等次 is missing. */
export const AWARD_TEXT_HEADERS: readonly string[] = ['获奖等级', '获奖情况', '获奖级别等次', '级别等次', '获奖结果', '奖励等级'];

/** The sheets this product writes (SPEC §7): never read as inputs, whatever they are called like. */
export const OUTPUT_SHEET_NAMES: readonly string[] = ['考核结果', '分组统计', '评分明细', '数据问题', '上报学时', '图表', '计算记录'];
/** Outputs written only with their rules (SPEC §7): 任务完成 with 须交 rules, 学分台账 with a credit cycle. */
export const CONDITIONAL_OUTPUT_SHEET_NAMES: readonly string[] = ['任务完成', '学分台账'];

/**
 * Sheets the product writes that are neither input nor output (SPEC §3): the template's guide. Known,
 * listed in 计算记录, never warned about; test/sheets/template checks the template's sheets against it.
 */
export const OWN_SHEET_NAMES: readonly string[] = ['使用说明'];

/** Every column any standard sheet knows. */
export type ColumnKey =
  | 'id' | 'name' | 'group' | 'prepGroup' | 'subject' | 'echelon' | 'mustTeach' | 'joined' | 'left'
  | 'date' | 'title' | 'type' | 'status' | 'hours' | 'target'
  | 'observer' | 'teacher' | 'topic' | 'lessonType' | 'level' | 'reviewed'
  | 'award' | 'category' | 'prize' | 'awardText'
  | 'notes' | 'readingMissed' | 'readingDeduction' | 'activityPoints' | 'retraining' | 'discipline'
  | 'taskIncomplete' | 'collectiveBonus'
  | 'ruleKey' | 'ruleValue'
  | 'schoolYear' | 'term' | 'credits' | 'count' | 'deliverableTitle' | 'origin';

/** Column names: the canonical header first, then aliases. An alias belongs to one column only. */
export const COLUMN_NAMES: Readonly<Record<ColumnKey, readonly string[]>> = {
  id: ['工号', '编号', '教师编号', '职工号', '工作证号', '教职工号', '教工号', '人员编号', '教师工号', '职工编号'],
  name: ['姓名', '教师姓名', '教师', '名字', '人员', '教职工姓名', '参训教师', '参训人员', '获奖教师', '获奖人'],
  group: ['教研组', '组别', '所在教研组', '教研组别', '学科组', '组', '所属教研组', '教研组名称'],
  prepGroup: ['备课组', '备课小组', '所在备课组'],
  subject: ['学科', '任教学科', '所教学科', '科目', '任教科目'],
  echelon: ['梯队', '教师梯队', '梯队层级', '层级'],
  mustTeach: ['须开课', '是否须开课', '需开课', '须上公开课', '是否开课', '必须开课'],
  // SPEC §3.1 / §4 "Staff changes": staff who join or leave during the term.
  joined: ['入职日期', '调入日期', '到岗日期', '到校日期', '入职时间', '调入时间', '到岗时间', '到校时间'],
  left: ['离职日期', '调出日期', '离岗日期', '离校日期', '离职时间', '调出时间', '离岗时间', '离校时间'],
  date: ['日期', '时间', '签到日期', '活动日期', '签到时间', '培训日期', '培训时间', '听课日期', '听课时间',
    '获奖日期', '获奖时间', '学习日期', '外出日期', '打卡时间', '打卡日期', '研训日期', '参训日期', '活动时间'],
  title: ['活动', '活动名称', '活动内容', '培训内容', '主题', '培训主题', '培训名称', '培训项目', '研训内容',
    '研训主题', '学习内容', '活动主题', '研训活动', '教研活动', '活动项目'],
  type: ['类型', '活动类型', '培训类型', '研训类型'],
  status: ['状态', '签到状态', '出勤情况', '考勤', '出勤', '考勤情况', '签到情况', '考勤状态', '到会情况', '参会情况', '出席情况', '打卡结果'],
  hours: ['学时', '课时', '时长', '学时数', '培训学时', '小时', '参训学时', '研训学时', '获得学时', '认定学时', '培训时长'],
  target: ['参加对象', '参加人员', '对象', '参训对象', '参加范围', '参训范围', '参加教研组'],
  observer: ['听课人', '听课教师', '听课者', '听课人员'],
  teacher: ['授课人', '授课教师', '执教', '执教者', '上课教师', '执教教师', '授课者', '执教人'],
  topic: ['课题', '课题名称', '授课内容', '课名', '授课课题'],
  lessonType: ['课型', '课的类型', '听课类型', '课堂类型'],
  level: ['级别', '获奖级别', '奖项级别', '课的级别'],
  reviewed: ['评课', '是否评课', '已评课'],
  award: ['奖项', '奖项名称', '获奖名称', '获奖项目', '比赛名称', '项目名称', '获奖内容', '荣誉名称'],
  category: ['类别', '奖项类别', '获奖类别', '分类', '成果类别', '学分类别', '成果类型', '学分类型'],
  prize: ['等次', '获奖等次', '等级', '奖次', '名次', '等第', '获奖等第'],
  awardText: AWARD_TEXT_HEADERS,
  notes: ['学习笔记', '笔记', '学习笔记等次', '学习笔记等级', '业务笔记', '笔记等次', '笔记等级', '学习笔记等第', '笔记等第', '业务学习笔记'],
  readingMissed: ['读书未交', '读书未交次数', '未交次数', '读书心得未交', '读书心得未交次数', '心得未交', '心得未交次数',
    '未交读书心得次数', '未交读书心得', '读书笔记未交次数'],
  readingDeduction: ['读书扣分', '读书质量扣分', '读书心得扣分'],
  activityPoints: ['活动得分', '活动加分', '主讲得分', '活动参与得分', '任务完成得分'],
  retraining: ['二次培训', '二次培训加分', '二次培训得分'],
  discipline: ['违纪扣分', '违纪', '纪律扣分', '违规扣分'],
  taskIncomplete: ['未完成任务', '未完成', '任务未完成', '是否完成任务未完成'],
  collectiveBonus: ['集体加分', '集体奖励', '优秀教研组加分', '优秀组加分'],
  ruleKey: ['参数', '规则', '参数名', '项目', '规则名称', '名称'],
  ruleValue: ['值', '参数值', '取值', '数值', '设置', '设定值'],
  // issue 21: 学分登记 (SPEC §3.7) and 成果登记 (SPEC §3.8).
  schoolYear: ['学年', '学年度', '年度', '所属学年'],
  term: ['学期', '所属学期'],
  credits: ['学分', '学分数', '获得学分', '认定学分'],
  count: ['数量', '篇数', '件数', '份数', '成果数量'],
  deliverableTitle: ['标题', '题目', '成果名称', '成果标题', '作品名称'],
  origin: ['来源', '学分来源', '备注', '认定来源'],
};

/**
 * Columns matched by their names and aliases only, never by containment: 学期, 学年, 学分, 备注, 题目, 数量
 * sit inside many headers of other sheets (`本学期读书未交次数`, `课题题目`), which must keep their meaning.
 */
export const EXACT_ONLY_COLUMNS: ReadonlySet<ColumnKey> = new Set(['schoolYear', 'term', 'credits', 'count', 'deliverableTitle', 'origin']);

/** SPEC §3.7 学分登记 类别: 校本 or everything else (a 类别 holding 校本 is 校本 too). */
export const CREDIT_CATEGORY_WORDS: Readonly<Record<'school' | 'other', readonly string[]>> = {
  school: ['校本', '校本研修', '校本研训', '校本培训', '校内', '校内培训', '校级'],
  other: ['其他', '其它', '县级', '区级', '县区级', '市级', '省级', '国家级', '网络', '网络研修', '外出', '外出学习', '远程', '远程培训', '上级培训'],
};

/** SPEC §3.7 学期: 第一学期 (autumn) or 第二学期 (spring). */
export const TERM_WORDS: Readonly<Record<'first' | 'second', readonly string[]>> = {
  first: ['第一学期', '上', '上学期', '秋', '秋季', '秋季学期', '第1学期', '1', '一', '第一'],
  second: ['第二学期', '下', '下学期', '春', '春季', '春季学期', '第2学期', '2', '二', '第二'],
};

/** SPEC §3.2 status words, by the status they mean. 签退 (DingTalk exports) is read as present. */
export const STATUS_WORDS: Readonly<Record<AttendanceStatus, readonly string[]>> = {
  present: ['出勤', '到', '签到', '已签到', '正常', '参加', '✓', '√', '☑', '✔', '1', '是', 'Y', 'yes', '已到', '签退', '出席'],
  late: ['迟到', '迟'],
  early: ['早退'],
  excused: ['请假', '假', '事假', '病假', '公假', '公出', '出差', '婚假', '产假', '丧假', '调休', '已请假'],
  absent: ['缺勤', '缺', '旷', '旷会', '未到', '未签到', '×', '✗', '✘', '0', '否', 'N', 'no', '缺席', '旷课'],
  madeUp: ['补课', '补', '补学', '已补'],
  // SPEC §3.2 / §4 "Staff changes": the session does not expect this teacher (joined later, left, long leave).
  notExpected: ['免', '免签', '不参加', '不适用', '未入职', '未到岗', '调出', '已调出', '离职', '已离职', '无需参加', '不需参加'],
};

/** 类型 of a sign-in row (SPEC §3.2): blank → 校本研训. */
export const SESSION_TYPE_WORDS: Readonly<Record<'internal' | 'external', readonly string[]>> = {
  internal: ['校本研训', '校本', '校本研修', '校本培训', '研训', '校内', '校内培训'],
  external: ['外出学习', '外出', '外出培训', '外培', '上级培训', '校外培训', '外出学习培训'],
};

/** 参加对象 words meaning "every roster teacher". */
export const ALL_TEACHERS_WORDS: readonly string[] = ['全体', '全体教师', '全校', '全校教师', '所有教师', '全员', '全部'];

/** Separators between group names in 参加对象 (SPEC §3.2: 、,，/ or space; ；; too). After NFKC. */
export const TARGET_SEPARATORS: readonly string[] = ['、', ',', '/', ' ', ';', '\t', '\n'];


/** SPEC §3.3 级别 words; blank → 校级. */
export const LEVEL_WORDS: Readonly<Record<Level, readonly string[]>> = {
  school: ['校级', '校', '学校', '校内'],
  district: ['县区级', '县级', '区级', '县', '区', '县区', '区县', '区县级', '县(区)级', '县(区)', '旗级'],
  city: ['市级', '市', '地市', '地市级', '地级', '州级'],
  province: ['省级', '省', '省部级', '自治区级'],
  national: ['国家级', '国家', '全国', '国级', '全国性'],
};

/**
 * SPEC §3.4 等次 → steps below first prize. Matched by containment, in this order, after NFKC
 * (so ①/１ become 1); the numeral forms (一等, 1等, 二等 …) are handled by the prize reader.
 */
export const PRIZE_WORDS: readonly (readonly [string, number])[] = [
  ['特等', 0], ['金奖', 0], ['金', 0], ['银奖', 1], ['银', 1], ['铜奖', 2], ['铜', 2],
  ['优秀奖', 3], ['优胜奖', 3], ['鼓励奖', 3], ['优秀', 3], ['优胜', 3], ['鼓励', 3],
];

/** Numerals before 等 in 等次 (一等奖, 1等奖, 壹等奖): first prize is step 0. */
export const PRIZE_NUMERALS: Readonly<Record<string, number>> = {
  一: 0, 二: 1, 三: 2, 1: 0, 2: 1, 3: 2, 壹: 0, 贰: 1, 叁: 2,
};

/** SPEC §3.4 explicit 类别 words. */
export const CATEGORY_WORDS: Readonly<Record<AwardCategory, readonly string[]>> = {
  competition: ['比赛', '竞赛', '大赛', '赛课', '比赛类'],
  appraisal: ['评选', '评比', '评选类', '评审'],
};

/** SPEC §3.4 keywords for inferring 类别 from 奖项; competition keywords are tried first (优质课评选 → 比赛). */
export const CATEGORY_KEYWORDS: readonly (readonly [string, AwardCategory])[] = [
  ['大赛', 'competition'], ['比赛', 'competition'], ['竞赛', 'competition'], ['基本功', 'competition'],
  ['赛课', 'competition'], ['优质课', 'competition'],
  ['论文', 'appraisal'], ['案例', 'appraisal'], ['设计', 'appraisal'], ['心得', 'appraisal'],
  ['课件', 'appraisal'], ['评选', 'appraisal'], ['评比', 'appraisal'],
];

/** SPEC §3.5 学习笔记 grades. The single-letter and 优/良 forms are common on paper registers. */
export const GRADE_WORDS: Readonly<Record<NotesGrade, readonly string[]>> = {
  优秀: ['优秀', '优', 'A', '甲'],
  良好: ['良好', '良', 'B', '乙'],
  合格: ['合格', '及格', '中', 'C', '丙'],
  不合格: ['不合格', '不及格', '差', 'D', '丁'],
};

/** 是/否 words (须开课, 评课, 未完成任务). */
export const YES_NO_WORDS: Readonly<Record<'yes' | 'no', readonly string[]>> = {
  yes: ['是', 'Y', 'yes', '√', '✓', '✔', '☑', '1', 'true', '有', '对', '需要', '须', '要'],
  no: ['否', 'N', 'no', '×', '✗', '✘', '0', 'false', '无', '不', '不需要', '不须', '不要', '/'],
};

/** Rows (and matrix columns) whose label is one of these are totals, not teachers or sessions. */
export const TOTAL_WORDS: readonly string[] = ['合计', '小计', '总计', '共计', '总数', '统计', '平均', '平均分', '平均值', '总平均'];

/**
 * Rows that are not data (SPEC §3): a line starting with one of these words and a colon is a legend or
 * note (`说明：…`, `注：√ 表示出勤`) or a signature (`制表：教科室`, `审核人：王校长`). Skipped in every
 * sheet (the 考核规则 sheet has its own rule) with one notice per sheet.
 */
export const NOTE_LINE_WORDS: readonly string[] = ['说明', '注', '备注', '注意', '图例', '填表说明', '附注', '注释', '附'];
export const SIGNATURE_WORDS: readonly string[] = [
  '制表', '制表人', '制表日期', '制表时间', '审核', '审核人', '审核日期', '填表', '填表人', '填表日期', '复核', '复核人', '审批',
  '审批人', '负责人', '签字', '签名', '统计人', '经办人', '校长签字', '主任签字',
];

/**
 * Headers of derived columns (issue 20 item 5): counts, totals and rates computed from other columns
 * (COUNTIF results beside a 考勤表, a 合计 column). Listed as unused, never warned about.
 */
export const DERIVED_HEADER_PREFIXES: readonly string[] = ['合计', '小计', '总计', '共计', '累计', '总学时', '总分', '总数', '总次数', '总时长', '平均'];
export const DERIVED_HEADER_SUFFIXES: readonly string[] = ['次数', '人数', '天数', '节数', '总数', '合计', '小计', '总计', '总分', '率', '数', '平均'];

/**
 * Unit suffixes accepted after a number ("2学时", "1.5h", "10节"). Longest first. Not 天: days are no
 * count, and in an hours cell they are converted (HOURS_DAY_WORDS), never read as hours.
 */
export const NUMBER_UNITS: readonly string[] = ['学时', '课时', '小时', '节课', 'hrs', 'hr', 'h', '时', '次', '节', '分', '个'];

/**
 * The only units an hours cell reads a number out of (SPEC §3: 学时/小时/h, and 课时 — the class period
 * school records count 学时 in). Longest first.
 */
export const HOURS_UNITS: readonly string[] = ['学时', '课时', '小时', 'hrs', 'hr', 'h'];

/** Days in an hours cell (SPEC §3), × the rule 每天学时: 半天 = ½, 一天/全天 = 1, 两天 = 2; `N天` is read as a number. */
export const HOURS_DAY_WORDS: Readonly<Record<string, number>> = {
  半天: 0.5, 半日: 0.5, 一天: 1, 全天: 1, 整天: 1, 一整天: 1, 全日: 1, 一日: 1, 一天半: 1.5, 两天: 2, 二天: 2, 两天半: 2.5,
  三天: 3, 四天: 4, 五天: 5,
};

/** The label of the matrix 学时 row (SPEC §3.2): these column names of `hours`. */
export const HOURS_ROW_LABELS: readonly string[] = COLUMN_NAMES.hours;

/**
 * What an output sheet says in A1 while the Office.js host rewrites it (SPEC §7: the previous outputs
 * or the new ones, never a mixture). The last write of a run replaces it; a run that fails part-way
 * leaves it on every sheet it had not finished, and the next run removes it.
 */
export const UNFINISHED_BANNER = '本表未更新完成：上次计算在写入结果时中断，本表内容不完整，请勿使用。请再点一次计算。';
