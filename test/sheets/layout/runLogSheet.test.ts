import { describe, it, expect } from 'vitest';
import { runLogSheet } from '../../../src/sheets/layout/runLogSheet.js';
import { sampleContext } from './fixture.js';
import { resolveRules } from '../../../src/sheets/rules/presets.js';

describe('计算记录 (SPEC §7)', () => {
  const sheet = runLogSheet(sampleContext());
  const find = (label: string) => sheet.cells.find((r) => r[0] === label);

  it('records time, version and period', () => {
    expect(find('计算时间')).toEqual(['计算时间', '2024-01-20 09:05']);
    expect(find('程序版本')).toEqual(['程序版本', '0.1.0']);
    expect(find('考核期')).toEqual(['考核期', '2023-09-01 至 2024-01-31']);
  });

  it('writes every rule as the 考核规则 sheet would', () => {
    expect(find('优秀比例')?.slice(0, 2)).toEqual(['优秀比例', '30%']);
    expect(find('名额取整')?.slice(0, 2)).toEqual(['名额取整', '四舍五入']);
    expect(find('师德计分')?.slice(0, 2)).toEqual(['师德计分', '10 / 8 / 6 / 0']);
    expect(find('考勤满分')?.slice(0, 2)).toEqual(['考勤满分', 30]);
  });

  it('says where each rule value came from: 考核规则表, 方案, --rules or the defaults (issue 14)', () => {
    const resolved = resolveRules({ preset: '001听评课', ratioExcellent: 0.35 }, { reportHours: 20 });
    const ctx = sampleContext({ rules: resolved.rules });
    ctx.read.ruleLayers = resolved.layers;
    const log = runLogSheet(ctx);
    const row = (key: string) => log.cells.find((r) => r[0] === key)?.slice(0, 3);
    expect(log.cells.find((r) => r[0] === '参数')).toEqual(['参数', '值', '来源', '说明']);
    expect([row('方案'), row('优秀比例'), row('听课最少节数'), row('评课最少节数'), row('上报学时'), row('良好比例')]).toEqual([
      ['方案', '001听评课', '考核规则表'], ['优秀比例', '35%', '考核规则表'], ['听课最少节数', 15, '方案'], ['评课最少节数', 15, '方案'],
      ['上报学时', 20, '命令行 --rules'], ['良好比例', '40%', '默认值'],
    ]);
    // issue 21 item 5: the 方案 that ran and every rule that differs from it.
    expect(log.cells.find((r) => r[0] === '使用的方案')?.[1]).toBe(
      '方案“001听评课”，与方案不同的规则：优秀比例 35%（方案 30%，来自考核规则表）；上报学时 20（方案 12，来自命令行 --rules）。',
    );
  });

  it('lists the sheets found with their shape and rows read', () => {
    expect(find('签到表')).toEqual(['签到表', '签到（矩阵（每人一行、每次一列））、钉钉签到（长表（每人每次一行））', 3]);
    expect(find('获奖登记')).toEqual(['获奖登记', '未找到', null]);
  });

  it('accounts for every sheet: read as what and how, or not read and why (SPEC §3)', () => {
    const start = sheet.cells.findIndex((r) => r[0] === '工作簿中的每张表');
    const find = (label: string) => sheet.cells.slice(start).find((r) => r[0] === label);
    expect(find('钉钉签到')).toEqual(['钉钉签到', '签到表', '按表头内容识别，长表（每人每次一行），读取 0 行']);
    expect(find('教师名册')).toEqual(['教师名册', '教师名册', '按表名识别，读取 3 行，2 列未使用']);
    expect(find('备忘')).toEqual(['备忘', '未读取', '表头不符合任何标准表，未读取（见数据问题）']);
    expect(find('Sheet3')).toEqual(['Sheet3', '未读取', '空表，无内容']);
    expect(find('（无获奖登记）')).toEqual(['（无获奖登记）', '未找到', '教学类加分中的获奖分对所有教师都按 0 计']);
  });

  it('accounts for every column of a read sheet, used or not', () => {
    const columns = sheet.cells.filter((r) => r[0] === '教师名册' && typeof r[1] === 'string' && /^[A-Z]+ /.test(r[1]));
    expect(columns).toEqual([
      ['教师名册', 'A 工号', '工号'],
      ['教师名册', 'B 姓名', '姓名'],
      ['教师名册', 'C 教研组', '教研组'],
      ['教师名册', 'D 读书心得未交次数', '未读取：像是“读书未交”，请改用标准列名（见数据问题）'],
      ['教师名册', 'E 电话', '未使用（不是标准列）'],
    ]);
  });

  it('counts teachers, tiers and issues by severity', () => {
    expect(find('参评教师')).toEqual(['参评教师', 3]);
    expect(find('不合格')).toEqual(['不合格', 1]);
    expect(find('数据问题（错误）')).toEqual(['数据问题（错误）', 1]);
    expect(find('数据问题（警告）')).toEqual(['数据问题（警告）', 3]);
    expect(find('数据问题（提示）')).toEqual(['数据问题（提示）', 1]);
  });
});
