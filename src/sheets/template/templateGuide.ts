/**
 * 使用说明: the instruction sheet of the standard workbook, written for the office staff who fill it in.
 * Pure text; the column lists mirror template.ts and SPEC §3.
 */
import type { OutputCell, OutputSheet, RangeFormat } from '../output.js';

/** A sheet of the standard workbook as the guide shows it: its name and columns. */
export interface GuideSheetDef {
  name: string;
  columns: readonly string[];
}

/**
 * One filled row per input sheet (issue 10), by column name, as a clerk would type it; a test reads
 * them back through the real readers, so the examples cannot drift from what is accepted.
 */
export const EXAMPLE_ROWS: Readonly<Record<string, Readonly<Record<string, OutputCell>>>> = {
  教师名册: { 工号: 'T001', 姓名: '张三', 教研组: '语文组', 备课组: '七年级语文', 学科: '语文', 梯队: '青年教师', 须开课: '是' },
  签到表: { 日期: '2023-09-06', 活动: '集体备课', 类型: '校本研训', 工号: 'T001', 姓名: '张三', 状态: '出勤', 学时: 2, 参加对象: '' },
  外出学习: { 日期: '2023-10-12', 活动: '市级骨干教师研修', 工号: 'T001', 姓名: '张三', 学时: 6, 状态: '出勤' },
  听课记录: { 日期: '2023-09-20', 听课人: '张三', 授课人: '李四', 学科: '语文', 课题: '背影', 课型: '研讨课', 级别: '校级', 评课: '是' },
  获奖登记: { 工号: 'T001', 姓名: '张三', 奖项: '市青年教师基本功大赛', 类别: '比赛', 级别: '市级', 等次: '二等奖', 日期: '2023-11-15' },
  考核登记: {
    工号: 'T001', 姓名: '张三', 学习笔记: '良好', 读书未交: 0, 读书扣分: 0, 活动得分: 9, 二次培训: 1, 违纪扣分: 0, 未完成任务: '否', 集体加分: 0,
  },
  学分登记: { 工号: 'T001', 姓名: '张三', 学年: '2022-2023', 学期: '第二学期', 类别: '校本', 学分: 4, 来源: '2022学年第二学期校本研修' },
  成果登记: { 工号: 'T001', 姓名: '张三', 类别: '说课稿', 日期: '2023-10-20', 数量: 1, 标题: '《背影》说课稿' },
};

const INTRO: readonly string[] = [
  '本工作簿用于学期末的教师校本研修考核：按学校方案计算每位教师的六项得分和总分，在各教研组内排名，',
  '按名额评出 优秀 / 良好 / 合格 / 不合格，并给出师德计分和上报学时。',
];

const STEPS: readonly string[] = [
  '1. 在“教师名册”中逐行填写全校参加考核的教师（工号、姓名、教研组必填；同名教师必须填工号）。',
  '2. 平时把每次校本研训的签到、外出学习、听课、获奖记录分别登记到对应工作表；每行一条记录。',
  '3. 学期末在“考核登记”中为每位教师填写学习笔记等次、读书、活动得分等由学校评定的项目。',
  '4. 在“考核规则”中先选“方案”，再填考核期；其余“值”留空即按所选方案（说明列写明留空时的值），与方案不同才填写。',
  '5. 在研修考核助手中点击“检查数据”，按“数据问题”逐条修正；再点击“计算”。',
  '6. 结果写入“考核结果”“分组统计”“评分明细”“数据问题”“上报学时”“图表”“计算记录”七张表；',
  '   每次计算都会重新生成这七张表，请不要在其中手工修改；原始登记表不会被改动。',
];

