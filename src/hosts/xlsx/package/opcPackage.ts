/**
 * The zip package of an .xlsx. Its directory is read by zipDirectory.ts (and checked, below); the
 * parts are then ours: those we never touch keep their compressed bytes and are copied into the saved file as they
 * were, those we write are deflated by the codec (partCodec.ts) and the container is written by
 * zipWriter.ts. Works on bytes only (browser and Node).
 */
import { ContentTypes } from './contentTypes.js';
import { joinBytes } from './joinBytes.js';
import { notZipReason, XlsxFileError } from './fileError.js';
import { parseRelationships, relsPathOf, renderRelationships, type Relationship } from './relationships.js';
import { EntryCheck, INFLATE_BUDGET_BYTES, InflateBudget } from './entryCheck.js';
import type { DeclaredEntry, DeflatedPart, PartCodec } from './partCodec.js';
import { portableCodec } from './portableCodec.js';
import { zipChunks, type ZipEntry } from './zipWriter.js';
import { readZipDirectory, type ZipDirectoryEntry } from './zipDirectory.js';

const CONTENT_TYPES_PART = '[Content_Types].xml';

/** Index parts (workbook, styles, rels, sharedStrings) are parsed whole; none of Excel's comes near this. */
const MAX_WHOLE_PART_BYTES = 256 * 1024 ** 2;

/** Bytes handed on at a time from a part that needs no inflating (stored, or written by us). */
const SLICE_BYTES = 256 * 1024;

const STORED = 0;
const DEFLATED = 8;

/** A part as the file holds it: its entry's data, method and declarations. */
interface FilePart {
  kind: 'file';
  method: number;
  compressed: Uint8Array;
  declared: DeclaredEntry;
  date: Date;
}

/** A part we wrote: its bytes, and their deflation, started when the part was set. */
interface WrittenPart {
  kind: 'written';
  bytes: Uint8Array;
  deflated: Promise<DeflatedPart>;
}

/** A part we wrote in chunks (setPartChunks): only its deflated bytes are kept. */
interface StreamedPart {
  kind: 'streamed';
  deflated: DeflatedPart;
}

type Part = FilePart | WrittenPart | StreamedPart;

export class OpcPackage {
  private types: ContentTypes | undefined;
  private readonly budget = new InflateBudget();

  private constructor(
    /** Every entry by its stored name, in package order. */
    private readonly parts: Map<string, Part>,
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
    const entries = readZipDirectory(view);
    checkEntries(entries);
    const pkg = new OpcPackage(fileParts(entries), codec);
    if (!pkg.has(CONTENT_TYPES_PART)) throw new XlsxFileError('not-xlsx', '[Content_Types].xml is missing');
    try {
      pkg.types = ContentTypes.parse(decodePart(await pkg.bytes(CONTENT_TYPES_PART)));
    } catch (e) {
      throw asFileError(e);
    }
    return pkg;
  }

  /** Part names in package order. */
  paths(): string[] {
    return [...this.parts.keys()];
  }

  /** The stored name of a part, matched case-insensitively as OPC part names are. */
  find(path: string): string | undefined {
    if (this.parts.has(path)) return path;
    const lower = path.toLowerCase();
    return this.paths().find((p) => p.toLowerCase() === lower);
  }

  has(path: string): boolean {
    return this.find(path) !== undefined;
  }

  /** The uncompressed size of a part: what its zip entry declares (checked as it is inflated), or what we wrote. */
  declaredSize(path: string): number | undefined {
    const part = this.part(path);
    if (!part) return undefined;
    if (part.kind === 'written') return part.bytes.length;
    return part.kind === 'streamed' ? part.deflated.size : part.declared.uncompressedSize;
  }

  async text(path: string): Promise<string> {
    return decodePart(await this.bytes(path));
  }

  /** A part's bytes, inflated within the budget (a part we wrote ourselves is not counted). */
  private async bytes(path: string): Promise<Uint8Array> {
    const written = this.part(path);
    if (written?.kind === 'written') return written.bytes;
    const chunks: Uint8Array[] = [];
    let size = 0;
    await this.inflate(path, (chunk) => {
      size += chunk.length;
      if (size > MAX_WHOLE_PART_BYTES) throw new XlsxFileError('too-large', `${path} inflates beyond ${MAX_WHOLE_PART_BYTES} bytes`);
      chunks.push(chunk);
    });
    return joinBytes(chunks);
  }

