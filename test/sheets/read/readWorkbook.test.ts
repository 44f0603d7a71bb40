import { describe, it, expect } from 'vitest';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { caveats } from '../../../src/app/inspect.js';
import { makeTable, roster } from '../makeTable.js';

const codes = (out: ReturnType<typeof readWorkbook>) => out.issues.map((i) => i.code);

describe('readWorkbook', () => {
  it('cannot score without a roster (missing-roster)', () => {
    const out = readWorkbook([makeTable('签到表', [['日期', '姓名'], ['2023-09-06', '张三']])]);
    expect(codes(out)).toContain('missing-roster');
    expect(out.canScore).toBe(false);
  });

  it('cannot score with a roster of no teachers (no-teachers, empty rows)', () => {
    const out = readWorkbook([makeTable('教师名册', [['姓名', '教研组']])]);
    expect(out.issues.find((i) => i.code === 'no-teachers')).toMatchObject({ sheet: '教师名册' });
    expect(out.canScore).toBe(false);
  });

  describe("sheets with an output's name (SPEC §3 nothing dropped, §7 ownership)", () => {
    const school = makeTable('考核结果', [['学校自己的考核结果'], ['姓名', '总分'], ['张三', 90]]);
    const account = (out: ReturnType<typeof readWorkbook>, sheet: string) => out.report.accounts.find((a) => a.sheet === sheet);

    it('never reads one, and says nothing of ours, when the ownership record lists it', () => {
      const out = readWorkbook([roster(), school], { ownOutputs: ['考核结果'] });
      expect(codes(out)).not.toContain('output-name-sheet');
      expect(account(out, '考核结果')).toBeUndefined();
      expect(out.dataset.teachers).toHaveLength(readWorkbook([roster()]).dataset.teachers.length);
    });

    it("warns about the school's own (not in the record) and does not read it either", () => {
      const out = readWorkbook([roster(), school, makeTable('图表(2)', [['复制的图表']])], { ownOutputs: ['考核结果(1)'] });
      expect(out.issues.filter((i) => i.code === 'output-name-sheet').map((i) => [i.sheet, i.severity])).toEqual([['考核结果', 'warning'], ['图表(2)', 'warning']]);
      expect(account(out, '考核结果')).toMatchObject({ kind: null, notRead: 'output-name', rowsRead: 0 });
      // 检查数据 says so before scoring, among the 可以计算，但… lines.
      expect(caveats({ issues: out.issues }).filter((line) => line.includes('结果表同名'))).toEqual([expect.stringContaining('“考核结果”与本工具的结果表同名'), expect.stringContaining('“图表(2)”')]);
    });

    it('accounts for an empty one as empty, with no issue, and case-insensitively for the record', () => {
      const out = readWorkbook([roster(), makeTable('分组统计', []), makeTable('Charts', [['x']])], { ownOutputs: ['考核结果'] });
      expect(codes(out)).not.toContain('output-name-sheet');
      expect(account(out, '分组统计')).toMatchObject({ notRead: 'empty' });
    });

    it('takes every output-named sheet to be ours when the host cannot tell (no ownOutputs)', () => {
      const out = readWorkbook([roster(), school]);
      expect(codes(out)).not.toContain('output-name-sheet');
      expect(account(out, '考核结果')).toBeUndefined();
    });
  });

  it('reports a sheet whose header cannot be found (no-header)', () => {
    const out = readWorkbook([roster(), makeTable('获奖登记', [['随便'], ['写写']])]);
    expect(out.issues.find((i) => i.code === 'no-header')).toMatchObject({ sheet: '获奖登记', params: { columns: '姓名或工号、奖项' } });
  });

  it('notes a header with no data (empty-sheet), hidden and protected sheets', () => {
    const out = readWorkbook([roster(), makeTable('听课记录', [['听课人', '授课人']], { hidden: true, protected: true })]);
    expect(out.issues.filter((i) => i.sheet === '听课记录').map((i) => i.code)).toEqual(['hidden-sheet', 'protected-sheet', 'empty-sheet']);
  });

  it('lists each missing optional sheet once, naming what it leaves at 0 (missing-sheet, 警告)', () => {
    const out = readWorkbook([roster()]);
    const missing = out.issues.filter((i) => i.code === 'missing-sheet');
    expect(missing.map((i) => i.params?.sheet)).toEqual(['签到表', '外出学习', '听课记录', '获奖登记', '考核登记']);
    expect(missing.every((i) => i.severity === 'warning')).toBe(true);
    expect(missing[4]?.message).toBe('没有找到“考核登记”工作表，学习笔记、读书活动、活动得分、二次培训、违纪扣分、集体加分对所有教师都按 0 计。');
    expect(out.report.missing.map((m) => m.kind)).toEqual(['signin', 'external', 'observations', 'awards', 'judged']);
  });

  it('never reads output sheets, even ones shaped like inputs', () => {
    const out = readWorkbook([roster(), makeTable('考核结果', [['日期', '姓名'], ['2023-09-06', '张三']])]);
    expect(out.report.sheets.signin).toBeNull();
    expect(out.report.rowsRead['考核结果']).toBeUndefined();
  });

  it('reports what it found', () => {
    const out = readWorkbook([roster(), makeTable('考勤', [['姓名', '2023-09-06'], ['张三', '到']])]);
    expect(out.report).toMatchObject({
      sheets: { roster: '教师名册', signin: '考勤', external: null, observations: null, awards: null, judged: null, rules: null },
      sheetsOf: { roster: ['教师名册'], signin: ['考勤'], external: [], observations: [], awards: [], judged: [], rules: [] },
      signinShape: 'matrix',
      rowsRead: { 教师名册: 5, 考勤: 1 },
      teacherCount: 5,
      ruleLayers: { preset: { preset: '默认' }, sheet: {}, json: {} },
    });
    expect(out.report.accounts.map((a) => [a.sheet, a.kind, a.recognition, a.shape, a.rowsRead])).toEqual([
      ['教师名册', 'roster', 'name', null, 5],
      ['考勤', 'signin', 'name', 'matrix', 1],
    ]);
    expect(out.report.accounts[1]?.columns).toEqual([
      { header: '姓名', columnIndex: 0, readAs: '姓名', resembles: null },
      { header: '2023-09-06', columnIndex: 1, readAs: '签到（一次活动）', resembles: null },
    ]);
  });

  it('orders issues workbook-level first, then by tab order and row', () => {
    const out = readWorkbook([
      makeTable('签到表', [['日期', '姓名'], ['2023-09-06', '孙七'], ['bad', '张三']]),
      roster(),
    ]);
    const placed = out.issues.map((i) => [i.sheet ?? '', i.row ?? 0]);
    expect(placed.slice(0, 4).every(([sheet]) => sheet === '')).toBe(true);
    expect(placed.filter(([s]) => s !== '')).toEqual([['签到表', 2], ['签到表', 3]]);
  });

  it('does not modify the tables it reads', () => {
    const tables = [roster(), makeTable('签到表', [['日期', '姓名', '状态'], ['9月6日', ' 张 三 ', '#N/A']])];
    const copy = structuredClone(tables);
    readWorkbook(tables, { rulesOverride: { periodFrom: '2023-09-01' } });
    expect(tables).toEqual(copy);
  });
});

describe('readWorkbook on malformed tables (hosts are not trusted either)', () => {
  it('gives issues, not exceptions', () => {
    const tables = [
      { name: '教师名册', rows: 'abc' },
      { name: 5, rows: [] },
      null,
      { name: '签到表', rows: [null, [{}], [['nested']], ['日期', '姓名'], [undefined, Symbol.iterator]] },
    ] as unknown as Parameters<typeof readWorkbook>[0];
    expect(() => readWorkbook(tables, { rulesOverride: 'not json' })).not.toThrow();
    expect(readWorkbook(tables).canScore).toBe(false);
  });
});
