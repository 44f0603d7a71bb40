/**
 * The zip package of an .xlsx, opened with JSZip. Parts we never touch keep their bytes; index parts
 * are read as text and written back only when changed. Works on bytes only (browser and Node).
 */
import JSZip from 'jszip';
import { ContentTypes } from './contentTypes.js';
import { notZipReason, XlsxFileError } from './fileError.js';
import { parseRelationships, relsPathOf, renderRelationships, type Relationship } from './relationships.js';
import { EntryCheck, INFLATE_BUDGET_BYTES, InflateBudget, type DeclaredEntry } from './entryCheck.js';
import { portableCodec, type PartCodec } from './partCodec.js';

const CONTENT_TYPES_PART = '[Content_Types].xml';

/** Index parts (workbook, styles, rels, sharedStrings) are parsed whole; none of Excel's comes near this. */
const MAX_WHOLE_PART_BYTES = 256 * 1024 ** 2;

/** JSZip's entry internals we read (public at runtime, missing from its typings). */
interface ZipEntryInternals {
  unsafeOriginalName?: string;
  /** A part read from the file: its compressed bytes and what its entry declares. */
  _data?: Partial<DeclaredEntry> & { compressedContent?: Uint8Array; compression?: { magic?: string } };
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

export class OpcPackage {
  private types: ContentTypes | undefined;
  private readonly budget = new InflateBudget();

  private constructor(
    private readonly zip: JSZip,
    private readonly codec: PartCodec,
  ) {}

  get contentTypes(): ContentTypes {
    if (this.types === undefined) throw new Error('The package was used before its content types were read');
    return this.types;
  }

  /** Opens a package; throws XlsxFileError (with a Chinese message) for what is not a readable one. */
  static async load(bytes: Uint8Array | ArrayBuffer, codec: PartCodec = portableCodec): Promise<OpcPackage> {
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    if (view[0] !== 0x50 || view[1] !== 0x4b) throw new XlsxFileError(notZipReason(view));
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(view);
    } catch (e) {
      throw new XlsxFileError('damaged', e instanceof Error ? e.message : String(e));
    }
    checkEntries(zip, view);
    const types = zip.file(CONTENT_TYPES_PART);
    if (!types) throw new XlsxFileError('not-xlsx', '[Content_Types].xml is missing');
    const pkg = new OpcPackage(zip, codec);
    try {
      pkg.types = ContentTypes.parse(decodePart(await pkg.bytes(CONTENT_TYPES_PART)));
    } catch (e) {
      throw asFileError(e);
    }
    return pkg;
  }

  /** Part names in package order (folders excluded). */
  paths(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  }

  /** The stored name of a part, matched case-insensitively as OPC part names are. */
  find(path: string): string | undefined {
    if (this.zip.file(path)) return path;
    const lower = path.toLowerCase();
    return this.paths().find((p) => p.toLowerCase() === lower);
  }

  has(path: string): boolean {
    return this.find(path) !== undefined;
  }

  /** The uncompressed size a part's zip entry declares (checked as it is inflated), if it has one. */
  declaredSize(path: string): number | undefined {
    const name = this.find(path);
    const file = name === undefined ? null : this.zip.file(name);
    const size = (file as unknown as ZipEntryInternals | null)?._data?.uncompressedSize;
    return size === undefined ? undefined : unsigned(size);
  }

  async text(path: string): Promise<string> {
    return decodePart(await this.bytes(path));
  }

  /** A part's bytes, inflated within the budget (a part we wrote ourselves is not counted). */
  private async bytes(path: string): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let size = 0;
    await this.inflate(path, (chunk) => {
      size += chunk.length;
      if (size > MAX_WHOLE_PART_BYTES) throw new XlsxFileError('too-large', `${path} inflates beyond ${MAX_WHOLE_PART_BYTES} bytes`);
      chunks.push(chunk);
    });
    if (chunks.length === 1 && chunks[0]) return chunks[0];
    const out = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  async textIfPresent(path: string): Promise<string | undefined> {
    return this.has(path) ? this.text(path) : undefined;
  }

  /**
   * Feeds a part's text to `onChunk` as it is inflated, so a huge worksheet is never one string.
   * (JSZip's internalStream is public at runtime but missing from its typings.)
   */
  async streamText(path: string, onChunk: (text: string) => void): Promise<void> {
    let decoder: TextDecoder | undefined;
    let head: Uint8Array | undefined;
    await this.inflate(path, (chunk) => {
      if (decoder === undefined) {
        // The byte-order mark decides the encoding; wait for two bytes of it.
        const bytes = head === undefined ? chunk : concat(head, chunk);
        if (bytes.length < 2) {
          head = bytes;
          return;
        }
        head = undefined;
        decoder = decoderFor(bytes);
        chunk = bytes;
      }
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') onChunk(text);
    });
    const rest = decoder === undefined ? new TextDecoder().decode(head ?? new Uint8Array(0)) : decoder.decode();
    if (rest !== '') onChunk(rest);
  }

