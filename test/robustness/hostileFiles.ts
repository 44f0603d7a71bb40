/**
 * Crafted hostile packages for issue 11, built from one small scorable school workbook: each helper
 * changes one thing a careless or malicious file could do. Zip-level tricks JSZip will not write
 * (a repeated entry, a `../` name) are made by patching names of equal length in the zip's bytes.
 */
import JSZip from 'jszip';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import type { OutputCell } from '../../src/sheets/output.js';

export const TEACHERS = 30;

/** A school of TEACHERS teachers and a few sign-in rows: scores with exit 0. */
export async function schoolWorkbook(extraSignin: OutputCell[][] = []): Promise<Uint8Array> {
  const roster: OutputCell[][] = [['工号', '姓名', '教研组']];
  for (let t = 1; t <= TEACHERS; t++) roster.push([`T${String(t).padStart(3, '0')}`, `教师${t}`, `第${t % 3}组`]);
  const signin: OutputCell[][] = [['日期', '活动', '类型', '工号', '姓名', '状态', '学时', '参加对象']];
  for (let s = 0; s < 4; s++) {
    const day = new Date(Date.UTC(2023, 8, 4 + 7 * s)).toISOString().slice(0, 10);
    for (let t = 1; t <= TEACHERS; t++) signin.push([day, `研训${s + 1}`, '校本研训', `T${String(t).padStart(3, '0')}`, `教师${t}`, t % 7 === 0 ? '缺勤' : '出勤', 2, null]);
  }
  signin.push(...extraSignin);
  const host = await XlsxHost.create({ charts: null });
  await host.insertSheets([{ name: '教师名册', cells: roster }, { name: '签到表', cells: signin }]);
  return host.save();
}

export async function zipOf(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

export async function bytesOf(zip: JSZip, level = 6): Promise<Uint8Array> {
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level } });
}

/** The worksheet part of a sheet, by name (via workbook.xml and its rels, read plainly). */
export async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no part for sheet ${name}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Edits one part's text. */
export async function editPart(bytes: Uint8Array, path: string | ((zip: JSZip) => Promise<string>), edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await zipOf(bytes);
  const part = typeof path === 'string' ? path : await path(zip);
  const xml = (await zip.file(part)?.async('string')) ?? '';
  zip.file(part, edit(xml));
  return bytesOf(zip);
}

/** Replaces every occurrence of `from` by `to` (same length) in the zip's bytes: names in headers. */
export function patchBytes(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const a = new TextEncoder().encode(from);
  const b = new TextEncoder().encode(to);
  if (a.length !== b.length) throw new Error('patch must keep the length');
  const out = bytes.slice();
  let hits = 0;
  for (let i = 0; i + a.length <= out.length; i++) {
    let k = 0;
    while (k < a.length && out[i + k] === a[k]) k++;
    if (k === a.length) {
      out.set(b, i);
      hits++;
    }
  }
  if (hits === 0) throw new Error(`${from} not found`);
  return out;
}

/** A package with the part `path` stored twice (two zip entries of one name). */
export async function duplicatedPart(bytes: Uint8Array, path: string): Promise<Uint8Array> {
  const zip = await zipOf(bytes);
  const twin = `${path.slice(0, -1)}#`;
  zip.file(twin, (await zip.file(path)?.async('uint8array')) ?? new Uint8Array(0));
  return patchBytes(await bytesOf(zip), twin, path);
}

/** Where one zip entry lives in the package's bytes (from its central directory record). */
export interface EntryLayout {
  name: string;
  /** Offset of its central directory record and of its local header. */
  central: number;
  local: number;
  /** Offset and length of its compressed data. */
  dataStart: number;
  compressedSize: number;
}

/** Every entry of a package, read from the central directory as an unzip tool does. */
export function entryLayouts(bytes: Uint8Array): EntryLayout[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: EntryLayout[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.push({ name, central: at, local, dataStart, compressedSize: view.getUint32(at + 20, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** A copy of the package whose entry `name` declares other fields (in both of its headers). */
export function withDeclared(bytes: Uint8Array, name: string, change: { crc32?: (crc: number) => number; uncompressedSize?: (size: number) => number }): Uint8Array {
  const entry = entryLayouts(bytes).find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  // Central record: CRC at +16, uncompressed size at +24; local header: +14 and +22.
  for (const [crcAt, sizeAt] of [[entry.central + 16, entry.central + 24], [entry.local + 14, entry.local + 22]] as const) {
    if (change.crc32) view.setUint32(crcAt, change.crc32(view.getUint32(crcAt, true)) >>> 0, true);
    if (change.uncompressedSize) view.setUint32(sizeAt, change.uncompressedSize(view.getUint32(sizeAt, true)) >>> 0, true);
  }
  return out;
}

/**
 * The school workbook as Excel writes text: every inline string of its sheets moved into one
 * sharedStrings part (`t="s"` cells holding indices), linked from the workbook and typed.
 */
export async function sharedStringsWorkbook(bytes?: Uint8Array): Promise<Uint8Array> {
  const zip = await zipOf(bytes ?? (await schoolWorkbook()));
  const strings: string[] = [];
  const index = new Map<string, number>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const xml = (await zip.file(path)?.async('string')) ?? '';
    zip.file(path, xml.replace(/<c r="([A-Z]+\d+)" t="inlineStr"><is><t xml:space="preserve">([^<]*)<\/t><\/is><\/c>/g, (_, ref: string, text: string) => {
      if (!index.has(text)) index.set(text, strings.push(text) - 1);
      return `<c r="${ref}" t="s"><v>${index.get(text)}</v></c>`;
    }));
  }
  const items = strings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('');
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`);
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'));
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'));
  return bytesOf(zip);
}
