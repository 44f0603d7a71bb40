/**
 * A hand-built ScoreRun for the layout tests: two groups, three teachers, two issues.
 * 语文组: 张三 (优秀, 91.75), 李四 (不合格, disqualified); 数学组: 王五 (合格, 100).
 */
import type { GroupDetail, ScoreRun, TeacherDetail, TeacherResult } from '../../../src/engine/model.js';
import { makeIssue } from '../../../src/engine/issues.js';
import { defaultRules } from '../../../src/engine/rules.js';
import type { LayoutContext } from '../../../src/sheets/layout/context.js';

const explain = (who: string) => ({
  external: `${who} 外出学习说明`, attendance: `${who} 考勤说明`, notes: `${who} 笔记说明`,
  activity: `${who} 活动说明`, reading: `${who} 读书说明`, bonus: `${who} 加分说明`,
});

function teacher(over: Partial<TeacherResult> & Pick<TeacherResult, 'name' | 'group'>): TeacherResult {
  return {
    id: null, items: { external: 26.25, attendance: 30, notes: 9, activity: 12, reading: 10, bonus: 4.5 },
    total: 91.75, groupRank: 1, tier: '优秀', ethicsPoints: 10, disqualified: null,
    observedLessons: 12, openClasses: 1, reportHours: 12, explain: explain(over.name), ...over,
  };
}

function detail(key: string, remarks: string[]): TeacherDetail {
  return {
    key, prepGroup: null, subject: null, attendedHours: 28, attendanceHoursMax: 32, externalHours: 7,
    externalHoursMax: 8, expectedSessions: 16, unexcusedAbsences: 0, excusedAbsences: 0, reviewedLessons: 0, remarks,
  };
}

const groupDetail = (over: Partial<GroupDetail> = {}): GroupDetail => ({
  max: 91.75, min: 40, ratioExcellent: 0.3, overflow: { 优秀: 0, 良好: 0 },
  itemMeans: { external: 20, attendance: 15, notes: 9, activity: 6, reading: 10, bonus: 2.25 },
  requiredEvents: 3, requiredLessons: 5, echelonCounts: {}, ...over,
});

export function sampleRun(): ScoreRun {
  return {
    result: {
      schema: 'yanxiu.result/1',
      period: { from: '2023-09-01', to: '2024-01-31' },
      teachers: [
        teacher({ id: 'T001', name: '张三', group: '语文组' }),
        teacher({
          id: '=T002', name: '李四', group: '语文组', total: 40, groupRank: 2, tier: '不合格', ethicsPoints: 0,
          disqualified: 'absence', reportHours: 0, items: { external: 10, attendance: 0, notes: 9, activity: 0, reading: 10, bonus: 11 },
        }),
        teacher({ id: null, name: '王五', group: '数学组', total: 100, tier: '合格', ethicsPoints: 6 }),
      ],
      groups: [
        { name: '语文组', size: 2, quota: { 优秀: 1, 良好: 1, 合格: 0 }, counts: { 优秀: 1, 良好: 0, 合格: 0, 不合格: 1 }, mean: 65.88, openClassEvents: 3, openClassLessons: 6, eligibleForExcellentGroup: true },
        { name: '数学组', size: 1, quota: { 优秀: 0, 良好: 0, 合格: 1 }, counts: { 优秀: 0, 良好: 0, 合格: 1, 不合格: 0 }, mean: 100, openClassEvents: 1, openClassLessons: 1, eligibleForExcellentGroup: false },
      ],
      issues: [],
    },
    teacherDetails: [detail('id:T001', []), detail('id:=T002', ['缺勤超过 20%，考核不合格', '听课 3 节，不足 10 节']), detail('name:王五#1', [])],
    groupDetails: [groupDetail(), groupDetail({ max: 100, min: 100, ratioExcellent: 0.5, overflow: { 优秀: 1, 良好: 0 } })],
  };
}

export function sampleContext(over: Partial<LayoutContext> = {}): LayoutContext {
  return {
    run: sampleRun(),
    read: {
      sheets: { roster: '教师名册', signin: '签到', external: null, observations: '听课记录', awards: null, judged: '考核登记', rules: null, credits: null, deliverables: null },
      signinShape: 'matrix',
      rowsRead: { 教师名册: 3, 签到: 3, 听课记录: 40, 考核登记: 3 },
      teacherCount: 3,
      sheetsOf: { roster: ['教师名册'], signin: ['签到', '钉钉签到'], external: [], observations: ['听课记录'], awards: [], judged: ['考核登记'], rules: [], credits: [], deliverables: [] },
      accounts: [
        { sheet: '教师名册', kind: 'roster', recognition: 'name', notRead: null, shape: null, rowsRead: 3, columns: [
          { header: '工号', columnIndex: 0, readAs: '工号', resembles: null },
          { header: '姓名', columnIndex: 1, readAs: '姓名', resembles: null },
          { header: '教研组', columnIndex: 2, readAs: '教研组', resembles: null },
          { header: '读书心得未交次数', columnIndex: 3, readAs: null, resembles: '读书未交' },
          { header: '电话', columnIndex: 4, readAs: null, resembles: null },
        ] },
        { sheet: '签到', kind: 'signin', recognition: 'name', notRead: null, shape: 'matrix', rowsRead: 3, columns: [] },
        { sheet: '钉钉签到', kind: 'signin', recognition: 'content', notRead: null, shape: 'long', rowsRead: 0, columns: [] },
        { sheet: '听课记录', kind: 'observations', recognition: 'name', notRead: null, shape: null, rowsRead: 40, columns: [] },
        { sheet: '考核登记', kind: 'judged', recognition: 'name', notRead: null, shape: null, rowsRead: 3, columns: [] },
        { sheet: '备忘', kind: null, recognition: null, notRead: 'unknown', shape: null, rowsRead: 0, columns: [] },
        { sheet: 'Sheet3', kind: null, recognition: null, notRead: 'empty', shape: null, rowsRead: 0, columns: [] },
      ],
      missing: [{ kind: 'awards', items: '教学类加分中的获奖分' }],
    },
    rules: defaultRules(),
    issues: [
      makeIssue('unknown-status', { sheet: '签到', row: 9, column: '9月6日' }, { value: '出差' }),
      makeIssue('school-level-award', { sheet: '获奖登记', row: 3 }, { value: '校级论文' }),
      makeIssue('missing-group', { sheet: '教师名册', row: 4, column: '教研组' }, { name: '王五' }),
      makeIssue('unknown-teacher', { sheet: '签到', row: 4, column: '姓名' }, { name: '赵六' }),
      makeIssue('missing-sheet', {}, { sheet: '获奖登记' }),
    ],
    now: new Date(2024, 0, 20, 9, 5),
    version: '0.1.0',
    ...over,
  };
}