/** 工作表 | 列 | 怎么填 */
const COLUMNS: readonly (readonly [string, string, string])[] = [
  ['教师名册', '工号', '学校内部编号，可留空；有同名教师时必须填写，其他表也用工号登记。'],
  ['', '姓名', '教师姓名；中间的空格会被忽略（“张 三”即“张三”）。'],
  ['', '教研组', '必填，排名和评等次都在教研组内进行，如“语文组”。'],
  ['', '备课组、学科', '选填，仅用于查看。'],
  ['', '梯队', '选填，如 青年教师；分组统计按梯队计人数，规则可按梯队提要求。'],
  ['', '须开课', '填“是”或级别（如 区级）；未上该级别及以上公开课的，按一节同级别公开课扣分。'],
  ['', '入职日期、离职日期', '学期中调入或调出的教师才填；此前或此后的活动不要求其参加，不算缺勤（长期请假的，在签到表该次活动写“免”）。'],
  ['签到表', '日期、活动', '每次校本研训的日期和名称；同一日期同一活动算一次。日期可写 2023-09-06、2023/9/6 或 9月6日。'],
  ['', '类型', '“校本研训”（可留空）或“外出学习”。'],
  ['', '工号、姓名', '参加的教师；有工号填工号。'],
  ['', '状态', '出勤 / 迟到 / 早退 / 请假 / 缺勤 / 补课 / 免（不要求参加）；留空表示出勤。没有签到行的教师按缺勤计。'],
  ['', '学时', '本次活动的学时，如 2、2学时，或 半天、一天、1.5天（按每天学时 6 折算）；留空按本次活动最常见的学时或默认学时（2）计。'],
  ['', '参加对象', '只要求部分教研组参加时填写组名，多个组用顿号分隔；全体教师参加可留空。'],
  ['签到表（另一种格式）', '考勤表', '也可以每位教师一行、每次活动一列（表头写日期，如“9月6日 集体备课”），格内写出勤、请假等，空白为缺勤。'],
  ['外出学习', '日期、活动、工号、姓名、学时、状态', '上级组织的外出培训，一人一次一行；学时按实际填写。'],
  ['听课记录', '听课人、授课人', '一位听课教师听一节课为一行；同名教师可写成“张伟(T012)”。'],
  ['', '课型', '含规则“公开课课型”中的词（公开课、示范课、研讨课、研究课等）即为公开课；常态课只计听课。'],
  ['', '级别', '校级（可留空）/ 县区级 / 市级 / 省级 / 国家级。'],
  ['获奖登记', '奖项、类别', '类别填“比赛”或“评选”；留空时按奖项名称判断（含“大赛”“基本功”为比赛，含“论文”“案例”“设计”为评选）。'],
  ['', '级别、等次', '校级奖项默认 0 分（规则“比赛一等奖分:校级”可改）；等次写 一等奖/二等奖/三等奖/优秀奖。'],
  ['考核登记', '学习笔记', '优秀 / 良好 / 合格 / 不合格。'],
  ['', '读书未交、读书扣分', '读书心得缺交次数（每次扣 3 分）和质量扣分合计。'],
  ['', '活动得分、二次培训、违纪扣分', '主讲、任务完成等活动得分合计；外出学习后二次培训加分；违纪扣分合计。'],
  ['', '未完成任务', '未完成学校布置的研修任务填“是”，考勤计 0 分、考核不合格。'],
  ['', '集体加分', '所在教研组或备课组获评优秀时的加分。'],
  ['学分登记', '学年、学期', '选填的五年学分台账：往年各学期的学分，一条一行。学年写 2022、2022-2023 或 2022学年；学期写 第一学期/第二学期。'],
  ['', '类别、学分', '类别填“校本”或“其他”（县级、市级、网络研修等都算其他）；没有学分可填学时，按规则“每学分学时”折算。'],
  ['', '来源', '本学期算完后点“登记本学期学分”，会自动写入本学期各教师的学分（来源为“研修考核助手 学年 学期”）；重新登记会替换这些行。'],
  ['成果登记', '类别、日期、数量', '“八个一”“四个一”等规定成果，一件一行（或填数量）；类别如 说课稿、教学设计、论文、教学反思；规则“须交:类别”规定每人应交几篇。'],
  ['考核规则', '参数、值', '只改“值”一列；值留空即用“方案”的值（说明列写明）。参数名写错时不计算并提示；合计、说明、序号行跳过。'],
];

