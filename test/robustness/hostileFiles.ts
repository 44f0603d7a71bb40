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
