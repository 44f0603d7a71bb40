/**
 * Data problems as values (STYLE: "user mistakes are values, our mistakes throw").
 * Every issue has a stable `code`; its Chinese text and the advice on what to do live here,
 * in one table, rendered from the code and its params.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Params a message is rendered from; keep values short and human-readable. */
export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  severity: Severity;
  code: IssueCode;
  sheet?: string;
  /** The sheet's own 1-based row number. */
  row?: number;
  /** The column's header as the user wrote it (or its letter when there is no header). */
  column?: string;
  /**
   * The column's 0-based index in the sheet (A = 0), known when the issue was read from a cell, so a
   * UI can select the cell without reading the sheet again.
   */
  columnIndex?: number;
  message: string;
  params?: IssueParams;
}

/** Where an issue points. All optional: a workbook-level issue has none. */
export interface IssueWhere {
  sheet?: string;
  row?: number;
  column?: string;
  columnIndex?: number;
}

interface MessageDef {
  severity: Severity;
  text: (p: IssueParams) => string;
  /** What the office should do about it (数据问题 → 处理建议). */
  fix: string;
}

const s = (p: IssueParams, k: string): string => String(p[k] ?? '');

/**
 * Why a sheet was not read (`sheet-not-read`'s `reason`): a sheet found by content whose rows do not
 * look like its kind (SPEC §3, src/sheets/read/evidence.ts), or a hidden sheet under no standard name.
 */
const NOT_READ_REASONS: Readonly<Record<string, (p: IssueParams) => string>> = {
  'not-names': (p) => `表头像“${s(p, 'kind')}”，但“姓名”列中不是人名（如${s(p, 'examples')}）`,
  'not-dates': (p) => `表头像“${s(p, 'kind')}”，但“日期”列中不是日期（如${s(p, 'examples')}）`,
  'other-groups': (p) => `表头像“${s(p, 'kind')}”，但其中的教师在“教师名册”中大多属另一个教研组（如${s(p, 'examples')}）`,
  'not-roster-teachers': (p) => `表头像“${s(p, 'kind')}”，但其中的人员大多不在教师名册中（如${s(p, 'examples')}）`,
  hidden: () => '这是隐藏的工作表，表名又不是标准表名（隐藏的表只按标准表名读取）',
};

function notReadReason(p: IssueParams): string {
  const reason = NOT_READ_REASONS[s(p, 'reason')];
  if (reason !== undefined) return reason(p);
  return `表头不符合任何标准表${p['hint'] === undefined ? '' : `（${s(p, 'hint')}）`}`;
}

