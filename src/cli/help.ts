/** The `yanxiu --help` text (SPEC §9). */
export const HELP = `研修考核助手 yanxiu — 教师校本研修考核（命令行）

用法 / Usage（在项目目录中：npx yanxiu …，构建前用 npm run --silent cli -- …）:
  yanxiu score <输入.xlsx> [-o 输出.xlsx] [--json 结果.json] [--rules 规则.json]
      计算考核结果，写入一个新的工作簿（默认：<输入>-考核结果.xlsx，与输入文件同一目录）。
      Score a workbook; the scored copy goes beside the input unless -o is given.
  yanxiu template <输出.xlsx>
      生成空白标准模板（含使用说明、下拉选项和默认考核规则）。
      Write a blank standard workbook.
  yanxiu demo [目录]
      生成示例学校工作簿及其计算结果（默认目录 out/）。
      Write a sample school workbook and its scored copy (default directory out/).
  yanxiu consolidate <输出.xlsx> <学校.xlsx | 文件夹> … [--json 汇总.json]
      区县汇总：每所学校按自己的考核规则计算（已计算过的工作簿按其输入表重新计算），
      写入一个新的区县工作簿（学校汇总、全区教师、上报学时、规则对照、数据问题、图表、计算记录）。
      文件夹连同子文件夹读取（跟随符号链接），跳过的文件逐个列出原因；同一学校的两个版本只计较新的一个。
      Consolidate school workbooks into one district workbook (JSON: yanxiu.district/1).
      退出码 0：至少一所学校已计算；2：没有一所学校可以计算。
  yanxiu record-credits <输入.xlsx> [-o 输出.xlsx]
      把本学期各教师的学分（校本、其他）追加到“学分登记”（没有则新建）；同一学期重新登记会替换上次写入的行。
      不加 -o 时直接更新输入文件。Append this term's credits to 学分登记 (in place unless -o).

选项 / Options:
  -o, --output <文件>   结果工作簿路径 / scored workbook path
  --json <文件>         同时输出 JSON 结果（yanxiu.result/1）/ also write the JSON result
  --rules <文件>        JSON 规则，优先于工作簿中的“考核规则” / rules that win over the 考核规则 sheet
  -h, --help            显示本说明 / show this help
  -v, --version         显示版本 / show the version

退出码 / Exit codes:
  0 已计算（可能有警告）/ scored (warnings allowed)
  1 用法错误 / usage error
  2 数据无法计算（如缺少教师名册、规则有误），或文件无法读写（无权限、过大、磁盘已满）
    / the data cannot be scored (no roster, broken rules), or a file cannot be read or written
`;
