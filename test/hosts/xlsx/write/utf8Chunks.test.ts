import { describe, expect, it } from 'vitest';
import { joinBytes } from '../../../../src/hosts/xlsx/package/joinBytes.js';
import { Utf8Chunker } from '../../../../src/hosts/xlsx/write/utf8Chunks.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Every chunk the chunker gives for `pieces`, the last one included. */
function chunksOf(pieces: string[]): Uint8Array[] {
  const utf8 = new Utf8Chunker();
  const chunks: Uint8Array[] = [];
  for (const piece of pieces) {
    const chunk = utf8.add(piece);
    if (chunk) chunks.push(chunk);
  }
  const last = utf8.end();
  if (last) chunks.push(last);
  return chunks;
}

describe('Utf8Chunker', () => {
  it('gives the UTF-8 of every piece in order', () => {
    expect(decode(joinBytes(chunksOf(['<a>', '<row r="1">张三</row>', '<row r="2">😀 é</row>', '</a>'])))).toBe('<a><row r="1">张三</row><row r="2">😀 é</row></a>');
  });

  it('is the same bytes as encoding the whole text at once, past many chunks', () => {
    const pieces = Array.from({ length: 5_000 }, (_, i) => `<row r="${i}"><c><is><t>教师${i}😀</t></is></c></row>`);
    const chunks = chunksOf(pieces);
    expect(chunks.length).toBeGreaterThan(1);
    expect(joinBytes(chunks)).toEqual(new TextEncoder().encode(pieces.join('')));
  });

  it('keeps a piece longer than a chunk whole', () => {
    const long = '说明'.repeat(40_000);
    expect(decode(joinBytes(chunksOf(['<t>', long, '</t>'])))).toBe(`<t>${long}</t>`);
  });

  it('gives no chunk when nothing was added', () => {
    expect(chunksOf([])).toEqual([]);
    expect(joinBytes([])).toEqual(new Uint8Array(0));
  });
});
