import { describe, it, expect } from 'vitest';
import { kindByName, recogniseByContent } from '../../../src/sheets/read/recognise.js';
import { makeTable } from '../makeTable.js';

describe('sheets recognised by content (SPEC §3)', () => {
  it.each([
    ['钉钉签到', [['姓名', '工号', '部门', '签到时间', '签到地点']], 'signin', 'content'],
    ['企业微信', [['打卡记录'], ['姓名', '部门', '打卡时间']], 'signin', 'content'],
    ['Sheet3', [['姓名', '9月6日', '9月13日']], 'signin', 'content'],
    ['2023年10月', [['日期', '活动', '姓名', '状态']], 'signin', 'content'],
    ['Sheet1', [['姓名', '教研组', '学科']], 'roster', 'content'],
    ['听评课', [['听课教师', '执教教师', '课型']], 'observations', 'content'],
    ['教师获奖', [['姓名', '奖项', '获奖等级']], 'awards', 'content'],
    ['平时考核', [['姓名', '学习笔记', '读书未交']], 'judged', 'content'],
    ['设置', [['参数', '值'], ['优秀比例', '30%']], 'rules', 'content'],
    // long 签到表 vs 外出学习: 类型 / 参加对象, then the name or title words, else guessed as 签到表
    ['Sheet5', [['日期', '活动', '类型', '姓名', '学时']], 'signin', 'content'],
    ['2023外出', [['日期', '活动', '姓名', '学时']], 'external', 'content'],
    ['Sheet6', [['校本研训签到'], ['日期', '活动', '姓名', '学时']], 'signin', 'content'],
    ['Sheet7', [['日期', '活动', '姓名', '学时']], 'signin', 'guessed'],
  ] as const)('%s is %s (%s)', (name, rows, kind, recognition) => {
    expect(recogniseByContent(makeTable(name, rows.map((r) => [...r])))).toEqual({ kind, recognition });
  });

  it.each([
    ['说明', [['本表由教科室维护。']]],
    ['值班表', [['姓名', '星期']]],
    ['名称表', [['名称', '数值']]], // 参数/值 aliases alone do not make a rules sheet
    ['Sheet2', []],
  ] as const)('%s is no standard sheet', (name, rows) => {
    expect(recogniseByContent(makeTable(name, rows.map((r) => [...r])))).toBeNull();
  });

  it('finds kinds by name first', () => {
    expect(kindByName(' 签到记录 ')).toBe('signin');
    expect(kindByName('考勤表')).toBe('signin');
    expect(kindByName('钉钉签到')).toBeNull();
  });
});
