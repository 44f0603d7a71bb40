/**
 * All `chunks` as one array of bytes (the one chunk itself when there is only one): a part read in
 * pieces, a part written in pieces, a zip written in pieces.
 * @example joinBytes([new Uint8Array([1]), new Uint8Array([2, 3])]) // Uint8Array [1, 2, 3]
 */
export function joinBytes(chunks: Iterable<Uint8Array>): Uint8Array {
  const all: Uint8Array[] = [];
  let size = 0;
  for (const chunk of chunks) {
    all.push(chunk);
    size += chunk.length;
  }
  if (all.length === 1) return all[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of all) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * `bytes` as an array that owns its whole buffer, so that the buffer can be transferred to a worker:
 * itself when it does, else a copy (a view of a larger buffer, or of shared memory).
 * @example const own = owningBytes(piece); port.postMessage(own, [own.buffer]);
 */
export function owningBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return (whole ? bytes : bytes.slice()) as Uint8Array<ArrayBuffer>;
}
