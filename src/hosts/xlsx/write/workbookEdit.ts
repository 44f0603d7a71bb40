/**
 * One editing session on the package: remove our old sheets, add new ones as parts we generate,
 * then write the index parts (workbook.xml, its rels, styles.xml, app.xml, content types). Every
 * other part of the school's file is left byte for byte — ExcelJS would drop charts, drawings and
 * pivots if it re-saved the workbook (exceljs issues #141, #1173, #1734).
 */
import type { OutputSheet, StreamedSheet } from '../../../sheets/output.js';
import type { ChartRenderer } from '../charts/chartParts.js';
import { CONTENT_TYPE, isRelType, mainNs, relationshipsNs, relType } from '../package/ooxmlNames.js';
import type { OpcPackage } from '../package/opcPackage.js';
import { removeUnreachable } from '../package/partRemoval.js';
import { prepareSheet } from './preparedSheet.js';
import { nextRelId, relativeTarget, resolveTarget, type Relationship } from '../package/relationships.js';
import { quotedSheetRef } from './sheetNames.js';
import { StyleBook } from './stylesPart.js';
import { freeTableName, tableXml } from './tableXml.js';
import { parseWorkbook, renderWorkbook, type DefinedName, type SheetEntry, type WorkbookIndex } from '../package/workbookPart.js';
import { worksheetChunks } from './worksheetXml.js';
import { updateSheetTitles } from '../package/appProperties.js';
import { childrenNamed, parseXml } from '../package/xmlTree.js';
import { BLANK_STYLES } from '../package/blankPackage.js';

const APP_PROPERTIES = 'docProps/app.xml';

export class WorkbookEdit {
  sheets: SheetEntry[];
  names: DefinedName[];
  private tableNames: Set<string> | undefined;
  private nextTableId = 1;

  private constructor(
    private readonly pkg: OpcPackage,
    private readonly workbookPath: string,
    private readonly index: WorkbookIndex,
    private readonly workbookRels: Relationship[],
    private readonly stylesPath: string,
    private readonly styles: StyleBook,
  ) {
    this.sheets = [...index.sheets];
    this.names = [...index.definedNames];
  }

  static async begin(pkg: OpcPackage): Promise<WorkbookEdit> {
    const workbookPath = await workbookPartOf(pkg);
    const index = parseWorkbook(await pkg.text(workbookPath));
    const rels = await pkg.rels(workbookPath);
    let stylesRel = rels.find((r) => isRelType(r.type, 'styles'));
    if (!stylesRel) {
      // A minimal package may have no styles part; cellXfs indexes need one.
      stylesRel = { id: nextRelId(rels), type: relType(index.conformance, 'styles'), target: 'styles.xml', external: false };
      rels.push(stylesRel);
      pkg.setText(resolveTarget(workbookPath, 'styles.xml'), BLANK_STYLES);
      pkg.contentTypes.setOverride(resolveTarget(workbookPath, 'styles.xml'), CONTENT_TYPE.styles);
    }
    const stylesPath = resolveTarget(workbookPath, stylesRel.target);
    return new WorkbookEdit(pkg, workbookPath, index, rels, stylesPath, new StyleBook(await pkg.text(stylesPath)));
  }

  get date1904(): boolean {
    return this.index.date1904;
  }

  /** Removes sheets and every part only they used; names local to them go too. */
  async removeSheets(names: string[]): Promise<void> {
    const gone = new Set(names.map((n) => n.toLowerCase()));
    const removed = this.sheets.filter((s) => gone.has(s.name.toLowerCase()));
    if (removed.length === 0) return;
    const relIds = new Set(removed.map((s) => s.relId));
    const roots = this.workbookRels.filter((r) => relIds.has(r.id)).map((r) => resolveTarget(this.workbookPath, r.target));
    this.sheets = this.sheets.filter((s) => !gone.has(s.name.toLowerCase()));
    this.names = this.names.filter((n) => n.sheet === null || !gone.has(n.sheet.toLowerCase()));
    this.dropRels((r) => relIds.has(r.id));
    await this.dropStaleCalcChain(new Set(removed.map((s) => s.sheetId)));
    this.pkg.setRels(this.workbookPath, this.workbookRels);
    await removeUnreachable(this.pkg, roots);
  }

