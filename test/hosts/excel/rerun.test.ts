/**
 * SPEC §7 re-runs through the Office.js host, in the double: outputs are rewritten in place (the
 * school's references survive), new sheets are ours before anything is written, protection is
 * refused up front, and a run that fails at any stage leaves nothing a later run would mistake for
 * the school's own — and says which sheets it touched.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/app/run.js';
import { ExcelWriteError } from '../../../src/hosts/excel/writeError.js';
import { OWNERSHIP_NAME, parseOwnership } from '../../../src/sheets/layout/ownership.js';
import { UNFINISHED_BANNER } from '../../../src/sheets/words/vocabulary.js';
import type { FakeBook } from './fakeBook.js';
import { excelHosts } from './excelHosts.js';
import { sampleBook } from './sampleBook.js';

const NOW = new Date('2024-01-31T08:00:00Z');
const OUTPUTS = ['考核结果', '分组统计', '评分明细', '数据问题', '上报学时', '图表', '计算记录'];
const use = excelHosts();

async function score(book: FakeBook): Promise<void> {
  const report = await run(use(book), { now: NOW });
  expect(report.score).not.toBeNull();
}

function owned(book: FakeBook): string[] {
  const marker = book.names.find((n) => n.name === OWNERSHIP_NAME);
  return marker ? parseOwnership(marker.formula) : [];
}

/**
 * Every output's values, by output name. 计算记录 is left out: on a re-run it rightly lists the
 * previous outputs among the sheets not read.
 */
function outputs(book: FakeBook, names = OUTPUTS.filter((n) => n !== '计算记录')): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, book.sheet(n) ? book.values(n) : null]));
}

describe('re-run in place', () => {
  it("keeps the school's formula pointing at 考核结果 working across a re-run (same sheet object)", async () => {
    const book = sampleBook();
    await score(book);
    const results = book.sheet('考核结果')!;
    const mine = book.addSheet('我的汇总', [['引用']]);
    mine.cells[1] = [{ value: 0, formula: "='考核结果'!A2", format: 'General' }];
    await score(book);
    expect(book.sheet('考核结果')).toBe(results);
    expect(mine.cells[1]![0]!.formula).toBe("='考核结果'!A2");
    expect(book.values('考核结果')[0]?.[0]).toMatch(/^教师校本研修考核结果/);
  });

  it('leaves the same workbook on a re-run: no stacked tables, charts or merges', async () => {
    const book = sampleBook();
    await score(book);
    const first = outputs(book);
    const charts = book.sheet('图表')!.charts.length;
    const merges = book.sheets.map((s) => s.merges.length);
    await score(book);
    expect(outputs(book)).toEqual(first);
    expect(book.sheet('图表')!.charts).toHaveLength(charts);
    expect(book.sheets.map((s) => s.merges.length)).toEqual(merges);
    expect(book.tables.filter((t) => t.sheet === '考核结果')).toHaveLength(1);
  });

  it('runs and re-runs with every input sheet hidden (no sheet is deleted, so none is the last visible one)', async () => {
    const book = sampleBook();
    for (const sheet of book.sheets) sheet.visibility = 'Hidden';
    await score(book);
    await score(book);
    for (const name of OUTPUTS) expect(book.sheet(name)?.visibility, name).toBe('Visible');
    expect(book.activeSheet).toBe('考核结果');
  });
});

describe('table names', () => {
  it('re-runs after the school renames its own 考核结果: the old 考核结果(1) frees its table name before the new table takes it', async () => {
    const book = sampleBook();
    book.addSheet('考核结果', [['学校自己的表']]);
    await score(book);
    expect(book.tables.find((t) => t.name === 'KaoheJieguo')?.sheet).toBe('考核结果(1)');
    book.sheet('考核结果')!.name = '考核结果(旧)';
    await score(book);
    await score(book);
    expect(book.sheet('考核结果(1)')).toBeUndefined();
    expect(book.tables.filter((t) => t.sheet === '考核结果').map((t) => t.name)).toEqual(['KaoheJieguo']);
    const reference = sampleBook();
    await score(reference);
    expect(outputs(book, ['分组统计', '评分明细'])).toEqual(outputs(reference, ['分组统计', '评分明细']));
  });

  it("gives the table another name when the school has a defined name KaoheJieguo (names and tables share one namespace)", async () => {
    const book = sampleBook();
    book.names.push({ name: 'kaohejieguo', formula: '=教师名册!$A$1', visible: true });
    await score(book);
    await score(book);
    expect(book.tables.filter((t) => t.sheet === '考核结果').map((t) => t.name)).toEqual(['KaoheJieguo_2']);
  });

  it("puts each output's table on its own sheet while the school's sheet is the active one", async () => {
    const book = sampleBook();
    book.activeSheet = '教师名册';
    await score(book);
    expect(book.tables.map((t) => t.sheet).sort()).toEqual(['上报学时', '数据问题', '考核结果', '评分明细'].sort());
    expect(book.sheet('教师名册')!.cells.length).toBe(sampleBook().sheet('教师名册')!.cells.length);
  });
});

