/**
 * `xl/styles.xml`: the cell formats our output sheets need, APPENDED to the end of the school's
 * fonts / fills / borders / numFmts / cellXfs lists. Existing entries are never renumbered, so every
 * `s="…"` in the school's own sheets keeps meaning what it meant.
 */
import type { CellLook } from '../../../sheets/output.js';
import { escapeAttr } from '../package/xmlText.js';
import { applySplices, childNamed, childrenNamed, parseXml, type Splice, type XmlElement } from '../package/xmlTree.js';

// ECMA-376 Part 1 §18.8.30: built-in number formats that need no <numFmt> entry.
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

const LISTS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const;
type ListName = (typeof LISTS)[number];

export class StyleBook {
  private readonly root: XmlElement;
  private readonly p: string;
  private readonly added: Record<ListName, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly existingCount: Record<ListName, number>;
  /** Source text of each existing entry → its index, so a re-run reuses what the last run appended. */
  private readonly existing: Record<ListName, Map<string, number>>;
  private readonly byKey = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private borderId: number | undefined;
  private nextFormatId: number;
  private readonly baseFont: string;

  constructor(private readonly xml: string) {
    this.root = parseXml(xml);
    this.p = this.root.prefix ? `${this.root.prefix}:` : '';
    const count = (name: ListName) => childNamed(this.root, name)?.children.length ?? 0;
    this.existingCount = { numFmts: count('numFmts'), fonts: count('fonts'), fills: count('fills'), borders: count('borders'), cellXfs: count('cellXfs') };
    const sources = (name: ListName) => new Map((childNamed(this.root, name)?.children ?? []).map((c, i) => [xml.slice(c.start, c.end), i] as const).reverse());
    this.existing = { numFmts: sources('numFmts'), fonts: sources('fonts'), fills: sources('fills'), borders: sources('borders'), cellXfs: sources('cellXfs') };
    const numFmts = childNamed(this.root, 'numFmts');
    let maxId = 163; // custom formats start at 164
    for (const f of numFmts ? childrenNamed(numFmts, 'numFmt') : []) {
      const id = Number(f.attrs['numFmtId']);
      maxId = Math.max(maxId, id);
      if (f.attrs['formatCode'] !== undefined && !this.formatIds.has(f.attrs['formatCode'])) this.formatIds.set(f.attrs['formatCode'], id);
    }
    this.nextFormatId = maxId + 1;
    this.baseFont = this.baseFontChildren();
  }

  /** The cellXfs index for a look (0 for the plain default), adding entries as needed. */
  xfFor(look: CellLook): number {
    const key = JSON.stringify([look.numberFormat, look.fill, look.fontColor, look.bold, look.wrap, look.horizontal, look.border]);
    if (!look.numberFormat && !look.fill && !look.fontColor && !look.bold && !look.wrap && !look.horizontal && !look.border) return 0;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const numFmtId = look.numberFormat === undefined ? 0 : this.numFmtId(look.numberFormat);
    const fontId = look.bold || look.fontColor ? this.fontId(look.bold ?? false, look.fontColor) : 0;
    const fillId = look.fill ? this.fillId(look.fill) : 0;
    const borderId = look.border ? this.thinBorderId() : 0;
    const alignment = look.wrap || look.horizontal
      ? `<${this.p}alignment${look.horizontal ? ` horizontal="${look.horizontal}"` : ''} vertical="center"${look.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    const flags = [
      numFmtId ? ' applyNumberFormat="1"' : '',
      fontId ? ' applyFont="1"' : '',
      fillId ? ' applyFill="1"' : '',
      borderId ? ' applyBorder="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
    ].join('');
    const xf = `<${this.p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${flags}${alignment ? `>${alignment}</${this.p}xf>` : '/>'}`;
    const id = this.add('cellXfs', xf);
    this.byKey.set(key, id);
    return id;
  }

  /** styles.xml with the added entries at the end of each list and the counts updated. */
  render(): string {
    const splices: Splice[] = [];
    for (const name of LISTS) {
      const items = this.added[name];
      if (items.length === 0) continue;
      const element = childNamed(this.root, name);
      const total = this.existingCount[name] + items.length;
      if (!element) {
        if (name !== 'numFmts') throw new Error(`styles.xml has no <${name}> list`);
        // CT_Stylesheet order: numFmts comes first.
        splices.push({ from: this.root.openEnd, to: this.root.openEnd, text: `<${this.p}numFmts count="${total}">${items.join('')}</${this.p}numFmts>` });
        continue;
      }
      const open = this.xml.slice(element.start, element.selfClosing ? element.end - 2 : element.openEnd - 1).trimEnd();
      const counted = /\scount\s*=\s*(["'])\d*\1/.test(open) ? open.replace(/(\scount\s*=\s*)(["'])\d*\2/, `$1"${total}"`) : `${open} count="${total}"`;
      if (element.selfClosing) {
        splices.push({ from: element.start, to: element.end, text: `${counted}>${items.join('')}</${element.qname}>` });
      } else {
        splices.push({ from: element.start, to: element.openEnd, text: `${counted}>` });
        splices.push({ from: element.closeStart, to: element.closeStart, text: items.join('') });
      }
    }
    return applySplices(this.xml, splices);
  }

  get changed(): boolean {
    return LISTS.some((name) => this.added[name].length > 0);
  }

  private add(list: ListName, xml: string): number {
    const found = this.existing[list].get(xml);
    if (found !== undefined) return found;
    this.added[list].push(xml);
    return this.existingCount[list] + this.added[list].length - 1;
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.added.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    this.formatIds.set(code, id);
    return id;
  }

  private fontId(bold: boolean, color: string | undefined): number {
    const key = `${bold}|${color ?? ''}`;
    const known = this.fontIds.get(key);
    if (known !== undefined) return known;
    const colorXml = color ? `<${this.p}color rgb="FF${color.toUpperCase()}"/>` : '';
    const id = this.add('fonts', `<${this.p}font>${bold ? `<${this.p}b/>` : ''}${colorXml}${this.baseFont}</${this.p}font>`);
    this.fontIds.set(key, id);
    return id;
  }

  private fillId(color: string): number {
    const known = this.fillIds.get(color);
    if (known !== undefined) return known;
    const rgb = `FF${color.toUpperCase()}`;
    const id = this.add('fills', `<${this.p}fill><${this.p}patternFill patternType="solid"><${this.p}fgColor rgb="${rgb}"/><${this.p}bgColor indexed="64"/></${this.p}patternFill></${this.p}fill>`);
    this.fillIds.set(color, id);
    return id;
  }

  private thinBorderId(): number {
    if (this.borderId === undefined) {
      const side = (s: string) => `<${this.p}${s} style="thin"><${this.p}color indexed="64"/></${this.p}${s}>`;
      this.borderId = this.add('borders', `<${this.p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${this.p}diagonal/></${this.p}border>`);
    }
    return this.borderId;
  }

  /** Size, name, family, charset and scheme of the workbook's default font, so our text matches it. */
  private baseFontChildren(): string {
    const first = childNamed(this.root, 'fonts')?.children[0];
    const keep = new Set(['sz', 'name', 'family', 'charset', 'scheme']);
    const parts = (first?.children ?? []).filter((c) => keep.has(c.local)).map((c) => this.xml.slice(c.start, c.end));
    return parts.length > 0 ? parts.join('') : `<${this.p}sz val="11"/><${this.p}name val="等线"/>`;
  }
}
