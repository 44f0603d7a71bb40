/**
 * The zip package of an .xlsx, opened with JSZip. Parts we never touch keep their bytes; index parts
 * are read as text and written back only when changed. Works on bytes only (browser and Node).
 */
import JSZip from 'jszip';
import { ContentTypes } from './contentTypes.js';
import { notZipReason, XlsxFileError } from './fileError.js';
import { parseRelationships, relsPathOf, renderRelationships, type Relationship } from './relationships.js';

const CONTENT_TYPES_PART = '[Content_Types].xml';

export class OpcPackage {
  private constructor(
    private readonly zip: JSZip,
    readonly contentTypes: ContentTypes,
  ) {}

  /** Opens a package; throws XlsxFileError (with a Chinese message) for what is not a readable one. */
  static async load(bytes: Uint8Array | ArrayBuffer): Promise<OpcPackage> {
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    if (view[0] !== 0x50 || view[1] !== 0x4b) throw new XlsxFileError(notZipReason(view));
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(view);
    } catch (e) {
      throw new XlsxFileError('damaged', e instanceof Error ? e.message : String(e));
    }
    const types = zip.file(CONTENT_TYPES_PART);
    if (!types) throw new XlsxFileError('not-xlsx', '[Content_Types].xml is missing');
    try {
      return new OpcPackage(zip, ContentTypes.parse(decodePart(await types.async('uint8array'))));
    } catch (e) {
      throw new XlsxFileError('damaged', e instanceof Error ? e.message : String(e));
    }
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

  async text(path: string): Promise<string> {
    const name = this.find(path);
    const file = name === undefined ? null : this.zip.file(name);
    if (!file) throw new Error(`Part ${path} is missing from the package`);
    return decodePart(await file.async('uint8array'));
  }

  async textIfPresent(path: string): Promise<string | undefined> {
    return this.has(path) ? this.text(path) : undefined;
  }

  /**
   * Feeds a part's text to `onChunk` as it is inflated, so a huge worksheet is never one string.
   * (JSZip's internalStream is public at runtime but missing from its typings.)
   */
  streamText(path: string, onChunk: (text: string) => void): Promise<void> {
    const name = this.find(path);
    const file = name === undefined ? null : this.zip.file(name);
    if (!file) return Promise.reject(new Error(`Part ${path} is missing from the package`));
    const stream = (file as unknown as { internalStream(type: 'string'): JSZip.JSZipStreamHelper<string> }).internalStream('string');
    return new Promise((resolve, reject) => {
      stream
        .on('data', (chunk) => onChunk(chunk))
        .on('error', reject)
        .on('end', () => resolve())
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

/** Parts are UTF-8 unless they start with a UTF-16 byte-order mark. */
function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