describe('panes', () => {
  it('re-runs with an output sheet the user hid, freezing only the visible ones, outside the big batch', async () => {
    const book = sampleBook();
    await score(book);
    book.sheet('考核结果')!.visibility = 'Hidden';
    book.sheet('评分明细')!.freeze = null;
    await score(book);
    expect(book.sheet('考核结果')!.visibility).toBe('Hidden');
    expect(book.sheet('考核结果')!.freeze).not.toBeNull();
    expect(book.values('考核结果')[0]?.[0]).toMatch(/^教师校本研修考核结果/);
    expect(book.activeSheet).toBe('分组统计');
  });
});

describe('protection is checked before anything is written', () => {
  it('refuses a protected workbook structure that would need a new sheet, changing nothing', async () => {
    const book = sampleBook();
    book.structureProtected = true;
    const before = JSON.stringify(book.sheets);
    await expect(run(use(book), { now: NOW })).rejects.toMatchObject({ code: 'WorkbookStructureProtected' });
    expect(JSON.stringify(book.sheets)).toBe(before);
    expect(book.names).toEqual([]);
  });

  it('re-runs in place under structure protection once the sheets exist', async () => {
    const book = sampleBook();
    await score(book);
    book.structureProtected = true;
    await score(book);
    expect(book.sheet('考核结果')).toBeDefined();
  });

  it('refuses when one of our output sheets is protected, changing nothing', async () => {
    const book = sampleBook();
    await score(book);
    book.sheet('分组统计')!.protected = true;
    const before = outputs(book);
    await expect(run(use(book), { now: NOW })).rejects.toMatchObject({ code: 'OutputSheetProtected', sheets: ['分组统计'] });
    expect(outputs(book)).toEqual(before);
  });
});

describe('a run that fails part-way', () => {
  it('records 考核结果(1) as ours before writing, so a later run removes it once the name is free', async () => {
    const book = sampleBook();
    book.addSheet('考核结果', [['学校自己的表']]);
    // The first cell write into the new sheet fails: it exists, empty, after the claim sync.
    book.failOnWriteTo = '考核结果(1)';
    await expect(run(use(book), { now: NOW })).rejects.toMatchObject({ code: 'OutputsPartlyWritten' });
    expect(book.sheet('考核结果(1)')).toBeDefined();
    expect(owned(book)).toContain('考核结果(1)');

    book.failOnWriteTo = null;
    book.sheets = book.sheets.filter((s) => s.name !== '考核结果');
    await score(book);
    expect(book.sheet('考核结果(1)')).toBeUndefined();
    expect(book.values('考核结果')[0]?.[0]).toMatch(/^教师校本研修考核结果/);
  });

  it('at every stage of the write: reports which sheets it touched, leaves no stray sheet, and the next run repairs it', async () => {
    const clean = sampleBook();
    await score(clean);
    const opsFirst = clean.opsRun;
    await score(clean);
    const opsRerun = clean.opsRun - opsFirst;
    const expected = outputs(clean);
    const inputs = sampleBook().sheets.map((s) => s.name);

    // Failures spread over a first run and over a re-run, from the first operation to the last.
    const stages = (total: number): number[] => Array.from({ length: 12 }, (_, i) => 1 + Math.floor((i * (total - 1)) / 11));
    for (const [rerun, total] of [[false, opsFirst], [true, opsRerun]] as const) {
      for (const at of stages(total)) {
        const book = sampleBook();
        if (rerun) await score(book);
        book.failAtOp = book.opsRun + at;
        const error = await run(use(book), { now: NOW }).then(() => null, (e: unknown) => e);
        book.failAtOp = null;
        if (error instanceof ExcelWriteError) {
          // What it says it may have touched is all that differs from before the run.
          for (const sheet of book.sheets) {
            if (!inputs.includes(sheet.name)) expect(owned(book), `${rerun ? 're-run' : 'run'} failing at ${at}: ${sheet.name}`).toContain(sheet.name);
          }
        } else if (error !== null) {
          // Failed while reading: nothing was written.
          expect(book.sheets.map((s) => s.name).filter((n) => !inputs.includes(n)).sort(), `failing at ${at}`).toEqual(rerun ? [...OUTPUTS].sort() : []);
        }
        await score(book);
        expect(outputs(book), `${rerun ? 're-run' : 'run'} failing at ${at}, then run again`).toEqual(expected);
        expect(book.sheets.map((s) => s.name).sort()).toEqual([...clean.sheets.map((s) => s.name)].sort());
      }
    }
  }, 300_000);
});

