import { describe, it, expect } from 'vitest';
import { insertTemplate } from '../../src/app/insertTemplate.js';
import { insertSample } from '../../src/app/insertSample.js';
import { MemoryHost } from './memoryHost.js';

describe('insertTemplate / insertSample', () => {
  it('adds the standard sheets, skipping names already taken', async () => {
    const host = new MemoryHost([{ name: '教师名册', rows: [['姓名']] }]);
    const { inserted, skipped } = await insertTemplate(host);
    expect(skipped).toEqual(['教师名册']);
    expect(inserted).toEqual(['使用说明', '签到表', '外出学习', '听课记录', '获奖登记', '考核登记', '学分登记', '成果登记', '考核规则']);
    expect(host.table('教师名册')?.rows).toEqual([['姓名']]);
  });

  it('adds the sample school’s input sheets', async () => {
    const host = new MemoryHost();
    const { inserted } = await insertSample(host);
    expect(inserted).toEqual(['教师名册', '签到表', '外出学习', '听课记录', '获奖登记', '考核登记', '考核规则']);
  });
});
