import { describe, it, expect } from 'vitest';
import { formatSummary } from '../../src/cli/summary.js';
import { computeRun } from '../../src/app/compute.js';
import type { CellValue, Table } from '../../src/sheets/table.js';

/** 听课记录 with the typo 李晓明 for 李小明 as 授课人 on six rows (issue 20), and one unknown signer. */
function school(): Table[] {
  const lessons: CellValue[][] = [['日期', '听课人', '授课人', '课型']];
  for (let i = 0; i < 6; i++) lessons.push([`2023-10-${10 + i}`, i % 2 === 0 ? '张三' : '王五', '李晓明', '常态课']);
  return [
    { name: '教师名册', rows: [['工号', '姓名', '教研组'], ['T1', '张三', '语文组'], ['T2', '李小明', '语文组'], ['T3', '王五', '数学组']] },
    { name: '签到表', rows: [['日期', '活动', '姓名'], ['2023-09-06', '师德培训', '张三'], ['2023-09-06', '师德培训', '赵六']] },
    { name: '听课记录', rows: lessons },
  ];
}

describe('CLI summary (issue 20: identical warnings differing only by row are one line)', () => {
  it('lists the six typo’d rows as one line naming the rows and the likely teacher', () => {
    const out = computeRun({ tables: school(), now: new Date(Date.UTC(2024, 0, 20)), version: 'test' });
    const text = formatSummary({ inspect: out.inspect, score: out.score, written: {} }, []);
    const lines = text.split('\n');
    expect(lines).toContain('  警告 听课记录 第 2–7 行 · 授课人：“李晓明”不在教师名册中，这一行仍计入听课人的听课节数，只是不计作其所授的课。是不是“李小明”？');
    expect(lines).toContain('  警告 签到表 第 3 行 · 姓名：“赵六”不在教师名册中，这一行未计入。');
    expect(lines.filter((l) => l.includes('李晓明'))).toHaveLength(1);
    // The JSON result keeps every issue.
    expect(out.score!.result.issues.filter((i) => i.code === 'unknown-teacher' && i.sheet === '听课记录')).toHaveLength(6);
    // …and the observers’ lessons did count: 张三 rows 2, 4, 6; 王五 rows 3, 5, 7.
    expect(out.score!.result.teachers.map((t) => [t.name, t.observedLessons])).toEqual([['张三', 3], ['李小明', 0], ['王五', 3]]);
  });
});
