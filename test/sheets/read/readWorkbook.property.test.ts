import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { SHEET_NAMES, COLUMN_NAMES, STATUS_WORDS } from '../../../src/sheets/words/vocabulary.js';
import type { CellValue, Table } from '../../../src/sheets/table.js';

/** Cells that look like what schools type: vocabulary words, dates, numbers, errors, junk. */
const words = [
  ...Object.values(COLUMN_NAMES).flat(), ...Object.values(STATUS_WORDS).flat(),
  '9月6日', '2023-09-06', '2023/13/40', '9.6', '#N/A', '#REF!', '张三', '张伟', '张伟(T010)', 'T001', '语文组', '合计', '公开课',
  '一等奖', '市级', '优秀比例', '30%', '优秀比例:语文组', '学时', '外出学习', '', ' ', '\u200B',
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...words),
  fc.string(),
  fc.double(),
  fc.integer({ min: -5, max: 90000 }),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
  // What no host should hand over, but a broken one might.
  fc.anything() as fc.Arbitrary<CellValue>,
);
const table: fc.Arbitrary<Table> = fc.record({
  name: fc.oneof(fc.constantFrom(...Object.values(SHEET_NAMES).flat(), '考核结果'), fc.string()),
  rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 }),
  firstRow: fc.integer({ min: 1, max: 100 }),
});

describe('readWorkbook on messy workbooks', () => {
  it('never throws and never mutates its input', () => {
    fc.assert(
      fc.property(fc.array(table, { maxLength: 8 }), fc.anything(), (tables, override) => {
        const copy = structuredClone(tables);
        const out = readWorkbook(tables, { rulesOverride: override });
        expect(tables).toEqual(copy);
        for (const issue of out.issues) expect(typeof issue.message).toBe('string');
        expect(out.canScore).toBe(out.dataset.teachers.length > 0 && out.canScore);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a real roster among random sheets', () => {
    fc.assert(
      fc.property(fc.array(table, { maxLength: 4 }), (tables) => {
        const roster: Table = { name: '教师名册', rows: [['姓名', '教研组'], ['张三', '语文组']] };
        const out = readWorkbook([roster, ...tables.filter((t) => t.name !== '教师名册')]);
        expect(out.dataset.teachers.map((t) => t.name)).toContain('张三');
      }),
      { numRuns: 200 },
    );
  });
});
