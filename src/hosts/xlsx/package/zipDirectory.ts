/**
 * The entries of a zip, read from its central directory: each entry's name, method, declarations and
 * compressed bytes (a view into the file, nothing copied or inflated). JSZip did this before; its
 * reader first walks every byte of the file in JavaScript (~0.3 s for a 20 MB workbook), and we
 * need nothing from it but the directory. Anything malformed is damage (XlsxFileError).
 */
import { XlsxFileError } from './fileError.js';
import type { DeclaredEntry } from './partCodec.js';

export interface ZipDirectoryEntry extends DeclaredEntry {
  /** As the central directory spells it (UTF-8), unsanitised: the package checks it. */
  name: string;
  /** Zip method: 0 stored, 8 deflate (others are refused when read). */
  method: number;
  /** The entry's data as stored: `compressedSize` bytes after its local header. */
  data: Uint8Array;
  date: Date;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

function damaged(detail: string): XlsxFileError {
  return new XlsxFileError('damaged', detail);
}

/** The file's entries in central-directory order. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (offset: number, size: number): void => {
    if (offset < 0 || offset + size > bytes.length) throw damaged(`the zip is cut short (${size} bytes wanted at ${offset} of ${bytes.length})`);
  };
  const u16 = (offset: number): number => (at(offset, 2), view.getUint16(offset, true));
  const u32 = (offset: number): number => (at(offset, 4), view.getUint32(offset, true));
  const u64 = (offset: number): number => {
    const value = u32(offset) + u32(offset + 4) * 2 ** 32;
    if (!Number.isSafeInteger(value)) throw damaged('a ZIP64 field is beyond any file we read');
    return value;
  };

  const end = endOfCentralDirectory(bytes, view);
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0) throw damaged('the zip spans several disks');
  let count = u16(end + 10);
  let size = u32(end + 12);
  let offset = u32(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) throw damaged('the zip has no ZIP64 end of central directory');
    const record = u64(locator + 8);
    if (u32(record) !== ZIP64_EOCD) throw damaged('the ZIP64 end of central directory is not where its locator says');
    count = u64(record + 32);
    size = u64(record + 40);
    offset = u64(record + 48);
  }
  at(offset, size);

  const entries: ZipDirectoryEntry[] = [];
  let record = offset;
  for (let i = 0; i < count; i++) {
    if (u32(record) !== CENTRAL) throw damaged(`central directory record ${i + 1} of ${count} is missing`);
    const flags = u16(record + 8);
    const method = u16(record + 10);
    const nameLength = u16(record + 28);
    const extraLength = u16(record + 30);
    at(record + 46, nameLength + extraLength);
    const name = new TextDecoder().decode(bytes.subarray(record + 46, record + 46 + nameLength));
    const fields = { uncompressedSize: u32(record + 24), compressedSize: u32(record + 20), local: u32(record + 42) };
    zip64Fields(bytes.subarray(record + 46 + nameLength, record + 46 + nameLength + extraLength), fields);
    if (flags & 1) throw damaged(`zip entry ${name} is encrypted`);
    const local = fields.local;
    if (u32(local) !== LOCAL) throw damaged(`zip entry ${name} has no local header`);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    at(start, fields.compressedSize);
    entries.push({
      name,
      method,
      crc32: u32(record + 16),
      compressedSize: fields.compressedSize,
      uncompressedSize: fields.uncompressedSize,
      data: bytes.subarray(start, start + fields.compressedSize),
      date: dosDate(u16(record + 14), u16(record + 12)),
    });
    record += 46 + nameLength + extraLength + u16(record + 32);
  }
  return entries;
}

/** The end-of-central-directory record: 22 bytes and a comment of at most 65,535, searched from the end. */
function endOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && view.getUint32(i, true) === EOCD) return i;
  }
  throw damaged('the zip has no end of central directory (cut short?)');
}

/** A ZIP64 extra field holds, in this order, the 32-bit fields that say 0xFFFFFFFF. */
function zip64Fields(extra: Uint8Array, fields: { uncompressedSize: number; compressedSize: number; local: number }): void {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length || field + 8 > extra.length) throw damaged('a ZIP64 extra field is cut short');
        const value = view.getUint32(field, true) + view.getUint32(field + 4, true) * 2 ** 32;
        field += 8;
        if (!Number.isSafeInteger(value)) throw damaged('a ZIP64 field is beyond any file we read');
        return value;
      };
      if (fields.uncompressedSize === 0xffffffff) fields.uncompressedSize = next();
      if (fields.compressedSize === 0xffffffff) fields.compressedSize = next();
      if (fields.local === 0xffffffff) fields.local = next();
      return;
    }
    at += 4 + length;
  }
}

/** An MS-DOS date and time (local time, two-second steps). */
function dosDate(date: number, time: number): Date {
  return new Date(1980 + (date >>> 9), ((date >>> 5) & 0xf) - 1, date & 0x1f, time >>> 11, (time >>> 5) & 0x3f, (time & 0x1f) * 2);
}
