import { describe, it, expect } from 'vitest';
import { computeBetweenTasks } from '../../src/app/compute.js';
import { run } from '../../src/app/run.js';
import { RunCancelled } from '../../src/app/runCancelled.js';
import type { Progress } from '../../src/app/types.js';
import { OUTPUT_SHEET_NAMES } from '../../src/sheets/layout/layoutOutputs.js';
import type { Table } from '../../src/sheets/table.js';
import { MemoryHost } from './memoryHost.js';

/** A tiny school: 3 teachers, 2 sessions, judged items, plus a sheet of the school's own. */
function smallSchool(): Table[] {
  return [
    { name: '教师名册', rows: [['工号', '姓名', '教研组'], ['T1', '张三', '语文组'], ['T2', '李四', '语文组'], ['T3', '王五', '数学组']] },
    {
      name: '签到表',
      rows: [
        ['日期', '活动', '工号', '姓名', '状态', '学时'],
        ['2023-09-06', '师德培训', 'T1', '张三', '出勤', 2],
        ['2023-09-06', '师德培训', 'T2', '李四', '出勤', 2],
        ['2023-09-06', '师德培训', 'T3', '王五', '出勤', 2],
        ['2023-09-13', '新课标讲座', 'T1', '张三', '出勤', 2],
        ['2023-09-13', '新课标讲座', '', '赵六', '出勤', 2],
      ],
    },
    { name: '考核登记', rows: [['工号', '姓名', '学习笔记'], ['T1', '张三', '优秀'], ['T2', '李四', '良好'], ['T3', '王五', '合格']] },
    { name: '备注', rows: [['这是学校自己的表']] },
  ];
}

describe('run (计算)', () => {
  it('writes the seven output sheets and never writes an input sheet', async () => {
    const host = new MemoryHost(smallSchool());
    const before = structuredClone(host.tables);
    const report = await run(host, { now: new Date(2024, 0, 20, 9, 5) });
    expect(report.score).not.toBeNull();
    expect(host.writes).toHaveLength(1);
    expect(host.writes[0]!.map((s) => s.name)).toEqual(OUTPUT_SHEET_NAMES);
    expect(Object.keys(report.written)).toEqual(OUTPUT_SHEET_NAMES);
    for (const t of before) expect(host.table(t.name)).toEqual(t);
  });

  it('reads every input sheet (SPEC §3: recognised by content, all accounted for), never its own outputs', async () => {
    const host = new MemoryHost(smallSchool());
    await run(host);
    const report = await run(host);
    expect(host.reads).toContain('备注');
    for (const name of OUTPUT_SHEET_NAMES) expect(host.reads).not.toContain(name);
    expect(report.inspect.read.accounts.find((a) => a.sheet === '考核结果')).toBeUndefined();
  });

  it('lists reader issues before engine issues in the result', async () => {
    const host = new MemoryHost(smallSchool());
    const report = await run(host);
    const issues = report.score!.result.issues;
    expect(issues.slice(0, report.inspect.issues.length)).toEqual(report.inspect.issues);
    expect(issues.some((i) => i.code === 'unknown-teacher')).toBe(true);
  });

  it('reports progress through every stage with Chinese labels', async () => {
    const seen: Progress[] = [];
    await run(new MemoryHost(smallSchool()), { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.stage)).toEqual(['read', 'parse', 'score', 'layout', 'write', 'done']);
    expect(seen.every((p, i) => i === 0 || p.fraction > seen[i - 1]!.fraction)).toBe(true);
    expect(seen.every((p) => /[\u4e00-\u9fff]/.test(p.label))).toBe(true);
  });

  it('writes nothing when the data cannot be scored (no roster)', async () => {
    const host = new MemoryHost(smallSchool().filter((t) => t.name !== '教师名册'));
    const report = await run(host);
    expect(report.score).toBeNull();
    expect(report.inspect.canScore).toBe(false);
    expect(report.inspect.issues.some((i) => i.code === 'missing-roster')).toBe(true);
    expect(host.writes).toHaveLength(0);
  });

  it.each(['read', 'parse', 'score', 'layout', 'write'])('throws RunCancelled and writes nothing when cancelled at %s', async (stage) => {
    const host = new MemoryHost(smallSchool());
    const controller = new AbortController();
    const pending = run(host, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === stage) controller.abort();
      },
    });
    await expect(pending).rejects.toBeInstanceOf(RunCancelled);
    expect(host.writes).toHaveLength(0);
  });

  it('computes between tasks (the page\'s file worker) to the same output as in one go', async () => {
    const host = new MemoryHost(smallSchool());
    const now = new Date(2024, 0, 20, 9, 5);
    const stages: string[] = [];
    const report = await run(host, { now, compute: computeBetweenTasks(() => Promise.resolve()), onProgress: (p) => stages.push(p.stage) });
    expect(stages).toEqual(['read', 'parse', 'score', 'layout', 'write', 'done']);
    const inOneGo = new MemoryHost(smallSchool());
    await run(inOneGo, { now });
    expect(report.score).not.toBeNull();
    expect(host.writes).toEqual(inOneGo.writes);
  });

  it.each([1, 2, 3, 4])('stops computing between tasks when a cancel arrives during pause %i, writing nothing', async (at) => {
    const host = new MemoryHost(smallSchool());
    const controller = new AbortController();
    let pauses = 0;
    // The cancel comes in as the event loop's next task would bring it (the page's 取消 message).
    const pause = (): Promise<void> => {
      if (++pauses === at) controller.abort();
      return Promise.resolve();
    };
    await expect(run(host, { signal: controller.signal, compute: computeBetweenTasks(pause) })).rejects.toBeInstanceOf(RunCancelled);
    expect(pauses).toBe(at);
    expect(host.writes).toHaveLength(0);
  });

  it('keeps a school sheet that has an output name and writes beside it', async () => {
    const host = new MemoryHost([...smallSchool(), { name: '考核结果', rows: [['学校自己的考核结果']] }]);
    const report = await run(host);
    expect(report.written['考核结果']).toBe('考核结果(2)');
    expect(host.table('考核结果')?.rows).toEqual([['学校自己的考核结果']]);
  });
});
