import { describe, expect, it } from 'vitest';
import { Utf8Chunks } from '../../../../src/hosts/xlsx/write/utf8Chunks.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('Utf8Chunks', () => {
  it('gives the UTF-8 of before + every piece + after', () => {
    const chunks = new Utf8Chunks();
    chunks.add('<row r="1">张三</row>');
    chunks.add('<row r="2">😀 é</row>');
    expect(decode(chunks.bytes('<a>', '</a>'))).toBe('<a><row r="1">张三</row><row r="2">😀 é</row></a>');
  });

  it('is the same bytes as encoding the whole text at once, past many flushes', () => {
    const pieces = Array.from({ length: 5_000 }, (_, i) => `<row r="${i}"><c><is><t>教师${i}😀</t></is></c></row>`);
    const chunks = new Utf8Chunks();
    for (const piece of pieces) chunks.add(piece);
    expect(chunks.bytes('<x>', '</x>')).toEqual(new TextEncoder().encode(`<x>${pieces.join('')}</x>`));
  });

  it('gives just before + after when nothing was added', () => {
    expect(decode(new Utf8Chunks().bytes('<sheetData>', '</sheetData>'))).toBe('<sheetData></sheetData>');
  });
});
