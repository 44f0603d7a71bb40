import { describe, it, expect } from 'vitest';
import { runLogSheet } from '../../../src/sheets/layout/runLogSheet.js';
import { sampleContext } from './fixture.js';

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

  it('lists the sheets found with their shape and rows read', () => {
    expect(find('签到表')).toEqual(['签到表', '签到（矩阵（每人一行、每次一列））', 3]);
    expect(find('获奖登记')).toEqual(['获奖登记', '未找到', null]);
  });

  it('counts teachers, tiers and issues by severity', () => {
    expect(find('参评教师')).toEqual(['参评教师', 3]);
    expect(find('不合格')).toEqual(['不合格', 1]);
    expect(find('数据问题（错误）')).toEqual(['数据问题（错误）', 1]);
    expect(find('数据问题（警告）')).toEqual(['数据问题（警告）', 2]);
    expect(find('数据问题（提示）')).toEqual(['数据问题（提示）', 2]);
  });
});
