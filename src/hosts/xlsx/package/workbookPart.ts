/**
 * `xl/workbook.xml`: the sheet list and the defined names. Read with a real parse (any prefix, strict
 * or transitional); written by splicing new `<sheets>` and `<definedNames>` into the original text so
 * everything else in the part (calcPr, pivot caches, extensions) stays as the school's Excel wrote it.
 */
import { escapeAttr } from './xmlText.js';
import { applySplices, attrNs, childNamed, childrenNamed, parseXml, prefixFor, type Splice, type XmlElement } from './xmlTree.js';
import { conformanceOf, relationshipsNs, type Conformance } from './ooxmlNames.js';

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The original element, or null for a sheet we add. */
  source: XmlElement | null;
}

export interface DefinedName {
  name: string;
  /** The sheet the name is local to (by sheet name), or null for workbook scope. */
  sheet: string | null;
  hidden: boolean;
  value: string;
  source: XmlElement | null;
}

export interface WorkbookIndex {
  xml: string;
  root: XmlElement;
  conformance: Conformance;
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  date1904: boolean;
}

export function parseWorkbook(xml: string): WorkbookIndex {
  const root = parseXml(xml);
  const conformance = conformanceOf(root.ns);
  const relNs = relationshipsNs(conformance);
  const sheetsElement = childNamed(root, 'sheets');
  const sheets: SheetEntry[] = (sheetsElement ? childrenNamed(sheetsElement, 'sheet') : []).map((s) => ({
    name: s.attrs['name'] ?? '',
    sheetId: Number(s.attrs['sheetId'] ?? 0),
    relId: attrNs(s, relNs, 'id') ?? '',
    state: s.attrs['state'] === 'hidden' || s.attrs['state'] === 'veryHidden' ? s.attrs['state'] : 'visible',
    source: s,
  }));
  const namesElement = childNamed(root, 'definedNames');
  const definedNames: DefinedName[] = (namesElement ? childrenNamed(namesElement, 'definedName') : []).map((d) => {
    const local = d.attrs['localSheetId'];
    return {
      name: d.attrs['name'] ?? '',
      sheet: local === undefined ? null : (sheets[Number(local)]?.name ?? null),
      hidden: d.attrs['hidden'] === '1' || d.attrs['hidden'] === 'true',
      value: d.text,
      source: d,
    };
  });
  const pr = childNamed(root, 'workbookPr');
  const date1904 = pr?.attrs['date1904'] === '1' || pr?.attrs['date1904'] === 'true';
  return { xml, root, conformance, sheets, definedNames, date1904 };
}

/**
 * The workbook XML with `sheets` (in this order) and `names` replacing the originals. Original
 * elements are copied as written; only a kept name's localSheetId is renumbered (it is a sheet index).
 */
export function renderWorkbook(index: WorkbookIndex, sheets: SheetEntry[], names: DefinedName[]): string {
  const { root, xml } = index;
  const p = root.prefix ? `${root.prefix}:` : '';
  const relNs = relationshipsNs(index.conformance);
  const relPrefix = prefixFor(root, relNs);
  const rAttr = relPrefix ? `${relPrefix}:id` : 'r:id';
  const rDecl = relPrefix ? '' : ` xmlns:r="${relNs}"`;
  const splices: Splice[] = [];

  const sheetXml = sheets
    .map((s) => (s.source ? xml.slice(s.source.start, s.source.end) : `<${p}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}"${s.state === 'visible' ? '' : ` state="${s.state}"`} ${rAttr}="${escapeAttr(s.relId)}"${rDecl}/>`))
    .join('');
  const sheetsElement = childNamed(root, 'sheets');
  if (!sheetsElement) throw new Error('workbook.xml has no <sheets> element');
  splices.push(replaceContent(xml, sheetsElement, `sheets`, p, sheetXml));

  const position = new Map(sheets.map((s, i) => [s.name.toLowerCase(), i]));
  const nameXml = names
    .filter((n) => n.sheet === null || position.has(n.sheet.toLowerCase()))
    .map((n) => renderName(xml, n, n.sheet === null ? undefined : position.get(n.sheet.toLowerCase()), p))
    .join('');
  const namesElement = childNamed(root, 'definedNames');
  if (namesElement) {
    splices.push(nameXml ? replaceContent(xml, namesElement, 'definedNames', p, nameXml) : { from: namesElement.start, to: namesElement.end, text: '' });
  } else if (nameXml) {
    // CT_Workbook order: sheets, functionGroups, externalReferences, definedNames.
    const after = childNamed(root, 'externalReferences') ?? childNamed(root, 'functionGroups') ?? sheetsElement;
    splices.push({ from: after.end, to: after.end, text: `<${p}definedNames>${nameXml}</${p}definedNames>` });
  }

  for (const view of childNamed(root, 'bookViews')?.children ?? []) {
    splices.push(...fixViewIndexes(xml, view, index.sheets, position));
  }
  return applySplices(xml, splices);
}

function replaceContent(xml: string, element: XmlElement, local: string, p: string, inner: string): Splice {
  const open = element.selfClosing ? xml.slice(element.start, element.end - 2).trimEnd() + '>' : xml.slice(element.start, element.openEnd);
  return { from: element.start, to: element.end, text: `${open}${inner}</${element.selfClosing ? `${p}${local}` : element.qname}>` };
}

function renderName(xml: string, n: DefinedName, localSheetId: number | undefined, p: string): string {
  if (n.source) {
    const text = xml.slice(n.source.start, n.source.end);
    if (localSheetId === undefined) return text;
    return text.replace(/(\slocalSheetId\s*=\s*)(["'])\d+\2/, `$1"${localSheetId}"`);
  }
  const local = localSheetId === undefined ? '' : ` localSheetId="${localSheetId}"`;
  return `<${p}definedName name="${escapeAttr(n.name)}"${local}${n.hidden ? ' hidden="1"' : ''}>${escapeAttr(n.value)}</${p}definedName>`;
}

/** activeTab / firstSheet are sheet indexes: follow the sheet they pointed at, or fall back to 0. */
function fixViewIndexes(xml: string, view: XmlElement, before: SheetEntry[], position: Map<string, number>): Splice[] {
  const splices: Splice[] = [];
  const tag = xml.slice(view.start, view.openEnd);
  let fixed = tag;
  for (const attr of ['activeTab', 'firstSheet']) {
    const old = view.attrs[attr];
    if (old === undefined) continue;
    const name = before[Number(old)]?.name.toLowerCase();
    const now = (name === undefined ? undefined : position.get(name)) ?? 0;
    fixed = fixed.replace(new RegExp(`(\\s${attr}\\s*=\\s*)(["'])\\d+\\2`), `$1"${now}"`);
  }
  if (fixed !== tag) splices.push({ from: view.start, to: view.openEnd, text: fixed });
  return splices;
}