  async textIfPresent(path: string): Promise<string | undefined> {
    return this.has(path) ? this.text(path) : undefined;
  }

  /**
   * Feeds a part's text to `onChunk` as it is inflated, so a huge worksheet is never one string; the
   * bytes are decoded as they come, or in batches of the codec's `textBatchBytes` (the browser's).
   */
  async streamText(path: string, onChunk: (text: string) => void): Promise<void> {
    // Unbatched, a piece is decoded as it comes, once two bytes (a byte-order mark's) are there.
    const batchBytes = this.codec.textBatchBytes ?? 2;
    let decoder: TextDecoder | undefined;
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const decodePending = (): void => {
      const bytes = pending.length === 1 ? pending[0]! : joinBytes(pending);
      pending = [];
      pendingBytes = 0;
      // The byte-order mark decides the encoding: the first call has at least two bytes, or all there are.
      decoder ??= decoderFor(bytes);
      const text = decoder.decode(bytes, { stream: true });
      if (text !== '') onChunk(text);
    };
    await this.inflate(path, (chunk) => {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= batchBytes) decodePending();
    });
    if (pendingBytes > 0 || decoder === undefined) decodePending();
    const rest = decoder!.decode();
    if (rest !== '') onChunk(rest);
  }

  /**
   * Feeds a part's bytes to `onChunk` as they are inflated, each chunk checked (entryCheck.ts)
   * before it goes anywhere, the part's size and CRC-32 when it ends: every reader of a part is
   * behind this one check. Anything thrown — by the inflater, a check, `onChunk` — rejects the
   * promise (issue 11). A part we wrote ourselves is handed on as it is, or inflated from what we
   * kept of it (setPartChunks), checked but not counted against the file's budget.
   */
  private async inflate(path: string, onChunk: (bytes: Uint8Array) => void): Promise<void> {
    const part = this.part(path);
    if (!part) throw new XlsxFileError('damaged', `part ${path} is missing`);
    if (part.kind === 'written') return slices(part.bytes, onChunk);
    // Stored data pass no inflater: their CRC-32 is computed here whatever the codec.
    const crc = (bytes: Uint8Array, previous: number): number => this.codec.crc32(bytes, previous);
    const inflaterChecks = this.codec.checksDeclared === true;
    if (part.kind === 'streamed') {
      const { data, crc32, size } = part.deflated;
      const declared = { compressedSize: data.length, uncompressedSize: size, crc32 };
      const check = new EntryCheck(path, declared, new InflateBudget(), inflaterChecks ? null : crc);
      await this.codec.inflateRaw(data, declared, (chunk) => {
        check.add(chunk);
        onChunk(chunk);
      });
      check.end();
      return;
    }
    const checkedByInflater = part.method === DEFLATED && inflaterChecks;
    const check = new EntryCheck(path, part.declared, this.budget, checkedByInflater ? null : crc);
    const feed = (chunk: Uint8Array) => {
      check.add(chunk);
      onChunk(chunk);
    };
    if (part.method === STORED) slices(part.compressed, feed);
    else if (part.method === DEFLATED) await this.codec.inflateRaw(part.compressed, part.declared, feed);
    else throw new XlsxFileError('damaged', `${path} uses zip method ${part.method}`);
    check.end();
  }

  private part(path: string): Part | undefined {
    const name = this.find(path);
    return name === undefined ? undefined : this.parts.get(name);
  }

  setText(path: string, text: string): void {
    this.setBytes(path, new TextEncoder().encode(text));
  }

  /**
   * A part given as UTF-8 bytes (large parts: see utf8Chunks.ts). Its deflation starts now: Node's
   * zlib runs it on a pool thread while the next part is being built.
   */
  setBytes(path: string, bytes: Uint8Array): void {
    const deflated = this.codec.deflateRaw(bytes);
    // Awaited by save(); a part replaced or removed before then must not leave an unhandled rejection.
    deflated.catch(() => undefined);
    this.parts.set(this.find(path) ?? path, { kind: 'written', bytes, deflated });
  }

  /**
   * A part given as UTF-8 chunks, deflated as they are taken (CRC-32 and size counted on the way);
   * only the deflated bytes are kept, so a 73 MB worksheet is never whole in memory. Resolves when
   * every chunk has been taken — the caller awaits it, since making the chunks may have effects
   * (a worksheet's chunks ask StyleBook.xfFor). If the chunks throw, the deflater is dropped, the
   * part is left as it was and the promise rejects with that error.
   * @example await pkg.setPartChunks('xl/worksheets/sheet9.xml', worksheetChunks(prepared, refs));
   */
  async setPartChunks(path: string, chunks: Iterable<Uint8Array>): Promise<void> {
    const deflater = this.codec.deflateRawStream();
    let deflated: DeflatedPart;
    try {
      for (const chunk of chunks) {
        if (chunk.length === 0) continue;
        const behind = deflater.push(chunk);
        if (behind !== undefined) await behind;
      }
      deflated = await deflater.end();
    } catch (error) {
      deflater.abort();
      throw error;
    }
    this.parts.set(this.find(path) ?? path, { kind: 'streamed', deflated });
  }

  remove(path: string): void {
    const name = this.find(path);
    if (name !== undefined) this.parts.delete(name);
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

  /** The package as .xlsx bytes, joined into one array (saveChunks gives the same bytes unjoined). */
  async save(): Promise<Uint8Array> {
    return joinBytes(await this.saveChunks());
  }

  /**
   * The package as .xlsx bytes in pieces (zipChunks): parts we did not change keep their compressed
   * bytes, ours are deflated. Joined, the pieces are save()'s bytes; a file or a Blob takes them as
   * they are, with no second copy of the whole zip.
   * @example const blob = new Blob(await pkg.saveChunks());
   */
  async saveChunks(): Promise<Uint8Array[]> {
    if (this.contentTypes.changed) this.setText(CONTENT_TYPES_PART, this.contentTypes.render());
    const now = new Date();
    const entries = await Promise.all(
      [...this.parts].map(async ([name, part]): Promise<ZipEntry> => {
        if (part.kind === 'file') return { name, method: part.method, data: part.compressed, crc32: part.declared.crc32, size: part.declared.uncompressedSize, date: part.date };
        const { data, crc32, size } = part.kind === 'streamed' ? part.deflated : await part.deflated;
        return { name, method: DEFLATED, data, crc32, size, date: now };
      }),
    );
    return zipChunks(entries);
  }
}

