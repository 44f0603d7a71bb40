/**
 * Looks inside an .xlsx package the way a suspicious reviewer would: which zip part holds which sheet,
 * and the raw bytes of those parts. Independent of src/hosts/xlsx on purpose (regex over the two
 * index parts), so a bug there cannot hide itself.
 */
import JSZip from 'jszip';

const decode = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1] === undefined ? undefined : decode(m[1]);
}

export class PackageParts {
  private constructor(
    readonly zip: JSZip,
    /** Sheet name → worksheet part path (e.g. 'xl/worksheets/sheet2.xml'), in tab order. */
    readonly sheets: Map<string, string>,
  ) {}

  static async load(bytes: Uint8Array): Promise<PackageParts> {
    const zip = await JSZip.loadAsync(bytes);
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    const targets = new Map<string, string>();
    for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (id === undefined || target === undefined) continue;
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
    const sheets = new Map<string, string>();
    for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
      const name = attr(tag, 'name');
      const id = attr(tag, 'r:id') ?? /\s\w+:id="([^"]*)"/.exec(tag)?.[1];
      const target = id === undefined ? undefined : targets.get(id);
      if (name !== undefined && target !== undefined) sheets.set(name, target);
    }
    return new PackageParts(zip, sheets);
  }

  /** The raw (inflated) bytes of a sheet's worksheet part. */
  async sheetBytes(name: string): Promise<Uint8Array> {
    const path = this.sheets.get(name);
    const file = path === undefined ? null : this.zip.file(path);
    if (!file) throw new Error(`no part for sheet ${name}`);
    return file.async('uint8array');
  }

  async sheetXml(name: string): Promise<string> {
    return new TextDecoder().decode(await this.sheetBytes(name));
  }
}
