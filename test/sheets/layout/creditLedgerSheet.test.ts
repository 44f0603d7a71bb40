import { describe, it, expect } from 'vitest';
import { creditLedgerSheet } from '../../../src/sheets/layout/creditLedgerSheet.js';
import { layoutOutputs } from '../../../src/sheets/layout/layoutOutputs.js';
import { defaultRules } from '../../../src/engine/rules.js';
import type { TeacherCredits } from '../../../src/engine/model.js';
import { sampleContext, sampleRun } from './fixture.js';

const credits = (over: Partial<TeacherCredits>): TeacherCredits => ({
  earlierSchool: 20, earlierOther: 40, termSchool: 4, termOther: 3, total: 67, school: 24, owed: 53, schoolOwed: 26, pace: 72, status: 'behind', ...over,
});

function context() {
  const run = sampleRun();
  const [zhang, li, wang] = run.result.teachers;
  zhang!.credits = credits({ earlierSchool: 30, total: 77, school: 34, owed: 43, schoolOwed: 16, status: 'onPace' });
  li!.credits = credits({ termSchool: 0, total: 63, school: 20, owed: 57, schoolOwed: 30 });
  wang!.credits = credits({ earlierSchool: 50, earlierOther: 70, total: 127, school: 54, owed: 0, schoolOwed: 0, status: 'done' });
  run.creditYear = 3;
  run.term = { schoolYear: 2023, term: 1 };
  return sampleContext({ run, rules: { ...defaultRules(), creditCycleStart: 2021 } });
}

describe('学分台账 (SPEC §7)', () => {
  it('lists every teacher’s cycle, 落后 first, with the pace of this school year', () => {
    const sheet = creditLedgerSheet(context())!;
    expect(sheet.cells[0]).toEqual(['学分台账：2021-2022 至 2025-2026 学年周期（周期学分 120，其中校本 50），本学期 2023-2024 第一学期为第 3 学年']);
    expect(sheet.cells.slice(1)).toEqual([
      ['工号', '姓名', '教研组', '往年校本', '往年其他', '本学期校本', '本学期其他', '周期累计', '其中校本', '尚差', '校本尚差', '进度要求', '状态'],
      ['=T002', '李四', '语文组', 20, 40, 0, 3, 63, 20, 57, 30, '≥72，校本≥30', '落后'],
      ['T001', '张三', '语文组', 30, 40, 4, 3, 77, 34, 43, 16, '≥72，校本≥30', '按进度'],
      ['', '王五', '数学组', 50, 70, 4, 3, 127, 54, 0, 0, '≥72，校本≥30', '已完成'],
    ]);
  });

  it('is written only when a cycle is kept, behind the first output sheets', () => {
    expect(creditLedgerSheet(sampleContext())).toBeNull();
    const names = layoutOutputs(context()).map((s) => s.name);
    expect(names).toEqual(['考核结果', '分组统计', '评分明细', '数据问题', '上报学时', '学分台账', '图表', '计算记录']);
  });
});
