import { describe, expect, it } from 'vitest';
import { Utf8Chunks } from '../../../../src/hosts/xlsx/write/utf8Chunks.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('Utf8Chunks', () => {
  it('gives the UTF-8 of every piece in order', () => {
    const chunks = new Utf8Chunks();
    chunks.add('<a>');
    chunks.add('<row r="1">张三</row>');
    chunks.add('<row r="2">😀 é</row>');
    chunks.add('</a>');
    expect(decode(chunks.bytes())).toBe('<a><row r="1">张三</row><row r="2">😀 é</row></a>');
  });

  it('is the same bytes as encoding the whole text at once, past many flushes', () => {
    const pieces = Array.from({ length: 5_000 }, (_, i) => `<row r="${i}"><c><is><t>教师${i}😀</t></is></c></row>`);
    const chunks = new Utf8Chunks();
    for (const piece of pieces) chunks.add(piece);
    expect(chunks.bytes()).toEqual(new TextEncoder().encode(pieces.join('')));
  });

  it('keeps a piece longer than a flush whole', () => {
    const long = '说明'.repeat(40_000);
    const chunks = new Utf8Chunks();
    chunks.add('<t>');
    chunks.add(long);
    chunks.add('</t>');
    expect(decode(chunks.bytes())).toBe(`<t>${long}</t>`);
  });

  it('gives no bytes when nothing was added', () => {
    expect(new Utf8Chunks().bytes()).toEqual(new Uint8Array(0));
  });
});
