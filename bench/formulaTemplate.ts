/**
 * The baseline of what offices do today (SPEC §1): the same standard sheets plus a 场次 list and a
 * 考核结果 sheet that scores with worksheet formulas — COUNTIFS / SUMIFS / VLOOKUP per teacher and
 * COUNTIFS ranking per 教研组 — written without cached values so a spreadsheet must calculate them.
 * The formulas follow SPEC §4 closely enough to cost what the hand-made sheets cost; they are not
 * meant to reproduce every rule (awards, for one, are simplified to prize counts).
 */
import type ExcelJS from 'exceljs';
import type { District } from './district.js';

/** Column of 考核结果 holding 总分 (used to check that a recalculation happened). */
export const TOTAL_COLUMN = 'O';
export const RESULT_SHEET = '考核结果';

const RESULT_HEADER = [
  '工号', '姓名', '教研组', '应到次数', '签到次数', '缺勤次数', '校本学时', '外出学时',
  '外出学习', '考勤', '学习笔记', '活动参与', '读书活动', '教学类加分', '总分', '组内排名', '组人数', '等次', '听课节数',
];

/** Appends 场次 and the formula 考核结果 sheet; `rows` are the data rows written per input sheet. */
export function formulaSheets(district: District) {
  return async (workbook: ExcelJS.stream.xlsx.WorkbookWriter, rows: Record<string, number>): Promise<void> => {
    const sessions = workbook.addWorksheet('场次');
    sessions.addRow(['日期', '活动', '参加对象']).commit();
    for (const s of district.sessions) sessions.addRow([new Date(`${s.date}T00:00:00Z`), s.title, s.target || null]).commit();
    sessions.commit();

    const n = district.teachers.length;
    // bounded ranges, as a careful office would write them (whole-column references are slower still)
    const signin = (col: string): string => `签到表!$${col}$3:$${col}$${(rows['签到表'] ?? 0) + 2}`;
    const ext = (col: string): string => `外出学习!$${col}$2:$${col}$${(rows['外出学习'] ?? 0) + 1}`;
    const obs = (col: string): string => `听课记录!$${col}$2:$${col}$${(rows['听课记录'] ?? 0) + 1}`;
    const award = (col: string): string => `获奖登记!$${col}$2:$${col}$${(rows['获奖登记'] ?? 0) + 1}`;
    const judged = `考核登记!$A$2:$J$${(rows['考核登记'] ?? 0) + 1}`;
    const audience = `场次!$C$2:$C$${district.sessions.length + 1}`;
    const col = (c: string): string => `$${c}$2:$${c}$${n + 1}`;
    const look = (r: number, k: number): string => `IFERROR(VLOOKUP($A${r},${judged},${k},0),0)`;

    const sheet = workbook.addWorksheet(RESULT_SHEET);
    sheet.addRow(RESULT_HEADER).commit();
    district.teachers.forEach((t, i) => {
      const r = i + 2;
      const f = (formula: string): { formula: string } => ({ formula });
      sheet.addRow([
        t.id, t.name, t.group,
        f(`COUNTIF(${audience},"")+COUNTIF(${audience},"*"&C${r}&"*")`),
        f(`COUNTIFS(${signin('D')},A${r},${signin('C')},"<>外出学习")`),
        f(`MAX(0,D${r}-E${r})+COUNTIFS(${signin('D')},A${r},${signin('F')},"缺勤")`),
        f(`SUMIFS(${signin('G')},${signin('D')},A${r},${signin('C')},"<>外出学习")-SUMIFS(${signin('G')},${signin('D')},A${r},${signin('F')},"请假")-SUMIFS(${signin('G')},${signin('D')},A${r},${signin('F')},"缺勤")`),
        f(`SUMIFS(${ext('E')},${ext('C')},A${r})+SUMIFS(${signin('G')},${signin('D')},A${r},${signin('C')},"外出学习")`),
        f(`ROUND(MIN(30,MAX(0,IF(MAX(${col('H')})=0,0,30*H${r}/MAX(${col('H')}))+${look(r, 7)}-${look(r, 8)})),2)`),
        f(`IF(OR(D${r}=0,F${r}/D${r}>0.2,${look(r, 9)}="是"),0,ROUND(30*G${r}/MAX(${col('G')}),2))`),
        f(`IFERROR(CHOOSE(MATCH(VLOOKUP($A${r},${judged},3,0),{"优秀","良好","合格","不合格"},0),10,9,8,5),0)`),
        f(`MIN(20,MAX(0,COUNTIFS(${obs('C')},B${r},${obs('F')},"<>常态课")+${look(r, 6)}))`),
        f(`MAX(0,10-3*${look(r, 4)}-${look(r, 5)})`),
        f(`MIN(10,3*COUNTIFS(${award('A')},A${r},${award('F')},"一等奖")+2*COUNTIFS(${award('A')},A${r},${award('F')},"二等奖")+COUNTIFS(${award('A')},A${r},${award('F')},"三等奖")+${look(r, 10)})`),
        f(`SUM(I${r}:N${r})`),
        f(`COUNTIFS(${col('C')},C${r},${col('O')},">"&O${r})+1`),
        f(`COUNTIF(${col('C')},C${r})`),
        f(`IF(J${r}=0,"不合格",IF(P${r}<=ROUND(Q${r}*0.3,0),"优秀",IF(P${r}<=ROUND(Q${r}*0.7,0),"良好","合格")))`),
        f(`COUNTIF(${obs('B')},B${r})`),
      ]).commit();
    });
    sheet.commit();
  };
}
