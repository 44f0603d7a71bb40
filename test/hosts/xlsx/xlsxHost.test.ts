import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost.js';
import { OpcPackage } from '../../../src/hosts/xlsx/package/opcPackage.js';
import { excelJsTables } from './excelJsTable.js';
import { CHARTS, RECORD, RESULTS } from './sampleOutputs.js';
import { packageProblems, partBytes } from './structure.js';

const FIXTURE = new URL('../../fixtures/school-features.xlsx', import.meta.url);
// The parts an edit may rewrite; every other part of the school's file must come through unchanged.
const INDEX_PARTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml'];

async function fixture(): Promise<Uint8Array> {
  return new Uint8Array(await readFile(FIXTURE));
}

async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function written(bytes: Uint8Array, outputs = [RESULTS, CHARTS, RECORD]) {
  const host = await XlsxHost.open(bytes);
  const report = await host.writeOutputs(outputs);
  return { host, report, saved: await host.save() };
}

describe('XlsxHost.writeOutputs on a school workbook', () => {
  it('keeps every original part byte for byte; only index parts change', async () => {
    const original = await fixture();
    const { saved } = await written(original);
    const before = await partBytes(original);
    const after = await partBytes(saved);
    for (const [name, bytes] of before) {
      expect(after.has(name), name).toBe(true);
      if (!INDEX_PARTS.includes(name)) expect(Buffer.from(after.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
    }
    expect(await packageProblems(saved)).toEqual([]);
  });

  it('appends the outputs after the input sheets and reads them back with ExcelJS', async () => {
    const { saved, report } = await written(await fixture());
    expect(report.written).toEqual({ 考核结果: '考核结果', 图表: '图表', 计算记录: '计算记录' });
    const wb = await loadExcelJs(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['教师名册', '签到表', '隐藏', '保护', '考核结果', '图表', '计算记录']);
    const results = wb.getWorksheet('考核结果')!;
    expect(results.getCell('C2').value).toBe('张三');
    expect(results.getCell('D2').value).toBe(91.75);
    expect(results.getCell('D2').numFmt).toBe('0.00');
    expect(results.getCell('A1').font?.bold).toBe(true);
    expect(results.getCell('E2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } });
    expect(results.getCell('A1').border?.left?.style).toBe('thin');
    expect(results.getColumn(6).width).toBe(30);
    expect(results.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(results.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(wb.getWorksheet('计算记录')!.getCell('B3').value).toBe('line1\nline2 & <tag> "q" ');
    expect(wb.getWorksheet('图表')!.getCell('A4').isMerged).toBe(true);
  });

  it.each([['F2', '=1+1'], ['F3', '-3 与 +4 @某人']])('writes %s as text, never a formula (SPEC §7)', async (ref, text) => {
    const { saved } = await written(await fixture());
    const cell = (await loadExcelJs(saved)).getWorksheet('考核结果')!.getCell(ref);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(text);
  });

  it('adds the table, drawing and chart parts with their relationships', async () => {
    const { saved } = await written(await fixture());
    const parts = await partBytes(saved);
    const text = (name: string) => Buffer.from(parts.get(name)!).toString('utf8');
    const table = [...parts.keys()].find((p) => p.startsWith('xl/tables/'))!;
    expect(text(table)).toContain('<autoFilter ref="A1:F3"/>');
    expect(text(table)).toContain('<tableColumn id="6" name="说明"/>');
    expect([...parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
    expect(text('xl/workbook.xml')).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="4">'考核结果'!\$1:\$1<\/definedName>/);
    expect(text('xl/workbook.xml')).toContain('<definedName name="_YanxiuOutputs" hidden="1">&quot;考核结果|图表|计算记录&quot;</definedName>');
    expect(text('docProps/app.xml')).toContain('<vt:i4>7</vt:i4>');
  });

  it('gives the same parts when run twice (our sheets are replaced, not duplicated)', async () => {
    const once = await written(await fixture());
    const twice = await written(once.saved);
    const a = await partBytes(once.saved);
    const b = await partBytes(twice.saved);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(Buffer.from(b.get(name)!).toString('utf8'), name).toBe(Buffer.from(bytes).toString('utf8'));
  });

  it('never touches a user sheet that has an output name: the output goes to 考核结果(1)', async () => {
    const host = await XlsxHost.open(await fixture());
    await host.insertSheets([{ name: '考核结果', cells: [['学校自己的表']] }]);
    const first = await host.writeOutputs([RESULTS]);
    expect(first.written).toEqual({ 考核结果: '考核结果(1)' });
    const second = await host.writeOutputs([RESULTS]);
    expect(second.written).toEqual({ 考核结果: '考核结果(1)' });
    expect((await host.listSheets()).map((s) => s.name)).toEqual(['教师名册', '签到表', '隐藏', '保护', '考核结果', '考核结果(1)']);
    expect((await host.readSheet('考核结果')).rows).toEqual([['学校自己的表']]);
    expect((await host.readSheet('考核结果(1)')).rows[1]).toEqual(['语文组', 1, '张三', 91.75, '优秀', '=1+1']);
    expect(await packageProblems(await host.save())).toEqual([]);
  });

  it('gives a table over a header alone one body row (Excel repairs a table without one)', async () => {
    const host = await XlsxHost.open(await fixture());
    await host.writeOutputs([{ ...RESULTS, cells: [RESULTS.cells[0]!], formats: [], table: { name: '结果', range: { top: 0, left: 0, bottom: 0, right: 5 }, style: 'TableStyleMedium2' } }]);
    const parts = await partBytes(await host.save());
    const table = Buffer.from([...parts].find(([p]) => p.startsWith('xl/tables/'))![1]).toString('utf8');
    expect(table).toContain('ref="A1:F2"');
  });

  it('keeps our other sheets when only some outputs are rewritten', async () => {
    const host = await XlsxHost.open(await fixture());
    await host.writeOutputs([RESULTS, RECORD]);
    await host.writeOutputs([RESULTS]);
    expect((await host.listSheets()).map((s) => s.name).slice(4)).toEqual(['计算记录', '考核结果']);
  });

  it('removes a 任务完成 or 学分台账 of an earlier run whose rules no longer ask for it (no stale numbers beside new results)', async () => {
    const host = await XlsxHost.open(await fixture());
    const tasks = { name: '任务完成', cells: [['工号', '姓名', '说课稿'], ['T1', '张三', '0/1 缺 1']] };
    const ledger = { name: '学分台账', cells: [['工号', '姓名', '状态'], ['T1', '张三', '落后']] };
    await host.writeOutputs([RESULTS, tasks, ledger]);
    await host.writeOutputs([RESULTS, ledger]);
    expect((await host.listSheets()).map((s) => s.name).slice(4)).toEqual(['考核结果', '学分台账']);
    // A district run writes other sheets: the school's own outputs stay.
    await host.writeOutputs([{ name: '学校汇总', cells: [['学校']] }]);
    expect((await host.listSheets()).map((s) => s.name).slice(4)).toEqual(['考核结果', '学分台账', '学校汇总']);
    expect(await packageProblems(await host.save())).toEqual([]);
  });

  it('never removes a school sheet that has a conditional output name', async () => {
    const host = await XlsxHost.open(await fixture());
    await host.insertSheets([{ name: '任务完成', cells: [['学校自己的任务表']] }]);
    await host.writeOutputs([RESULTS]);
    expect((await host.readSheet('任务完成')).rows).toEqual([['学校自己的任务表']]);
  });
});

describe('XlsxHost.readSheet', () => {
  it('reads the used range with values, dates, rich text, hyperlinks, formulas and errors', async () => {
    const host = await XlsxHost.open(await fixture());
    const roster = await host.readSheet('教师名册');
    expect(roster).toMatchObject({ name: '教师名册', firstRow: 1, firstColumn: 1, hidden: false, protected: false });
    // A row ends at its last value (the Table contract): the title row is one cell long.
    expect(roster.rows[0]).toEqual(['2023学年第一学期 教师名册']);
    expect(roster.rows[2]).toEqual(['T001', '张三', '语文组', new Date(Date.UTC(2015, 8, 1)), 12, '骨干教师', 24]);
    expect(roster.rows[3]).toEqual(['T002', '李四', '数学组', new Date(Date.UTC(2018, 1, 15)), 14.5, '学校主页', '#N/A']);
    expect(roster.rows[4]?.[6]).toBe('=1+1');
    expect(await host.readSheet('隐藏')).toMatchObject({ hidden: true, rows: [['隐藏的数据', 1]] });
    expect(await host.readSheet('保护')).toMatchObject({ protected: true });
  });

  it('gives the same Tables as ExcelJS reading the whole workbook', async () => {
    const { saved } = await written(await fixture());
    const host = await XlsxHost.open(saved);
    for (const expected of await excelJsTables(saved)) {
      const { protected: _p, ...ours } = await host.readSheet(expected.name);
      expect(ours, expected.name).toEqual(expected);
    }
  });

  it('lists sheets in tab order with their hidden flag', async () => {
    const host = await XlsxHost.open(await fixture());
    expect(await host.listSheets()).toEqual([
      { name: '教师名册', hidden: false },
      { name: '签到表', hidden: false },
      { name: '隐藏', hidden: true },
      { name: '保护', hidden: false },
    ]);
  });
});

describe('XlsxHost.create and insertSheets', () => {
  it('builds a valid workbook from nothing, with dropdowns', async () => {
    const host = await XlsxHost.create();
    const template = { name: '签到表', cells: [['日期', '状态']], validations: [{ range: { top: 1, left: 1, bottom: 200, right: 1 }, values: ['出席', '请假', '缺席'] }] };
    expect(await host.insertSheets([template, { name: '教师名册', cells: [['姓名', '教研组']] }])).toEqual({ inserted: ['签到表', '教师名册'], skipped: [] });
    expect(await host.insertSheets([{ name: '签到表', cells: [] }])).toEqual({ inserted: [], skipped: ['签到表'] });
    const saved = await host.save();
    expect(await packageProblems(saved)).toEqual([]);
    const ws = (await loadExcelJs(saved)).getWorksheet('签到表')!;
    expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"出席,请假,缺席"'] });
  });

  it('puts a long dropdown list in a hidden column (Excel caps a literal list at 255 characters)', async () => {
    const host = await XlsxHost.create();
    const values = Array.from({ length: 60 }, (_, i) => `教研组${i + 1}`);
    await host.insertSheets([{ name: '名册', cells: [['教研组']], validations: [{ range: { top: 1, left: 0, bottom: 50, right: 0 }, values }] }]);
    const ws = (await loadExcelJs(await host.save())).getWorksheet('名册')!;
    expect(ws.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ['$C$1:$C$60'] });
    expect(ws.getColumn(3).hidden).toBe(true);
    expect(ws.getCell('C60').value).toBe('教研组60');
  });

  it('inserts input sheets before our outputs', async () => {
    const host = await XlsxHost.open(await fixture());
    await host.writeOutputs([RESULTS]);
    await host.insertSheets([{ name: '听课记录', cells: [['听课人']] }]);
    expect((await host.listSheets()).map((s) => s.name).slice(-2)).toEqual(['听课记录', '考核结果']);
  });

  it('saves an empty new workbook with one blank sheet', async () => {
    const saved = await (await XlsxHost.create()).save();
    expect(await packageProblems(saved)).toEqual([]);
    expect((await loadExcelJs(saved)).worksheets.map((w) => w.name)).toEqual(['Sheet1']);
  });
});

describe('cost bounded by the cells present (SPEC §11, issue 19 items 6–8)', () => {
  it('reads the workbook part and its rels once, whatever the number of sheets', async () => {
    const maker = await XlsxHost.create({ charts: null });
    await maker.insertSheets(Array.from({ length: 200 }, (_, i) => ({ name: `表${i + 1}`, cells: [['姓名'], [`教师${i + 1}`]] })));
    const host = await XlsxHost.open(await maker.save());
    const reads = new Map<string, number>();
    const original = OpcPackage.prototype.text;
    OpcPackage.prototype.text = function (this: OpcPackage, path: string) {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return original.call(this, path);
    };
    try {
      const sheets = await host.listSheets();
      expect(sheets).toHaveLength(200);
      for (const sheet of sheets) expect((await host.readSheet(sheet.name)).rows[1]).toEqual([sheet.name.replace('表', '教师')]);
    } finally {
      OpcPackage.prototype.text = original;
    }
    // Opening read them already: reading 200 sheets reads neither again.
    expect(reads.get('xl/workbook.xml') ?? 0).toBe(0);
    expect(reads.get('xl/_rels/workbook.xml.rels') ?? 0).toBe(0);
    expect(reads.get('xl/styles.xml')).toBe(1);
  });
});
