/**
 * CRC-32 as zip entries carry it (ISO-HDLC: reflected 0xEDB88320, initial and final XOR all ones),
 * updatable chunk by chunk: `crc32(b, crc32(a))` is the checksum of `a` then `b`. The browser has no
 * native one and JSZip does not export its copy; in Node the file host uses zlib's (nodeCodec.ts).
 * @example crc32(new TextEncoder().encode('123456789')) // 0xcbf43926
 */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous;
  for (let i = 0; i < bytes.length; i++) crc = (crc >>> 8) ^ (TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0);
  return ~crc >>> 0;
}

const TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