  /**
   * Feeds a part's bytes to `onChunk` as they are inflated, each chunk checked (entryCheck.ts)
   * before it goes anywhere, the part's size and CRC-32 when it ends: every reader of a part is
   * behind this one check. Anything thrown — by the inflater, a check, `onChunk` — rejects the
   * promise: nothing escapes from inside the stream's callbacks (issue 11).
   */
  private async inflate(path: string, onChunk: (bytes: Uint8Array) => void): Promise<void> {
    const name = this.find(path);
    const file = name === undefined ? null : this.zip.file(name);
    if (!file) throw new XlsxFileError('damaged', `part ${path} is missing`);
    const entry = file as unknown as ZipEntryInternals;
    const data = entry._data;
    // A part we set ourselves has no entry yet: nothing to check, nothing counted against the budget.
    if (data?.compressedSize === undefined) return this.jszipInflate(entry, onChunk);
    const check = new EntryCheck(
      path,
      { compressedSize: unsigned(data.compressedSize), uncompressedSize: unsigned(data.uncompressedSize ?? 0), crc32: data.crc32 ?? 0 },
      this.budget,
      this.codec,
    );
    const feed = (chunk: Uint8Array) => {
      check.add(chunk);
      onChunk(chunk);
    };
    const deflated = data.compression?.magic === DEFLATE_MAGIC && data.compressedContent instanceof Uint8Array;
    if (this.codec.inflateRaw && deflated && data.compressedContent) await this.codec.inflateRaw(data.compressedContent, feed);
    else await this.jszipInflate(entry, feed);
    check.end();
  }

  /** JSZip's own inflater, as a promise (its internalStream is public at runtime, not in its typings). */
  private jszipInflate(entry: ZipEntryInternals, onChunk: (bytes: Uint8Array) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        stream.pause();
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const stream = entry.internalStream('uint8array');
      stream
        .on('data', (chunk) => {
          if (settled) return;
          try {
            onChunk(chunk);
          } catch (error) {
            fail(error);
          }
        })
        .on('error', fail)
        .on('end', () => {
          if (settled) return;
          settled = true;
          resolve();
        })
        .resume();
    });
  }

  setText(path: string, text: string): void {
    this.zip.file(this.find(path) ?? path, text);
  }

  /** A part given as UTF-8 bytes (large parts: see utf8Chunks.ts). */
  setBytes(path: string, bytes: Uint8Array): void {
    this.zip.file(this.find(path) ?? path, bytes);
  }

  remove(path: string): void {
    const name = this.find(path);
    if (name !== undefined) this.zip.remove(name);
  }

  /** Relationships of a part (none when it has no rels part). */
  async rels(partPath: string): Promise<Relationship[]> {
    const xml = await this.textIfPresent(relsPathOf(partPath));
    return xml === undefined ? [] : parseRelationships(xml);
  }

  setRels(partPath: string, rels: Relationship[]): void {
    if (rels.length === 0) this.remove(relsPathOf(partPath));
    else this.setText(relsPathOf(partPath), renderRelationships(rels));
  }

  /** The first free `prefix + N + suffix` part name, e.g. `xl/worksheets/sheet` + N + `.xml`. */
  freePartName(prefix: string, suffix: string, also: Set<string> = new Set()): string {
    const taken = new Set([...this.paths(), ...also].map((p) => p.toLowerCase()));
    let n = 1;
    while (taken.has(`${prefix}${n}${suffix}`.toLowerCase())) n++;
    return `${prefix}${n}${suffix}`;
  }

  async save(): Promise<Uint8Array> {
    if (this.contentTypes.changed) this.zip.file(CONTENT_TYPES_PART, this.contentTypes.render());
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

/** Parts are UTF-8 unless they start with a UTF-16 byte-order mark (each decoder drops its own mark). */
function decoderFor(bytes: Uint8Array): TextDecoder {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

function decodePart(bytes: Uint8Array): string {
  return decoderFor(bytes).decode(bytes);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Anything thrown while reading a package is the file's fault from the school's point of view. */
export function asFileError(error: unknown): XlsxFileError {
  if (error instanceof XlsxFileError) return error;
  return new XlsxFileError('damaged', error instanceof Error ? error.message : String(error));
}

/**
 * The zip's own entries, before any part is read (SPEC §11): names that leave the package (`../`,
 * absolute, backslashes) or repeat (OPC names are case-insensitive), and declared sizes beyond the
 * inflation budget, are refused.
 */
function checkEntries(zip: JSZip, bytes: Uint8Array): void {
  const seen = new Set<string>();
  let declared = 0;
  let count = 0;
  for (const file of Object.values(zip.files)) {
    count++;
    const entry = file as unknown as ZipEntryInternals;
    const name = entry.unsafeOriginalName ?? file.name;
    if (name.startsWith('/') || name.includes('\\') || name.split('/').some((segment) => segment === '..' || segment === '.')) {
      throw new XlsxFileError('damaged', `zip entry ${name} leaves the package`);
    }
    const key = name.toLowerCase();
    if (seen.has(key)) throw new XlsxFileError('damaged', `zip entry ${name} is duplicated`);
    seen.add(key);
    declared += unsigned(entry._data?.uncompressedSize ?? 0);
  }
  if (declared > INFLATE_BUDGET_BYTES) throw new XlsxFileError('too-large', `the parts declare ${declared} bytes`);
  // Two entries of one name collapse into one in JSZip: the central directory's count tells.
  const listed = centralDirectoryCount(bytes);
  if (listed !== undefined && listed !== count) throw new XlsxFileError('damaged', `the zip lists ${listed} entries, ${count} distinct`);
}

/** JSZip's name for the deflate method (zip method 8). */
const DEFLATE_MAGIC = '\x08\x00';

/** JSZip reads the zip's 32-bit sizes as signed numbers. */
function unsigned(size: number): number {
  return size < 0 ? size + 2 ** 32 : size;
}

/** Entries in the zip's end-of-central-directory record (undefined for ZIP64 or when not found). */
function centralDirectoryCount(bytes: Uint8Array): number | undefined {
  // The record is 22 bytes plus a comment of at most 65,535: a bounded search from the end.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      const total = (bytes[i + 10] ?? 0) | ((bytes[i + 11] ?? 0) << 8);
      return total === 0xffff ? undefined : total;
    }
  }
  return undefined;
}