describe('SPEC §7: a failed write leaves every output the previous one, the new one, or marked 本表未更新完成', () => {
  /** A change to the school's data that changes the outputs: the first teacher's name. */
  function rename(book: FakeBook): void {
    const roster = book.sheet('教师名册')!;
    const header = roster.cells.findIndex((row) => row?.some((c) => c?.value === '姓名'));
    const column = roster.cells[header]!.findIndex((c) => c?.value === '姓名');
    const cell = roster.cells[header + 1]![column]!;
    cell.value = `${String(cell.value)}甲`;
  }

  function all(book: FakeBook): Record<string, (string | number | boolean)[][] | null> {
    return Object.fromEntries(OUTPUTS.map((n) => [n, book.sheet(n) ? book.values(n) : null]));
  }

  it.each([
    ['a first run', false],
    ['a re-run over changed data', true],
  ])('in %s, failing at the first, a quarter, the middle, three quarters and the last operation of every sync', async (_, rerun) => {
    const setUp = async (): Promise<FakeBook> => {
      const book = sampleBook();
      if (rerun) await score(book);
      rename(book);
      return book;
    };
    const clean = await setUp();
    const before = all(clean);
    const [firstSync, firstOp] = [clean.syncOps.length, clean.opsRun];
    await score(clean);
    const after = all(clean);
    expect(after['考核结果']).not.toEqual(before['考核结果']);

    // Operation numbers (relative to the run) of the first, quarter, middle, three-quarter and last operation of each sync.
    const points: number[] = [];
    let done = firstOp - clean.opsRun + clean.syncOps.slice(firstSync).reduce((a, b) => a + b, 0);
    expect(done).toBe(0);
    for (const ops of clean.syncOps.slice(firstSync)) {
      if (ops > 0) points.push(...new Set([1, 0.25, 0.5, 0.75, 1].map((f, i) => done + (i === 0 ? 1 : Math.ceil(ops * f)))));
      done += ops;
    }
    expect(clean.syncOps.length - firstSync).toBeGreaterThan(3);

    for (const at of points) {
      const book = await setUp();
      book.failAtOp = book.opsRun + at;
      // A failure in the closing batch (panes, the sheet shown) is cosmetic and not reported.
      await run(use(book), { now: NOW }).catch(() => null);
      book.failAtOp = null;
      for (const name of OUTPUTS) {
        const got = book.sheet(name) ? book.values(name) : null;
        const state =
          JSON.stringify(got) === JSON.stringify(before[name]) ? 'previous'
          : JSON.stringify(got) === JSON.stringify(after[name]) ? 'new'
          : got?.[0]?.[0] === UNFINISHED_BANNER ? 'marked'
          : got !== null && got.length === 0 && before[name] === null ? 'new and empty'
          : 'mixture';
        expect(state, `${name}, failing at operation ${at}`).not.toBe('mixture');
      }
      await score(book);
      expect(all(book), `failing at operation ${at}, then run again`).toEqual(after);
    }
  }, 300_000);
});

describe('selectCell', () => {
  it('says the sheet is hidden instead of failing to activate it', async () => {
    const book = sampleBook();
    book.sheet('签到表')!.visibility = 'Hidden';
    await expect(use(book).selectCell('签到表', 3, 2)).rejects.toMatchObject({ code: 'SheetHidden', sheets: ['签到表'] });
  });
});

