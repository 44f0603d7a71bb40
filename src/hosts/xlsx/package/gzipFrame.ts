/**
 * A zip entry's raw deflate data in a gzip frame and back (RFC 1952), so the browser's
 * `DecompressionStream('gzip')` / `CompressionStream('gzip')` — in Chrome 80, unlike 'deflate-raw'
 * (Chrome 103) — can inflate and deflate zip parts. The frame is a 10-byte header, the same raw
 * deflate data, and a trailer of CRC-32 and size: the entry declares both, so the stream checks them.
 */

/** ID1 ID2, CM = 8 (deflate), no flags, no mtime, XFL 0, OS 255 (unknown). */
const HEADER = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff);

/** The header, and a trailer carrying the CRC-32 and size (mod 2³², as gzip does) the entry declares. */
export function gzipFrameOf(crc32: number, size: number): { header: Uint8Array; trailer: Uint8Array } {
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, crc32 >>> 0, true);
  view.setUint32(4, size >>> 0, true);
  return { header: HEADER, trailer };
}

const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

/**
 * The raw deflate data and CRC-32 inside one gzip member (what `CompressionStream('gzip')` gives).
 * Throws for anything else: it is our own stream's output, so a surprise is our bug.
 */
export function unwrapGzip(member: Uint8Array, size: number): { data: Uint8Array; crc32: number } {
  if (member.length < 18 || member[0] !== 0x1f || member[1] !== 0x8b || member[2] !== 8) throw new Error('CompressionStream gave no gzip member');
  const view = new DataView(member.buffer, member.byteOffset, member.byteLength);
  const flags = member[3] ?? 0;
  let at = 10;
  if (flags & FEXTRA) at += 2 + view.getUint16(at, true);
  if (flags & FNAME) at = member.indexOf(0, at) + 1;
  if (flags & FCOMMENT) at = member.indexOf(0, at) + 1;
  if (flags & FHCRC) at += 2;
  const end = member.length - 8;
  if (at <= 0 || at > end) throw new Error('CompressionStream gave a gzip header we do not read');
  if (view.getUint32(end + 4, true) !== size >>> 0) throw new Error('CompressionStream deflated another size than it was given');
  return { data: member.subarray(at, end), crc32: view.getUint32(end, true) };
}