/** The one table of issue codes. Codes are stable identifiers: never rename one. */
export const MESSAGES = {
  // ── workbook and sheets ─────────────────────────────────────────────
  'missing-roster': {
    severity: 'error',
    text: () => '找不到“教师名册”工作表，无法计算。',
    fix: '新建名为“教师名册”的工作表（列：工号、姓名、教研组），或用“插入标准模板”。',
  },
  'no-teachers': {
    severity: 'error',
    text: (p) => `“${s(p, 'sheet')}”中没有读到任何教师。`,
    fix: '在教师名册的表头下逐行填写教师姓名和教研组。',
  },
  'missing-sheet': {
    severity: 'warning',
    text: (p) => `没有找到“${s(p, 'sheet')}”工作表，${p['items'] === undefined ? '相关分项' : s(p, 'items')}对所有教师都按 0 计。`,
    fix: '如本学期有此类记录，请按标准模板添加该工作表（或把已有的表头改成标准列名）。',
  },
  'no-header': {
    severity: 'error',
    text: (p) => `“${s(p, 'sheet')}”前 10 行中找不到表头（需要列：${s(p, 'columns')}），该表未读取。`,
    fix: '把表头放在前 10 行内，列名参照标准模板。',
  },
  'missing-column': {
    severity: 'error',
    text: (p) => `“${s(p, 'sheet')}”缺少必需的列“${s(p, 'column')}”，该表未读取。`,
    fix: '在表头中添加该列（列名参照标准模板）。',
  },
  'empty-sheet': {
    severity: 'info',
    text: (p) => `“${s(p, 'sheet')}”表头下没有数据。`,
    fix: '如有记录请填写；没有则可忽略。',
  },
  'hidden-sheet': {
    severity: 'info',
    text: (p) => `“${s(p, 'sheet')}”是隐藏的工作表，仍按标准表读取。`,
    fix: '如该表不应参与计算，请改名。',
  },
  'hidden-roster-rows': {
    severity: 'warning',
    text: (p) => `“${s(p, 'sheet')}”有 ${s(p, 'count')} 行是隐藏的（${s(p, 'rows')}），这些教师照常计入。`,
    fix: '如是已调出的教师，请在“离职日期”中填写日期或删除该行；隐藏只改变显示，不会把教师排除在考核之外。',
  },
  'protected-sheet': {
    severity: 'info',
    text: (p) => `“${s(p, 'sheet')}”受密码保护，仅读取其内容，不做任何修改。`,
    fix: '无需处理。',
  },
  // ── issue 10 "Nothing lost": sheets by content, every sheet and column accounted for ──
  'sheet-recognised-by-content': {
    severity: 'info',
    text: (p) => `工作表“${s(p, 'sheet')}”按表头内容识别为“${s(p, 'kind')}”并已读取。`,
    fix: '无需处理；如该表不应参与计算，请改动其表头。',
  },
  'sheet-kind-guessed': {
    severity: 'warning',
    text: (p) => `工作表“${s(p, 'sheet')}”的列既符合签到表也符合外出学习，按签到表读取。`,
    fix: '在表名或标题行中写明“签到”或“外出”，或加一列“类型”。',
  },
  'sheet-not-read': {
    severity: 'warning',
    text: (p) => `工作表“${s(p, 'sheet')}”未读取：${notReadReason(p)}，其中的记录不参与计算。`,
    fix: '如该表的记录应计入，请按标准模板命名表头（如“姓名”“日期”“活动”），隐藏的表请取消隐藏或改用标准表名；否则可忽略。',
  },
  'output-name-sheet': {
    severity: 'warning',
    text: (p) => `工作表“${s(p, 'sheet')}”与本工具的结果表同名，但不是本工具写入的，未读取，其中的记录不参与计算。`,
    fix: '本工具的结果会写在另一张同名加编号的表中（如“考核结果(1)”）。如该表的记录应计入，请把它改名（如“原考核结果”）后重新检查；否则可忽略。',
  },
  'column-not-read': {
    severity: 'warning',
    text: (p) => p['misplaced'] !== undefined
      ? `列“${s(p, 'column')}”未读取：“${s(p, 'standard')}”只在“${s(p, 'kind')}”表中读取。`
      : `列“${s(p, 'column')}”未读取：它像是“${s(p, 'standard')}”${p['kind'] === undefined ? '' : `（属于“${s(p, 'kind')}”）`}，但列名不符。`,
    fix: '把列名改为括号里的标准列名（需要时把该列移到对应的标准表中），再重新检查。',
  },
  'rows-not-data': {
    severity: 'info',
    text: (p) => `“${s(p, 'sheet')}”第 ${s(p, 'rows')} 行是合计、说明、签名或重复的表头，不是数据，未读取。`,
    fix: '无需处理；如其中确有记录，请把它写成普通的数据行。',
  },
  'derived-columns': {
    severity: 'info',
    text: (p) => `“${s(p, 'sheet')}”中的${s(p, 'columns')}列是统计列（由其他数据计算得出），未读取。`,
    fix: '无需处理：本工具按原始记录重新计算。',
  },
  'duplicate-rules-sheet': {
    severity: 'error',
    text: (p) => `工作簿中有两张考核规则表（“${s(p, 'first')}”和“${s(p, 'sheet')}”），无法确定使用哪一张。`,
    fix: '删除或改名其中一张，只保留一张考核规则表。',
  },
  'roster-group-conflict': {
    severity: 'error',
    text: (p) => `教师“${s(p, 'name')}”在“${s(p, 'firstSheet')}”属${s(p, 'firstGroup')}，这里属${s(p, 'group')}，按前者计。`,
    fix: '同一教师只能属于一个教研组：更正其中一张名册。',
  },
  'unknown-award-level': {
    severity: 'warning',
    text: (p) => `奖项“${s(p, 'value')}”看不出级别（校级、区级、市级、省级……），未计入。`,
    fix: '填写“级别”列，或在获奖等级中写明级别，如“市级一等奖”。',
  },
  'date-not-read': {
    severity: 'info',
    text: (p) => `日期“${s(p, 'value')}”无法识别；未设置考核期，这一行照常计入。`,
    fix: '如需按考核期筛选，请改为 2023-11-06 或 2023年11月 这样的写法。',
  },
  // ── identity ────────────────────────────────────────────────────────
  'duplicate-roster-name': {
    severity: 'error',
    text: (p) => `教师名册中有两位“${s(p, 'name')}”都没有工号（第 ${s(p, 'rows')} 行），无法区分。`,
    fix: '为同名教师填写工号，并在其他表中也用工号登记。',
  },
  'duplicate-roster-id': {
    severity: 'error',
    text: (p) => `工号“${s(p, 'id')}”在教师名册中出现多次（第 ${s(p, 'rows')} 行），只按第一行计。`,
    fix: '更正重复的工号。',
  },
  'missing-group': {
    severity: 'error',
    text: (p) => `教师“${s(p, 'name')}”没有填写教研组，暂按“未分组”排名。`,
    fix: '在教师名册中填写该教师的教研组。',
  },
  'missing-name': {
    severity: 'warning',
    text: () => '这一行既没有姓名也没有工号，未计入。',
    fix: '补填姓名或工号，或删除该行。',
  },
  'missing-roster-name': {
    severity: 'error',
    text: (p) => `教师名册这一行有工号“${s(p, 'id')}”但没有姓名，未读入。`,
    fix: '补填该教师的姓名。',
  },
  'ambiguous-teacher': {
    severity: 'warning',
    text: (p) => `“${s(p, 'name')}”在名册中有同名教师，这一行没有工号，无法确定是谁，` +
      (p['counted'] === undefined ? '未计入。' : `${s(p, 'counted')}。`),
    fix: '在这一行填写工号（听课记录可在姓名后加工号，如“张伟(T012)”）。',
  },
  // issue 20: the message says what the row still counts for (听课记录: the other side) and names the
  // roster teacher one character away (`是不是“李小明”？`) — never matched automatically.
  'unknown-teacher': {
    severity: 'warning',
    text: (p) => `“${s(p, 'name')}”不在教师名册中，${p['counted'] === undefined ? '这一行未计入' : s(p, 'counted')}。` +
      (p['suggestion'] === undefined ? '' : `是不是“${s(p, 'suggestion')}”？`),
    fix: '多为姓名写错：按教师名册改正姓名或工号（写错的名字不会自动对应到名册中的教师）；确是名册漏登的本校教师才加入名册，校外人员可不处理。',
  },
  // issue 20: staff who join or leave during the term (SPEC §3.1, §4 "Staff changes").
  'bad-staff-date': {
    severity: 'warning',
    text: (p) => `教师“${s(p, 'name')}”的${s(p, 'what')}日期“${s(p, 'value')}”无法识别，按整学期在岗计算。`,
    fix: '写成 2023-10-08 或 2023年10月8日 这样的日期；整学期在岗的教师留空。',
  },
  'staff-dates-reversed': {
    severity: 'warning',
    text: (p) => `教师“${s(p, 'name')}”的离职日期 ${s(p, 'left')} 早于入职日期 ${s(p, 'joined')}，离职日期未采用。`,
    fix: '核对入职日期和离职日期。',
  },
  'id-name-mismatch': {
    severity: 'warning',
    text: (p) => `工号“${s(p, 'id')}”在名册中是“${s(p, 'rosterName')}”，这里写的是“${s(p, 'name')}”；按工号计入。`,
    fix: '核对工号与姓名。',
  },
  // ── values ──────────────────────────────────────────────────────────
  'missing-date': {
    severity: 'warning',
    text: () => '这一行没有日期，无法确定是哪一次活动，未计入。',
    fix: '补填日期，例如 2023-09-06。',
  },
  'year-unknown': {
    severity: 'warning',
    text: (p) => `日期“${s(p, 'value')}”没有年份，且无法从考核期或其他完整日期推断年份，这一行未计入。`,
    fix: '在考核规则中填写考核开始日期，或把日期写完整（如 2023-09-06）。',
  },
  'bad-date': {
    severity: 'warning',
    text: (p) => `日期“${s(p, 'value')}”无法识别，这一行未计入。`,
    fix: '写成 2023-09-06、2023/9/6、2023年9月6日 或 9月6日 等形式。',
  },
  'bad-number': {
    severity: 'warning',
    text: (p) => `“${s(p, 'value')}”不是数字，按 ${s(p, 'fallback')} 处理。`,
    fix: '填写数字，例如 2 或 1.5。',
  },
  // issue 19: a negative count is reported, never silently replaced.
  'negative-number': {
    severity: 'warning',
    text: (p) => `“${s(p, 'value')}”是负数，不能作为次数，按 ${s(p, 'fallback')} 处理。`,
    fix: '填写不小于 0 的数；没有则填 0 或留空。',
  },
  // issue 19/20: an hours cell that cannot be used says the hours used instead (`按 2 学时计`).
  'bad-hours': {
    severity: 'warning',
    text: (p) => `学时“${s(p, 'value')}”${s(p, 'problem')}，按 ${s(p, 'hours')} 学时计（${s(p, 'basis')}）。`,
    fix: '填写学时数，如 2、1.5、2学时，或 半天、一天、1.5天（按每天学时折算）；不清楚时留空，按该次活动最常见的学时计。',
  },
  'formula-error': {
    severity: 'warning',
    text: (p) => `单元格是公式错误值“${s(p, 'value')}”，按空白处理。`,
    fix: '修正该单元格的公式或改为数值。',
  },
  'unknown-status': {
    severity: 'warning',
    text: (p) => `状态“${s(p, 'value')}”无法识别，按缺勤处理。`,
    fix: '使用 出勤/迟到/早退/请假/缺勤/补课 等标准写法；不要求参加的（未入职、已调出、长期病休）写“免签”。',
  },
  'status-not-expected': {
    severity: 'info',
    text: (p) => `有 ${s(p, 'count')} 处标注“免签”“未入职”“调出”等（${s(p, 'who')}）：这些活动不要求相应教师参加，不计出勤也不计缺勤。`,
    fix: '无需处理；如标注有误，请改为实际的出勤状态。',
  },
  'unknown-type': {
    severity: 'warning',
    text: (p) => `类型“${s(p, 'value')}”无法识别，按校本研训处理。`,
    fix: '类型填写“校本研训”或“外出学习”。',
  },
  'unknown-level': {
    severity: 'warning',
    text: (p) => `级别“${s(p, 'value')}”无法识别，这一行未计入。`,
    fix: '级别填写 校级/县区级/市级/省级/国家级。',
  },
  'unknown-target-group': {
    severity: 'warning',
    text: (p) => `参加对象“${s(p, 'value')}”不是名册中的教研组，已忽略该名称。`,
    fix: '参加对象填写名册中的教研组名称，多个用顿号分隔；全体教师可留空。',
  },
  'unknown-award-category': {
    severity: 'warning',
    text: (p) => `无法判断奖项“${s(p, 'value')}”属于比赛还是评选，未计入。`,
    fix: '在“类别”列填写“比赛”或“评选”。',
  },
  'unknown-prize': {
    severity: 'warning',
    text: (p) => `等次“${s(p, 'value')}”无法识别，未计入。`,
    fix: '等次填写 一等奖/二等奖/三等奖/优秀奖 等。',
  },
  'duplicate-award': {
    severity: 'warning',
    text: (p) => `与第 ${s(p, 'firstRow')} 行是同一奖项（同一教师、奖项、级别、等次），只计一次。`,
    fix: '删除重复登记的行。',
  },
  'unknown-grade': {
    severity: 'warning',
    text: (p) => `学习笔记等次“${s(p, 'value')}”无法识别，按 0 分计。`,
    fix: '填写 优秀/良好/合格/不合格。',
  },
  'unknown-yes-no': {
    severity: 'warning',
    text: (p) => `“${s(p, 'value')}”无法识别为是/否，按“否”处理。`,
    fix: '填写“是”或“否”。',
  },
  'duplicate-judged': {
    severity: 'warning',
    text: (p) => `教师“${s(p, 'name')}”在考核登记中有多行，只按第 ${s(p, 'firstRow')} 行计。`,
    fix: '合并为一行。',
  },
  'judged-conflict': {
    severity: 'error',
    text: (p) => `教师“${s(p, 'name')}”在“${s(p, 'firstSheet')}”第 ${s(p, 'firstRow')} 行和这一行的考核登记不一致（${s(p, 'differences')}），暂按“${s(p, 'firstSheet')}”计。`,
    fix: '核对两张表，删除或改正其中过时的一行（如上学期的考核登记表），使每位教师只有一组考核登记。',
  },
  'duplicate-attendance': {
    severity: 'warning',
    text: (p) => `教师“${s(p, 'name')}”在同一次活动（${s(p, 'session')}）中登记了多行，只计一次。`,
    fix: '删除重复的签到行。',
  },
  'out-of-period': {
    severity: 'info',
    text: (p) => `“${s(p, 'sheet')}”有 ${s(p, 'count')} 行日期在考核期（${s(p, 'period')}）之外，未计入。`,
    fix: '如考核期有误，请修改考核规则中的考核开始/结束日期。',
  },
  // ── rules ───────────────────────────────────────────────────────────
  'bad-rule': {
    severity: 'error',
    text: (p) => `规则“${s(p, 'key')}”的值“${s(p, 'value')}”无效：${s(p, 'reason')}。`,
    fix: '按“考核规则”说明改正该值；规则有误时不进行计算。',
  },
  // issue 14: an unknown key is an error naming its row and the nearest known key, so a misspelt
  // rule (优秀比列) never silently leaves the default in force.
  'unknown-rule': {
    severity: 'error',
    text: (p) => `${p['row'] === undefined ? '' : `第${s(p, 'row')}行 `}${s(p, 'key')}：` +
      (p['suggestion'] === undefined ? '不是考核规则的参数。' : `是不是“${s(p, 'suggestion')}”？`),
    fix: '改成考核规则表中的参数名称（参照标准模板“考核规则”表的说明列）；规则有误时不进行计算。',
  },
  'unknown-preset': {
    severity: 'error',
    text: (p) => `方案“${s(p, 'value')}”不存在，可选：${s(p, 'choices')}。`,
    fix: '方案从下拉列表中选择，或留空使用默认方案。',
  },
  // issue 19 item 5: a per-group or per-梯队 key that names no group or 梯队 of the roster changes nothing.
  'rule-unknown-name': {
    severity: 'warning',
    text: (p) => `${p['row'] === undefined ? '' : `第${s(p, 'row')}行 `}${s(p, 'key')}：名册中没有${s(p, 'kind')}“${s(p, 'name')}”` +
      `${p['suggestion'] === undefined ? '' : `，是不是“${s(p, 'suggestion')}”`}？这条规则没有生效。`,
    fix: '把冒号后的名称改成名册中的教研组或梯队名称（与名册一字不差）。',
  },
  'school-name-too-long': {
    severity: 'warning',
    text: (p) => `学校名称有 ${s(p, 'length')} 个字符，结果标题和汇总中只保留前 ${s(p, 'max')} 个。`,
    fix: '在考核规则的“学校名称”中只填写学校的名称。',
  },
  'duplicate-rule': {
    severity: 'warning',
    text: (p) => `第${s(p, 'row')}行 ${s(p, 'key')} 与第${s(p, 'firstRow')}行重复，按后写的第${s(p, 'row')}行（${s(p, 'value')}）计。`,
    fix: '删除其中一行，只保留要用的值。',
  },
  // issue 20 item 3: 合计 / 说明 / numbered rows in 考核规则 are no keys; they are skipped, never an exit 2.
  'rule-row-skipped': {
    severity: 'warning',
    text: (p) => `第${s(p, 'row')}行“${s(p, 'key')}”不是规则参数（合计、说明或序号行），已跳过。`,
    fix: '如这一行确是规则，请在“参数”列写参数名称（参照标准模板）；否则可删除或忽略。',
  },
  // issue 21 item 1: a row writing the default while the 方案 says otherwise.
  'preset-masked': {
    severity: 'warning',
    text: (p) => `第${s(p, 'row')}行 ${s(p, 'key')} ${s(p, 'value')} 覆盖了方案“${s(p, 'preset')}”的 ${s(p, 'presetValue')}；留空即按方案`,
    fix: '要按方案计算，把该行的“值”清空；确要用这个值则可忽略本提示。',
  },
  // ── engine ──────────────────────────────────────────────────────────
  'hours-max-zero': {
    severity: 'info',
    text: (p) => `${s(p, 'scope')}没有任何${s(p, 'item')}学时，该项的学时部分全部按 0 分计。`,
    fix: '如确有记录，请检查签到表/外出学习表。',
  },
  // issue 20: 参加对象 sessions for some groups lift the school-wide H_max out of another group's reach.
  'hours-max-unreachable': {
    severity: 'warning',
    text: (p) => `${s(p, 'group')}的教师按参加对象最多只需参加 ${s(p, 'reach')} 学时的校本研训，而考勤按全校最高 ` +
      `${s(p, 'hoursMax')} 学时折算：该组全勤也只得 ${s(p, 'points')}/${s(p, 'max')} 分。`,
    fix: '各教研组的活动本就不同时，在考核规则中把“学时计算范围”设为“教研组”（各组按本组最高学时折算）；否则检查签到表的参加对象。',
  },
  'school-level-award': {
    severity: 'info',
    text: (p) => `校级奖项“${s(p, 'value')}”按规则计 0 分。`,
    fix: '学校给校级奖项加分时，在考核规则中填写“比赛一等奖分:校级”“评选一等奖分:校级”。',
  },
  'no-judged-record': {
    severity: 'warning',
    text: (p) => `教师“${s(p, 'name')}”在考核登记中没有记录，学习笔记、读书、活动得分等按 0 计。`,
    fix: '在“考核登记”中为该教师补一行。',
  },
  'tier-overflow': {
    severity: 'info',
    text: (p) => `${s(p, 'group')}：同分并列使“${s(p, 'tier')}”超出名额 ${s(p, 'count')} 人，下一档相应减少。`,
    fix: '同分处理可在考核规则中改为“严格”。',
  },
  // ── 学分登记 and 成果登记 (issue 21, SPEC §3.7, §3.8, §6) ──────────────
  'credit-row-current-term': {
    severity: 'warning',
    text: (p) => `这一行是本学期（${s(p, 'term')}）的学分，不计入：本学期的学分由本工作簿的签到、外出学习等数据算出。`,
    fix: '删除该行；本学期算完后可用“登记本学期学分”把本学期学分写入学分登记。',
  },
  'credit-rows-recorded-term': {
    severity: 'info',
    text: (p) => `“${s(p, 'sheet')}”中有 ${s(p, 'count')} 行是本工具已登记的本学期（${s(p, 'term')}）学分，本次按重新计算的结果计，不重复计入。`,
    fix: '无需处理；重新“登记本学期学分”会替换这些行。',
  },
  'bad-school-year': {
    severity: 'warning',
    text: (p) => `学年“${s(p, 'value')}”无法识别，这一行未计入。`,
    fix: '学年写成 2023、2023-2024 或 2023学年（指 2023 年秋季开始的学年）。',
  },
  'unknown-term': {
    severity: 'warning',
    text: (p) => `学期“${s(p, 'value')}”无法识别，按未注明学期处理。`,
    fix: '学期填写 第一学期 或 第二学期（也可写 上/下、秋/春）。',
  },
  'unknown-credit-category': {
    severity: 'warning',
    text: () => '类别为空，无法判断是校本学分还是其他学分，这一行未计入。',
    fix: '类别填写“校本”或“其他”（县级、市级、网络研修等都算其他）。',
  },
  'missing-credit-amount': {
    severity: 'warning',
    text: () => '这一行既没有学分也没有学时，未计入。',
    fix: '填写学分（或学时，按每学分学时折算）。',
  },
  'missing-deliverable-category': {
    severity: 'warning',
    text: () => '这一行没有填写类别，无法判断是哪一项成果，未计入。',
    fix: '类别填写成果名称，如 说课稿、教学设计、论文、教学反思。',
  },
  'credit-term-unknown': {
    severity: 'warning',
    text: (p) => `设置了学分周期（${s(p, 'cycle')}），但无法确定本学期属于哪一学年（没有考核期，也没有带日期的活动），未计算学分台账。`,
    fix: '在考核规则中填写考核开始日期和考核结束日期。',
  },
  'credit-year-outside-cycle': {
    severity: 'warning',
    text: (p) => `本学期所在学年 ${s(p, 'year')} 不在学分周期（${s(p, 'cycle')}）内，未计算学分台账。`,
    fix: '核对考核期；新的五年周期开始时，把“学分周期起始学年”改为新周期的第一学年。',
  },
  'credit-rows-outside-cycle': {
    severity: 'info',
    text: (p) => `“${s(p, 'sheet')}”有 ${s(p, 'count')} 行的学年不在学分周期（${s(p, 'cycle')}）内，未计入周期学分。`,
    fix: '如学分周期有误，请修改考核规则中的学分周期起始学年。',
  },
  'credit-rows-later-term': {
    severity: 'info',
    text: (p) => `“${s(p, 'sheet')}”有 ${s(p, 'count')} 行是本学期之后的学分，本次不计入。`,
    fix: '无需处理；核算以后的学期时会计入。',
  },
  // ── district consolidation (issue 13, SPEC §10) ──────────────────────
  'district-duplicate-file': {
    severity: 'warning',
    text: (p) => `文件“${s(p, 'file')}”与“${s(p, 'first')}”内容完全相同（SHA-256 一致），只计一次。`,
    fix: '确认是否重复发送；如某校的文件发错了，请该校重新发送正确的工作簿。',
  },
  'district-duplicate-id': {
    severity: 'warning',
    text: (p) => `“${s(p, 'school')}”与“${s(p, 'first')}”有 ${s(p, 'count')} 个相同的工号（如 ${s(p, 'examples')}），两校的记录都保留。`,
    fix: '如是调动的教师，请与两校核实学时只上报一次；如是工号填错（如两校都从 0001 编号），请学校更正后重新发送。',
  },
  'district-superseded': {
    severity: 'warning',
    text: (p) => `文件“${s(p, 'file')}”与“${s(p, 'winner')}”是同一所学校（${s(p, 'school')}）的两个版本，按${s(p, 'by')}采用较新的“${s(p, 'winner')}”，“${s(p, 'file')}”未计入。`,
    fix: '如采用的不是该校最终的版本，请从文件夹中移走旧文件后重新汇总；如确是两所学校，请在各自的考核规则中填写不同的“学校名称”。',
  },
  'district-name-too-long': {
    severity: 'warning',
    text: (p) => `文件“${s(p, 'file')}”的学校名称有 ${s(p, 'length')} 个字符，汇总中只保留前 ${s(p, 'max')} 个。`,
    fix: '请该校在考核规则的“学校名称”中只填写学校的名称。',
  },
  'district-workbook-given': {
    severity: 'error',
    text: () => '这是“合并学校工作簿”生成的区县汇总工作簿，不是学校的考核工作簿，不能作为学校计算或汇总。',
    fix: '请选择各校发来的工作簿；重新汇总时不要把上次的汇总结果放进学校文件夹。',
  },
  'district-school-failed': {
    severity: 'error',
    text: (p) => `学校文件“${s(p, 'file')}”无法计算：${s(p, 'reason')}`,
    fix: '请该校按“数据问题”中的说明修改工作簿（或用标准模板重新整理）后重新发送；其余学校已正常汇总。',
  },
} as const satisfies Record<string, MessageDef>;

export type IssueCode = keyof typeof MESSAGES;

/**
 * Build an issue with its Chinese message rendered from the code.
 * @example makeIssue('bad-date', { sheet: '签到表', row: 12, column: '日期' }, { value: '2023/13/40' })
 */
export function makeIssue(
  code: IssueCode,
  where: IssueWhere = {},
  params: IssueParams = {},
  severity?: Severity,
): Issue {
  const def: MessageDef = MESSAGES[code];
  const issue: Issue = { severity: severity ?? def.severity, code, message: def.text({ ...where, ...params }) };
  if (where.sheet !== undefined) issue.sheet = where.sheet;
  if (where.row !== undefined) issue.row = where.row;
  if (where.column !== undefined) issue.column = where.column;
  if (where.columnIndex !== undefined) issue.columnIndex = where.columnIndex;
  if (Object.keys(params).length > 0) issue.params = params;
  return issue;
}

/** The advice line for an issue code (数据问题 → 处理建议). */
export function issueFix(code: IssueCode): string {
  return (MESSAGES[code] as MessageDef).fix;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
