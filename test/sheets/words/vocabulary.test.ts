import { describe, it, expect } from 'vitest';
import { COLUMN_NAMES, SHEET_NAMES, OUTPUT_SHEET_NAMES, type ColumnKey } from '../../../src/sheets/words/vocabulary.js';
import type { StandardSheet } from '../../../src/app/types.js';
import { columnOf } from '../../../src/sheets/read/header.js';
import { findStandardSheets } from '../../../src/sheets/read/findSheets.js';
import { headerKey } from '../../../src/sheets/normalize/text.js';

const columnAliases = (Object.keys(COLUMN_NAMES) as ColumnKey[]).flatMap((key) =>
  COLUMN_NAMES[key].map((name, i) => [name, key, i === 0] as const),
);
const sheetAliases = (Object.keys(SHEET_NAMES) as StandardSheet[]).flatMap((role) => SHEET_NAMES[role].map((name) => [name, role] as const));

describe('column names (SPEC §3: every column name has aliases)', () => {
  it.each(columnAliases)('%s names the column %s', (name, key, exact) => {
    expect(columnOf(name)).toEqual({ key, exact });
  });

  it('never gives one alias to two columns', () => {
    const seen = new Map<string, string>();
    for (const [name, key] of columnAliases) {
      const k = headerKey(name);
      expect(seen.get(k) ?? key, name).toBe(key);
      seen.set(k, key);
    }
  });

  it.each([
    ['教 师 姓 名', 'name'], ['ＩＤ', null], ['学时（小时）', 'hours'], ['*姓名', 'name'], ['签到时间', 'date'], ['执教者', 'teacher'],
  ])('reads the header %s (spaces, width, decorations ignored)', (header, key) => {
    expect(columnOf(header)?.key ?? null).toBe(key);
  });
});

describe('findStandardSheets (SPEC §3: exact, then aliases)', () => {
  it.each(sheetAliases)('finds %s as %s', (name, role) => {
    expect(findStandardSheets(['说明', name])[role]).toBe(name);
  });

  it('prefers the exact name over an alias', () => {
    expect(findStandardSheets(['考勤', '签到表']).signin).toBe('签到表');
  });

  it('ignores spaces and full-width letters in sheet names', () => {
    expect(findStandardSheets([' 教师 名册 ']).roster).toBe(' 教师 名册 ');
  });

  it('never takes an output sheet as an input', () => {
    const found = findStandardSheets([...OUTPUT_SHEET_NAMES, '考核结果(2)']);
    expect(Object.values(found).every((v) => v === null)).toBe(true);
  });

  it('gives null for roles with no sheet', () => {
    expect(findStandardSheets([]).roster).toBeNull();
  });
});
