import { describe, it, expect } from 'vitest';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { makeTable, roster } from '../makeTable.js';
import type { CellValue } from '../../../src/sheets/table.js';

const HEADER = ['日期', '听课人', '授课人', '学科', '课题', '课型', '级别', '评课'];
const read = (rows: CellValue[][]) => readWorkbook([roster(), makeTable('听课记录', [HEADER, ...rows])]);
const where = (out: ReturnType<typeof readWorkbook>, code: string) =>
  out.issues.filter((i) => i.code === code).map((i) => ({ sheet: i.sheet, row: i.row, column: i.column }));

describe('听课记录 (SPEC §3.3)', () => {
  it('reads one observer at one lesson', () => {
    const out = read([['2023-09-20', '张三', '李四', '语文', '背影', '公开课', '市级', '是']]);
    expect(out.dataset.observations).toEqual([{
      date: '2023-09-20', observerKey: 'id:T001', teacherKey: 'id:T002', subject: '语文', topic: '背影', lessonType: '公开课',
      level: 'city', reviewed: true, source: { sheet: '听课记录', row: 2 },
    }]);
  });

  it('keeps the 课型 as written: whether it is an open class is the rule 公开课课型 (engine)', () => {
    expect(read([['2023-09-20', '张三', '李四', null, null, ' 校级研究课 ', null, null]]).dataset.observations[0]?.lessonType).toBe('校级研究课');
  });

  it('reads 常态课 and a blank 级别 as 校级', () => {
    const o = read([['2023-09-20', '张三', '李四', null, null, '常态课', null, null]]).dataset.observations[0];
    expect(o).toMatchObject({ lessonType: '常态课', level: 'school', reviewed: null });
  });

  it('identifies observer and teacher separately; 同名 is never guessed (ambiguous-teacher)', () => {
    const out = read([
      ['2023-09-20', '张伟', '李四', null, null, null, null, null],
      ['2023-09-20', '张三', '张伟', null, null, null, null, null],
    ]);
    expect(out.dataset.observations.map((o) => [o.observerKey, o.teacherKey])).toEqual([[null, 'id:T002'], ['id:T001', null]]);
    expect(where(out, 'ambiguous-teacher')).toEqual([
      { sheet: '听课记录', row: 2, column: '听课人' },
      { sheet: '听课记录', row: 3, column: '授课人' },
    ]);
  });

  it('accepts 张伟(T012) and 张伟（T011） in a name cell', () => {
    const out = read([['2023-09-20', '张伟（T011）', '张伟(T010)', null, null, null, null, null]]);
    expect(out.dataset.observations.map((o) => [o.observerKey, o.teacherKey])).toEqual([['id:T011', 'id:T010']]);
  });

  it('reads the column aliases 听课教师 / 执教', () => {
    const out = readWorkbook([roster(), makeTable('听课', [['听课教师', '执教', '课型'], ['张三', '李四', '示范课']])]);
    expect(out.dataset.observations[0]).toMatchObject({ observerKey: 'id:T001', teacherKey: 'id:T002', date: null });
  });

  it('does not count a row with an unknown 级别 (unknown-level)', () => {
    const out = read([['2023-09-20', '张三', '李四', null, null, '公开课', '乡镇级', null]]);
    expect(out.dataset.observations).toEqual([]);
    expect(where(out, 'unknown-level')).toEqual([{ sheet: '听课记录', row: 2, column: '级别' }]);
  });

  it('warns about a 评课 that is not 是/否 (unknown-yes-no)', () => {
    const out = read([['2023-09-20', '张三', '李四', null, null, null, null, '评了一半']]);
    expect(out.dataset.observations[0]?.reviewed).toBeNull();
    expect(where(out, 'unknown-yes-no')).toEqual([{ sheet: '听课记录', row: 2, column: '评课' }]);
  });
});

describe('听课记录 at district size', () => {
  // 200,000 rows: more than a spread call's arguments fit on the stack (`push(...rows)` threw RangeError).
  it('reads a sheet of 200,000 rows', () => {
    const row: CellValue[] = ['2023-09-20', '张三', '李四', null, null, '常态课', null, null];
    const out = read(Array.from({ length: 200_000 }, () => row));
    expect(out.dataset.observations).toHaveLength(200_000);
  });
});

describe('听课记录 names not in the roster (SPEC §3 "Identity", issue 20: the typo’d 授课人)', () => {
  // roster(): 张三, 李四, 张伟 ×2 (语文组 T010, 数学组 T011), 王五.
  it('a typo’d 授课人 still counts for each observer, and the warning says so and names the likely teacher', () => {
    const out = read([
      ['2023-09-20', '张三', '李斯', '语文', '背影', '公开课', '校级', '是'],
      ['2023-09-20', '王五', '李斯', '语文', '背影', '公开课', '校级', '是'],
    ]);
    expect(out.dataset.observations.map((o) => [o.observerKey, o.teacherKey])).toEqual([['id:T001', null], ['id:T003', null]]);
    const warnings = out.issues.filter((i) => i.code === 'unknown-teacher');
    expect(warnings.map((i) => [i.row, i.column])).toEqual([[2, '授课人'], [3, '授课人']]);
    expect(warnings[0]?.message).toBe('“李斯”不在教师名册中，这一行仍计入听课人的听课节数，只是不计作其所授的课。是不是“李四”？');
    expect(warnings[0]?.message).toBe(warnings[1]?.message); // one line in 数据问题 (grouped by row)
  });

  it('a typo’d 听课人 loses that observer’s lesson, and the 授课人’s lesson still counts', () => {
    const out = read([['2023-09-20', '王吾', '李四', '语文', '背影', '公开课', '校级', '是']]);
    expect(out.dataset.observations.map((o) => [o.observerKey, o.teacherKey])).toEqual([[null, 'id:T002']]);
    expect(out.issues.find((i) => i.code === 'unknown-teacher')?.message)
      .toBe('“王吾”不在教师名册中，这一行不计入其听课节数（授课人的课照常计入）。是不是“王五”？');
  });

  it('a row with neither side known is not counted at all', () => {
    const out = read([['2023-09-20', '外校甲', '外校乙', '语文', '背影', '公开课', '校级', '是']]);
    expect(out.dataset.observations).toEqual([]);
    expect(out.issues.filter((i) => i.code === 'unknown-teacher').map((i) => i.message))
      .toEqual(['“外校甲”不在教师名册中，这一行未计入。', '“外校乙”不在教师名册中，这一行未计入。']);
  });
});
