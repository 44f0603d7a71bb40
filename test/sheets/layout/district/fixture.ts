/**
 * A hand-built district for the district layout tests: 一中 (the layout fixture's three teachers:
 * 张三 优秀 91.75 / 12 h, 李四 不合格 40 / 0 h, 王五 合格 100 / 12 h; 优秀比例 25%), 二中 (张三 alone,
 * same 工号 T001), a damaged file and a duplicate of 一中.
 */
import { makeIssue } from '../../../../src/engine/issues.js';
import { defaultRules } from '../../../../src/engine/rules.js';
import type { DistrictSchool, DistrictView } from '../../../../src/sheets/layout/district/districtView.js';
import { sampleRun } from '../fixture.js';

export function sampleDistrict(): DistrictView {
  const first = sampleRun().result;
  first.issues = [
    makeIssue('unknown-status', { sheet: '签到', row: 9, column: '9月6日' }, { value: '出差' }),
    makeIssue('school-level-award', { sheet: '获奖登记', row: 3 }, { value: '校级论文' }),
  ];
  const second = sampleRun().result;
  second.teachers = second.teachers.slice(0, 1);
  second.groups = second.groups.slice(0, 1);
  second.issues = [];
  const rulesOne = { ...defaultRules(), ratioExcellent: 0.25, periodFrom: '2023-09-01', schoolName: '一中' };
  const rulesTwo = { ...defaultRules(), periodFrom: '2023-09-04', schoolName: '二中' };
  const schools: DistrictSchool[] = [
    { name: '一中', file: 'in/一中.xlsx', sha256: 'a'.repeat(64), size: 1000, outcome: 'scored', result: first, rules: rulesOne, error: null, duplicateOf: null, issues: first.issues },
    { name: '二中', file: 'in/二中.xlsx', sha256: 'b'.repeat(64), size: 2000, outcome: 'scored', result: second, rules: rulesTwo, error: null, duplicateOf: null, issues: [] },
    { name: '坏', file: 'in/坏.xlsx', sha256: 'c'.repeat(64), size: 30, outcome: 'failed', result: null, rules: null, error: '文件已损坏', duplicateOf: null, issues: [] },
    { name: '一中副本', file: 'in/一中副本.xlsx', sha256: 'a'.repeat(64), size: 1000, outcome: 'duplicate', result: null, rules: null, error: '与“in/一中.xlsx”内容相同', duplicateOf: 'in/一中.xlsx', issues: [] },
  ];
  return {
    schools,
    districtIssues: [
      { school: '坏', file: 'in/坏.xlsx', issue: makeIssue('district-school-failed', {}, { file: 'in/坏.xlsx', reason: '文件已损坏' }) },
      { school: '一中副本', file: 'in/一中副本.xlsx', issue: makeIssue('district-duplicate-file', {}, { file: 'in/一中副本.xlsx', first: 'in/一中.xlsx' }) },
      { school: '二中', file: 'in/二中.xlsx', issue: makeIssue('district-duplicate-id', {}, { id: 'T001', first: '一中', firstName: '张三', school: '二中', name: '张三' }) },
    ],
    now: new Date(2024, 0, 20, 9, 5),
    version: '0.1.0',
  };
}
