/**
 * CRC-32 as zip entries carry it (ISO-HDLC: reflected 0xEDB88320, initial and final XOR all ones),
 * updatable chunk by chunk: `crc32(b, crc32(a))` is the checksum of `a` then `b`. The browser has no
 * native one (fflate keeps its own private); in Node the file host uses zlib's (nodeCodec.ts).
 * Eight bytes a step ("slicing by 8", eight 256-entry tables): ~2× the byte-at-a-time loop, which
 * matters in the page, where every inflated and every written byte passes through it.
 * @example crc32(new TextEncoder().encode('123456789')) // 0xcbf43926
 */
export function crc32(bytes: Uint8Array, previous = 0): number {
  const t = TABLES;
  let crc = ~previous;
  let i = 0;
  for (const last = bytes.length - 8; i <= last; i += 8) {
    const low = crc ^ ((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24));
    crc =
      (t[1792 + (low & 0xff)] ?? 0) ^
      (t[1536 + ((low >>> 8) & 0xff)] ?? 0) ^
      (t[1280 + ((low >>> 16) & 0xff)] ?? 0) ^
      (t[1024 + (low >>> 24)] ?? 0) ^
      (t[768 + (bytes[i + 4] ?? 0)] ?? 0) ^
      (t[512 + (bytes[i + 5] ?? 0)] ?? 0) ^
      (t[256 + (bytes[i + 6] ?? 0)] ?? 0) ^
      (t[bytes[i + 7] ?? 0] ?? 0);
  }
  for (; i < bytes.length; i++) crc = (crc >>> 8) ^ (t[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0);
  return ~crc >>> 0;
}

/** Table k (at k × 256) is the CRC of a byte followed by k zero bytes; table 0 is the classic one. */
const TABLES = new Int32Array(8 * 256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLES[n] = c;
}
for (let n = 0; n < 256; n++) {
  for (let k = 1; k < 8; k++) {
    const previous = TABLES[(k - 1) * 256 + n] ?? 0;
    TABLES[k * 256 + n] = (previous >>> 8) ^ (TABLES[previous & 0xff] ?? 0);
  }
}