const OUTPUTS: readonly string[] = [
  '考核结果：每位教师一行，按教研组和名次排列，可筛选、可直接打印公示。',
  '分组统计：各教研组人数、平均分、各等次人数与名额、公开课情况和优秀教研组评选资格。',
  '评分明细：每位教师每一项的得分和计算过程，用于答复教师的询问。',
  '数据问题：读不懂或对不上的数据，标明工作表、行、列和处理建议。',
  '上报学时：报送进修学校的校本研修学时（不合格为 0）。',
  '图表：等次分布、总分分布和各组分项平均分。',
  '计算记录：计算时间、使用的规则和读取的数据行数。',
  '任务完成（规则有“须交”时）：每位教师每类规定成果的已交/应交，缺交的标出。',
  '学分台账（规则有“学分周期起始学年”时）：五年周期的往年学分、本学期学分、累计与尚差，落后的排在前面。',
];

/**
 * The 使用说明 sheet.
 * @example guideSheet().cells[0] // ['研修考核助手 · 使用说明']
 */
export function guideSheet(sheets: readonly GuideSheetDef[] = []): OutputSheet {
  const cells: OutputCell[][] = [];
  const formats: RangeFormat[] = [];
  const heading = (text: string): void => {
    if (cells.length > 0) cells.push([]);
    cells.push([text]);
    formats.push({ range: { top: cells.length - 1, left: 0, bottom: cells.length - 1, right: 2 }, bold: true, fill: 'D9E1F2' });
  };
  cells.push(['研修考核助手 · 使用说明']);
  formats.push({ range: { top: 0, left: 0, bottom: 0, right: 0 }, bold: true });
  heading('一、这个工作簿做什么');
  for (const line of INTRO) cells.push([line]);
  heading('二、使用步骤');
  for (const line of STEPS) cells.push([line]);
  heading('三、各工作表和列的填写方法');
  cells.push(['工作表', '列', '怎么填']);
  formats.push({ range: { top: cells.length - 1, left: 0, bottom: cells.length - 1, right: 2 }, bold: true });
  const first = cells.length;
  for (const row of COLUMNS) cells.push([...row]);
  formats.push({ range: { top: first - 1, left: 0, bottom: cells.length - 1, right: 2 }, border: true, wrap: true });
  if (sheets.length > 0) {
    heading('四、填写示例（每张表一行）');
    cells.push(['工作表', '列', '示例（按列顺序，“列名：值”）']);
    const top = cells.length - 1;
    formats.push({ range: { top, left: 0, bottom: top, right: 2 }, bold: true });
    for (const def of sheets) {
      const example = EXAMPLE_ROWS[def.name] ?? {};
      const value = (c: string): string => {
        const v = example[c];
        return v === undefined || v === null || v === '' ? '（空）' : String(v);
      };
      cells.push([def.name, `${def.columns.length} 列，顺序同该表`, def.columns.map((c) => `${c}：${value(c)}`).join('　')]);
    }
    // No wrap: a long example runs on into the empty cells to its right instead of overlapping the next row
    // (not every spreadsheet grows a row for wrapped text).
    formats.push({ range: { top, left: 0, bottom: cells.length - 1, right: 1 }, border: true });
  }
  heading(`${sheets.length > 0 ? '五' : '四'}、计算后生成的工作表`);
  for (const line of OUTPUTS) cells.push([line]);
  heading(`${sheets.length > 0 ? '六' : '五'}、注意事项`);
  cells.push(
    ['· 工作表名称和列名请与本模板一致（列的顺序可以调整，多出的列不影响计算）。'],
    ['· 表头可以不在第一行：表头上方的标题行（如“2023学年第一学期签到表”）会被跳过。'],
    ['· 数字和日期可以是全角或文字，如“２”“2学时”“9月6日”；读不懂的值会列入“数据问题”，不会悄悄按 0 计。'],
  );
  return {
    name: '使用说明',
    cells,
    columnWidths: [22, 30, 90],
    formats,
    print: { orientation: 'landscape', fitToWidth: true, paper: 'A4' },
    tabColor: '2F5597',
  };
}
