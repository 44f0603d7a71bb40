/**
 * Large input (robustness issue §4): the command line reads a big sign-in sheet by streaming its
 * worksheet part, never as one string. Checked at a moderate size (400 teachers × 60 sessions =
 * 24,000 rows); the 20,000-teacher, 1,000,000-row run and its peak memory are in bench/.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { OpcPackage } from '../../src/hosts/xlsx/package/opcPackage.js';
import { scoreCommand } from '../../src/cli/scoreCommand.js';
import type { Result } from '../../src/engine/model.js';
import type { OutputCell } from '../../src/sheets/output.js';
import { PackageParts } from './packageParts.js';
import { editPart, sheetPart } from './hostileFiles.js';
import { eachCell, type CellValue } from '../../src/sheets/table.js';

const TEACHERS = 400;
const SESSIONS = 60;

async function bigWorkbook(): Promise<Uint8Array> {
  const roster: OutputCell[][] = [['工号', '姓名', '教研组']];
  for (let t = 1; t <= TEACHERS; t++) roster.push([`T${String(t).padStart(4, '0')}`, `教师${t}`, `第${t % 10}组`]);
  const signin: OutputCell[][] = [['日期', '活动', '类型', '工号', '姓名', '状态', '学时', '参加对象']];
  for (let s = 0; s < SESSIONS; s++) {
    const day = new Date(Date.UTC(2023, 8, 1 + s)).toISOString().slice(0, 10);
    for (let t = 1; t <= TEACHERS; t++) signin.push([day, `研训${s + 1}`, '校本研训', `T${String(t).padStart(4, '0')}`, `教师${t}`, '出勤', 2, null]);
  }
  const host = await XlsxHost.create({ charts: null });
  await host.insertSheets([{ name: '教师名册', cells: roster }, { name: '签到表', cells: signin }]);
  return host.save();
}

describe(`a ${TEACHERS * SESSIONS}-row sign-in workbook through the command line`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'messy-large-'));
  const input = join(dir, 'large.xlsx');
  let signinPart = '';

  beforeAll(async () => {
    const bytes = await bigWorkbook();
    writeFileSync(input, bytes);
    signinPart = (await PackageParts.load(bytes)).sheets.get('签到表') ?? '';
    // Building 24,000 rows takes seconds; on a shared, loaded machine more than the default 10.
  }, 120_000);

  afterEach(() => vi.restoreAllMocks());

  it('streams the sign-in worksheet part and never inflates it into one string', async () => {
    const streamed = vi.spyOn(OpcPackage.prototype, 'streamText');
    const whole = vi.spyOn(OpcPackage.prototype, 'text');
    const json = join(dir, 'large.json');
    const code = await scoreCommand({ input, output: join(dir, 'large-out.xlsx'), json }, { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    expect(signinPart).not.toBe('');
    expect(streamed.mock.calls.map(([path]) => path)).toContain(signinPart);
    expect(whole.mock.calls.map(([path]) => path)).not.toContain(signinPart);

    // Everyone attended every session: 60 × 2 h = H_max → 考勤 30 for all 400.
    const result = JSON.parse(readFileSync(json, 'utf8')) as Result;
    expect(result.teachers).toHaveLength(TEACHERS);
    expect(result.teachers.every((t) => t.items.attendance === 30)).toBe(true);
  });
});

describe('a stray value in column XFD on every sign-in row (issue 19 item 6, SPEC §11)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'messy-stray-'));

  /** The result JSON of `score` on these bytes. */
  async function scored(bytes: Uint8Array, tag: string): Promise<string> {
    const input = join(dir, `${tag}.xlsx`);
    writeFileSync(input, bytes);
    const json = join(dir, `${tag}.json`);
    const code = await scoreCommand({ input, output: join(dir, `${tag}-out.xlsx`), json }, { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    return readFileSync(json, 'utf8');
  }

  it('costs one cell per row and scores as the workbook without them', async () => {
    const plain = await bigWorkbook();
    const stray = await editPart(plain, (zip) => sheetPart(zip, '签到表'), (xml) =>
      xml.replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (_, r: string, attributes: string, cells: string) => `<row r="${r}"${attributes}>${cells}<c r="XFD${r}" t="inlineStr"><is><t xml:space="preserve"> </t></is></c></row>`),
    );
    const before = await (await XlsxHost.open(plain)).readSheet('签到表');
    const after = await (await XlsxHost.open(stray)).readSheet('签到表');
    expect(after.rows).toHaveLength(before.rows.length);
    const cells = (row: CellValue[] | undefined) => {
      let n = 0;
      if (row) eachCell(row, () => n++);
      return n;
    };
    after.rows.forEach((row, i) => {
      expect(cells(row)).toBe(cells(before.rows[i]) + 1);
      expect(row[16_383]).toBe(' ');
      expect(row.slice(0, before.rows[i]?.length)).toEqual(before.rows[i]);
    });
    const teachers = (json: string) => (JSON.parse(json) as Result).teachers;
    expect(teachers(await scored(stray, 'stray'))).toEqual(teachers(await scored(plain, 'plain')));
  }, 120_000);
});
