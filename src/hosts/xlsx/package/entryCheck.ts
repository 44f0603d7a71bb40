/**
 * The checks every part passes as it is inflated, in one place (SPEC §11, issue 19 item 3): the
 * package's inflation budget and a part's inflation ratio (bombs), then the size and CRC-32 its zip
 * entry declares (damage: a flipped bit in compressed data inflates to other text, or less of it).
 */
import { XlsxFileError } from './fileError.js';
import type { PartCodec } from './partCodec.js';

/**
 * SPEC §11: the parts of one package may inflate to 2 GB in all. Counted chunk by chunk while
 * inflating, so a bomb is stopped before its text is ever held; the sizes the zip declares are
 * checked first (they may lie, the count does not).
 */
export const INFLATE_BUDGET_BYTES = 2 * 1024 ** 3;
/**
 * Beyond its first 16 MB a part may not inflate more than 500 times its compressed size. Real
 * worksheet XML compresses 10–50×, a run of one repeated byte ~1,000×: the ratio tells a bomb from
 * a big sheet (Apache POI refuses at 100×; we are more lenient).
 */
const RATIO_GRACE_BYTES = 16 * 1024 ** 2;
const MAX_INFLATE_RATIO = 500;

/** What a zip entry declares about its part (central directory). */
export interface DeclaredEntry {
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
}

/** The package's running total of inflated bytes (INFLATE_BUDGET_BYTES). */
export class InflateBudget {
  inflated = 0;
}

/** One part being inflated: `add` each chunk before it is used, `end` when the inflater is done. */
export class EntryCheck {
  private size = 0;
  private crc = 0;

  constructor(
    private readonly path: string,
    private readonly declared: DeclaredEntry,
    private readonly budget: InflateBudget,
    /** The CRC-32 to compute, or null when the inflater checks it (PartCodec.checksDeclared). */
    private readonly crc32: PartCodec['crc32'] | null,
  ) {}

  add(chunk: Uint8Array): void {
    this.size += chunk.length;
    this.budget.inflated += chunk.length;
    if (this.budget.inflated > INFLATE_BUDGET_BYTES) throw new XlsxFileError('too-large', `the parts inflate beyond ${INFLATE_BUDGET_BYTES} bytes`);
    if (this.size > RATIO_GRACE_BYTES && this.size > this.declared.compressedSize * MAX_INFLATE_RATIO) {
      throw new XlsxFileError('too-large', `${this.path} inflates more than ${MAX_INFLATE_RATIO} times its size`);
    }
    if (this.size > this.declared.uncompressedSize) throw new XlsxFileError('damaged', `${this.path} inflates beyond its declared ${this.declared.uncompressedSize} bytes`);
    if (this.crc32 !== null) this.crc = this.crc32(chunk, this.crc);
  }

  end(): void {
    if (this.size !== this.declared.uncompressedSize) throw new XlsxFileError('damaged', `${this.path} inflates to ${this.size} bytes, its entry declares ${this.declared.uncompressedSize}`);
    if (this.crc32 !== null && this.crc >>> 0 !== this.declared.crc32 >>> 0) throw new XlsxFileError('damaged', `${this.path} fails its CRC-32 check`);
  }
}
