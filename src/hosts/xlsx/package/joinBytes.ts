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