  /** Adds `sheet` as a new worksheet part named `name`, at `position` in the tab order. */
  async addSheet(sheet: OutputSheet | StreamedSheet, name: string, position: number, charts: ChartRenderer | null): Promise<void> {
    const conformance = this.index.conformance;
    const sheetPath = this.pkg.freePartName('xl/worksheets/sheet', '.xml');
    const relId = nextRelId(this.workbookRels);
    this.workbookRels.push({ id: relId, type: relType(conformance, 'worksheet'), target: relativeTarget(this.workbookPath, sheetPath), external: false });
    // Ids of removed sheets may be reused: so a re-run gives the same workbook, not ever-growing ids.
    const sheetId = this.sheets.reduce((max, s) => Math.max(max, s.sheetId), 0) + 1;
    const prepared = prepareSheet(sheet);
    const sheetRels: Relationship[] = [];
    const link = (kind: 'table' | 'drawing', target: string): string => {
      const id = nextRelId(sheetRels);
      sheetRels.push({ id, type: relType(conformance, kind), target: relativeTarget(sheetPath, target), external: false });
      return id;
    };

    const tableRelIds: string[] = [];
    if (sheet.table) {
      const taken = await this.takenTableNames();
      const tablePath = this.pkg.freePartName('xl/tables/table', '.xml');
      const tableName = freeTableName(sheet.table.name, taken);
      taken.add(tableName.toLowerCase());
      // A table needs a body row: one over a header alone (no teachers yet) is repaired by Excel.
      const range = { ...sheet.table.range, bottom: Math.max(sheet.table.range.bottom, sheet.table.range.top + 1) };
      const spec = { id: this.nextTableId++, name: tableName, range, columns: prepared.tableColumns, style: sheet.table.style, mainNs: mainNs(conformance) };
      this.pkg.setText(tablePath, tableXml(spec));
      this.pkg.contentTypes.setOverride(tablePath, CONTENT_TYPE.table);
      tableRelIds.push(link('table', tablePath));
    }

    let drawingRelId: string | undefined;
    const chartCells = prepared.cells;
    if (sheet.charts?.length && charts) {
      // prepareSheet lays a sheet with charts out whole: its charts are drawn from its cells.
      if (chartCells === null) throw new Error('A sheet with charts was prepared without its cells');
      const drawingPath = this.pkg.freePartName('xl/drawings/drawing', '.xml');
      const drawingRels: Relationship[] = [];
      const anchors = sheet.charts.map((spec) => {
        const chartPath = this.pkg.freePartName('xl/charts/chart', '.xml');
        this.pkg.setText(chartPath, charts.chartXml(spec, name, chartCells));
        this.pkg.contentTypes.setOverride(chartPath, CONTENT_TYPE.chart);
        const id = nextRelId(drawingRels);
        drawingRels.push({ id, type: relType(conformance, 'chart'), target: relativeTarget(drawingPath, chartPath), external: false });
        return { spec, relId: id };
      });
      this.pkg.setText(drawingPath, charts.drawingXml(anchors));
      this.pkg.setRels(drawingPath, drawingRels);
      this.pkg.contentTypes.setOverride(drawingPath, CONTENT_TYPE.drawing);
      drawingRelId = link('drawing', drawingPath);
    }

    const refs = { mainNs: mainNs(conformance), relNs: relationshipsNs(conformance), xfFor: this.styles.xfFor.bind(this.styles), tableRelIds };
    // Deflated as its rows are made (docs/performance.md, "The writer"); awaited, for the rows ask the
    // style book for their styles and styles.xml is rendered only once every sheet is written.
    await this.pkg.setPartChunks(sheetPath, worksheetChunks(prepared, drawingRelId ? { ...refs, drawingRelId } : refs));
    this.pkg.setRels(sheetPath, sheetRels);
    this.pkg.contentTypes.setOverride(sheetPath, CONTENT_TYPE.worksheet);

    const titleRows = sheet.print?.titleRows;
    if (titleRows) {
      this.names.push({ name: '_xlnm.Print_Titles', sheet: name, hidden: false, value: `${quotedSheetRef(name)}$${titleRows[0] + 1}:$${titleRows[1] + 1}`, source: null });
    }
    this.sheets.splice(position, 0, { name, sheetId, relId, state: 'visible', source: null });
  }

  /** Writes the index parts. */
  async commit(): Promise<void> {
    this.pkg.setText(this.workbookPath, renderWorkbook(this.index, this.sheets, this.names));
    this.pkg.setRels(this.workbookPath, this.workbookRels);
    if (this.styles.changed) this.pkg.setText(this.stylesPath, this.styles.render());
    const app = await this.pkg.textIfPresent(APP_PROPERTIES);
    const updated = app === undefined ? undefined : updateSheetTitles(app, this.index.sheets.map((s) => s.name), this.sheets.map((s) => s.name));
    if (updated !== undefined && updated !== app) this.pkg.setText(APP_PROPERTIES, updated);
  }

  private dropRels(test: (r: Relationship) => boolean): void {
    for (let i = this.workbookRels.length - 1; i >= 0; i--) if (test(this.workbookRels[i]!)) this.workbookRels.splice(i, 1);
  }

  /** calcChain lists formula cells by sheetId; entries for a removed sheet make Excel repair the file. */
  private async dropStaleCalcChain(sheetIds: Set<number>): Promise<void> {
    const rel = this.workbookRels.find((r) => isRelType(r.type, 'calcChain'));
    if (!rel) return;
    const path = resolveTarget(this.workbookPath, rel.target);
    const xml = await this.pkg.textIfPresent(path);
    if (xml === undefined || !childrenNamed(parseXml(xml), 'c').some((c) => sheetIds.has(Number(c.attrs['i'])))) return;
    // Excel rebuilds a missing calcChain on its own.
    this.dropRels((r) => r === rel);
    this.pkg.remove(path);
    this.pkg.contentTypes.removeOverride(path);
  }

  /** Table names share one namespace with defined names, workbook-wide. */
  private async takenTableNames(): Promise<Set<string>> {
    if (this.tableNames) return this.tableNames;
    const taken = new Set(this.names.map((n) => n.name.toLowerCase()));
    let maxId = 0;
    for (const part of this.pkg.paths()) {
      if (this.pkg.contentTypes.typeOf(part) !== CONTENT_TYPE.table) continue;
      const root = parseXml(await this.pkg.text(part));
      maxId = Math.max(maxId, Number(root.attrs['id'] ?? 0));
      for (const key of ['name', 'displayName']) if (root.attrs[key]) taken.add(root.attrs[key].toLowerCase());
    }
    this.nextTableId = maxId + 1;
    this.tableNames = taken;
    return taken;
  }
}

async function workbookPartOf(pkg: OpcPackage): Promise<string> {
  const office = (await pkg.rels('')).find((r) => isRelType(r.type, 'officeDocument'));
  return office ? resolveTarget('', office.target) : 'xl/workbook.xml';
}
