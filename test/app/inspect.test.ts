import { describe, it, expect } from 'vitest';
import { inspect } from '../../src/app/inspect.js';
import { insertSample } from '../../src/app/insertSample.js';
import { MemoryHost } from './memoryHost.js';

describe('inspect (检查数据)', () => {
  it('finds the sample school’s standard sheets and can score it', async () => {
    const host = new MemoryHost();
    await insertSample(host);
    const report = await inspect(host);
    expect(report.read.sheets.roster).toBe('教师名册');
    expect(report.read.sheets.signin).toBe('签到表');
    expect(report.read.signinShape).toBe('long');
    expect(report.read.teacherCount).toBe(62);
    expect(report.rules.periodFrom).toBe('2023-09-01');
    expect(report.canScore).toBe(true);
    expect(host.writes).toHaveLength(0);
  });

  it('reports the sample’s planted slips', async () => {
    const host = new MemoryHost();
    await insertSample(host);
    const codes = new Set((await inspect(host)).issues.map((i) => i.code));
    for (const code of ['ambiguous-teacher', 'unknown-teacher', 'unknown-status', 'duplicate-award']) expect(codes).toContain(code);
  });
});