/**
 * The zip's entries as parts: their compressed bytes and declarations, nothing inflated. Folder
 * entries (some zip tools write them) are no parts of the package and are not written back.
 */
function fileParts(entries: ZipDirectoryEntry[]): Map<string, Part> {
  const parts = new Map<string, Part>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new XlsxFileError('damaged', `zip entry ${entry.name} uses zip method ${entry.method}`);
    const { compressedSize, uncompressedSize, crc32 } = entry;
    parts.set(entry.name, { kind: 'file', method: entry.method, compressed: entry.data, declared: { compressedSize, uncompressedSize, crc32 }, date: entry.date });
  }
  return parts;
}

/** Hands `bytes` on in slices, as an inflater would. */
function slices(bytes: Uint8Array, onChunk: (chunk: Uint8Array) => void): void {
  if (bytes.length === 0) return;
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) onChunk(bytes.subarray(at, Math.min(at + SLICE_BYTES, bytes.length)));
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
function checkEntries(entries: ZipDirectoryEntry[]): void {
  const seen = new Set<string>();
  let declared = 0;
  for (const { name, uncompressedSize } of entries) {
    if (name.startsWith('/') || name.includes('\\') || name.split('/').some((segment) => segment === '..' || segment === '.')) {
      throw new XlsxFileError('damaged', `zip entry ${name} leaves the package`);
    }
    const key = name.toLowerCase();
    if (seen.has(key)) throw new XlsxFileError('damaged', `zip entry ${name} is duplicated`);
    seen.add(key);
    declared += uncompressedSize;
  }
  if (declared > INFLATE_BUDGET_BYTES) throw new XlsxFileError('too-large', `the parts declare ${declared} bytes`);
}
