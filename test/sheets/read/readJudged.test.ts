import { describe, it, expect } from 'vitest';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { makeTable, roster } from '../makeTable.js';
import type { CellValue } from '../../../src/sheets/table.js';

const HEADER = ['工号', '姓名', '学习笔记', '读书未交', '读书扣分', '活动得分', '二次培训', '违纪扣分', '未完成任务', '集体加分'];
const read = (rows: CellValue[][]) => readWorkbook([roster(), makeTable('考核登记', [HEADER, ...rows])]);
const where = (out: ReturnType<typeof readWorkbook>, code: string) =>
  out.issues.filter((i) => i.code === code).map((i) => ({ sheet: i.sheet, row: i.row, column: i.column }));

describe('考核登记 (SPEC §3.5)', () => {
  it('reads one row per teacher', () => {
    const out = read([['T001', '张三', '良好', 1, '0.5', 3, '2', -1, '否', 1]]);
    expect(out.dataset.judged).toEqual([{
      teacherKey: 'id:T001', notesGrade: '良好', readingMissed: 1, readingDeduction: 0.5, activityPoints: 3, retrainingBonus: 2,
      disciplineDeduction: 1, taskIncomplete: false, collectiveBonus: 1, source: { sheet: '考核登记', row: 2 },
    }]);
  });

  it('reads blank numbers as 0 and a blank grade as none', () => {
    expect(read([['T001', '张三', null, null, null, null, null, null, null, null]]).dataset.judged[0]).toMatchObject({
      notesGrade: null, readingMissed: 0, readingDeduction: 0, activityPoints: 0, taskIncomplete: false,
    });
  });

  it.each([['是', true], ['Y', true], ['√', true], ['否', false], ['N', false], ['×', false]])('reads 未完成任务 %s as %s', (word, value) => {
    expect(read([['T001', '张三', null, null, null, null, null, null, word, null]]).dataset.judged[0]?.taskIncomplete).toBe(value);
  });

  it('warns about an unknown grade (unknown-grade) and an unreadable number (bad-number → 0)', () => {
    const out = read([['T001', '张三', '很好', '两次', null, null, null, null, null, null]]);
    expect(out.dataset.judged[0]).toMatchObject({ notesGrade: null, readingMissed: 0 });
    expect(where(out, 'unknown-grade')).toEqual([{ sheet: '考核登记', row: 2, column: '学习笔记' }]);
    expect(where(out, 'bad-number')).toEqual([{ sheet: '考核登记', row: 2, column: '读书未交' }]);
  });

  it('reports a negative 读书未交 (a count) on its row and counts 0, never +3 points a time (issue 19)', () => {
    const out = read([['T001', '张三', '良好', -2, null, null, null, null, null, null]]);
    expect(out.dataset.judged[0]?.readingMissed).toBe(0);
    expect(out.issues.filter((i) => i.code === 'negative-number').map((i) => [i.row, i.column, i.message])).toEqual([
      [2, '读书未交', '“-2”是负数，不能作为次数，按 0 处理。'],
    ]);
  });

  it('keeps the first of two rows for one teacher (duplicate-judged)', () => {
    const out = read([['T001', '张三', '优秀', null, null, null, null, null, null, null], [null, '张三', '合格', null, null, null, null, null, null, null]]);
    expect(out.dataset.judged.map((j) => j.notesGrade)).toEqual(['优秀']);
    expect(where(out, 'duplicate-judged')).toEqual([{ sheet: '考核登记', row: 3, column: '姓名' }]);
  });

  it('needs at least one judged column besides the name (missing-column)', () => {
    const out = readWorkbook([roster(), makeTable('考核登记', [['工号', '姓名', '备注'], ['T001', '张三', null]])]);
    expect(where(out, 'missing-column')).toEqual([{ sheet: '考核登记', row: 1, column: undefined }]);
    expect(out.dataset.judged).toEqual([]);
  });
});

describe('two judged sheets that disagree (SPEC §3, issue 19 item 3)', () => {
  // A last-term judged sheet (found by content) placed before this term's 考核登记.
  const lastTerm = makeTable('上学期考核', [['姓名', '学习笔记', '读书未交'], ['张三', '合格', 3], ['李四', '良好', 0]]);
  const thisTerm = makeTable('考核登记', [['姓名', '学习笔记', '读书未交'], ['张三', '优秀', 0], ['李四', '良好', 0]]);

  it('is an error naming both sheets and rows and what differs — never the last one silently winning', () => {
    const out = readWorkbook([roster(), lastTerm, thisTerm]);
    const conflicts = out.issues.filter((i) => i.code === 'judged-conflict');
    expect(conflicts).toEqual([expect.objectContaining({
      severity: 'error', sheet: '考核登记', row: 2, column: '姓名',
      params: { name: '张三', firstSheet: '上学期考核', firstRow: 2, differences: '学习笔记 合格/优秀，读书未交 3/0' },
    })]);
    expect(conflicts[0]?.message).toContain('“上学期考核”第 2 行');
    // One record per teacher: 李四's two rows agree and are one record, without an issue.
    expect(out.dataset.judged.map((j) => [j.teacherKey, j.source.sheet])).toEqual([['id:T001', '上学期考核'], ['id:T002', '上学期考核']]);
  });

  it('two sheets that agree are one record, with no issue', () => {
    const out = readWorkbook([roster(), thisTerm, makeTable('考核登记(补)', thisTerm.rows)]);
    expect(out.issues.filter((i) => i.code === 'judged-conflict' || i.code === 'duplicate-judged')).toEqual([]);
    expect(out.dataset.judged).toHaveLength(2);
  });
});
