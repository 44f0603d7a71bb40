/**
 * OpcPackage.streamText decodes a part's inflated bytes in batches of the codec's `textBatchBytes` (the
 * browser's codec: ~1 MB, since Chromium's reader scanned 64 KB external strings slowly,
 * docs/performance.md "The XML reader in Chromium"), or as they come: whatever the inflater's chunk boundaries — inside a multi-byte character, inside the
 * byte-order mark, one byte at a time — the text is the part's text, in few pieces.
 */
import fc from 'fast-check';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeCodec } from '../../../../src/hosts/xlsx/nodeCodec.js';
import { blankPackage } from '../../../../src/hosts/xlsx/package/blankPackage.js';
import { OpcPackage } from '../../../../src/hosts/xlsx/package/opcPackage.js';
import type { PartCodec } from '../../../../src/hosts/xlsx/package/partCodec.js';

const PART = 'xl/worksheets/sheet9.xml';
const MB = 1024 * 1024;

/** nodeCodec, its inflated bytes handed on in pieces cut where `cuts` (fractions of the length) say. */
function cutCodec(cuts: number[]): PartCodec {
  return {
    ...nodeCodec,
    textBatchBytes: MB,
    inflateRaw: async (compressed, _declared, onChunk) => {
      const all = inflateRawSync(compressed);
      const at = [...new Set(cuts.map((f) => Math.floor(f * all.length)))].sort((a, b) => a - b);
      let from = 0;
      for (const to of [...at, all.length]) {
        if (to > from) onChunk(new Uint8Array(all.subarray(from, to)));
        from = Math.max(from, to);
      }
    },
  };
}

/** A package whose part holds `bytes`, deflated as a zip entry is (read back through `codec`). */
async function packageWith(bytes: Uint8Array, codec: PartCodec): Promise<OpcPackage> {
  const pkg = await OpcPackage.load(await blankPackage(), codec);
  await pkg.setPartChunks(PART, [bytes]);
  return pkg;
}

const encodings = {
  'utf-8': (text: string) => new Uint8Array(Buffer.from(text, 'utf8')),
  'utf-16le with its mark': (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
};

describe('OpcPackage.streamText', () => {
  it.each(Object.entries(encodings))('reads %s text whole, whatever the chunks, in pieces of ~1 MB', async (_name, encode) => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 3 * MB }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }),
        async (unit, length, cuts) => {
          const text = `<row>${unit}</row>`.repeat(Math.ceil(length / (unit.length + 11)) || 1);
          const bytes = encode(text);
          const pieces: string[] = [];
          await (await packageWith(bytes, cutCodec(cuts))).streamText(PART, (piece) => pieces.push(piece));
          expect(pieces.join('')).toBe(text);
          expect(pieces.length).toBeLessThanOrEqual(Math.floor(bytes.length / MB) + 2);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('decodes each piece as it comes when the codec sets no batch (Node: batches only raised the peak)', async () => {
    const text = '<row>张三</row>'.repeat(50_000);
    const pieces: string[] = [];
    const { textBatchBytes: _batched, ...unbatched } = cutCodec([0.25, 0.5, 0.75]);
    await (await packageWith(encodings['utf-8'](text), unbatched)).streamText(PART, (piece) => pieces.push(piece));
    expect(pieces.join('')).toBe(text);
    expect(pieces).toHaveLength(4);
  });

  it('reads a part handed on one byte at a time, and an empty one', async () => {
    const text = '<t>张三😀</t>';
    const bytes = encodings['utf-8'](text);
    const pieces: string[] = [];
    await (await packageWith(bytes, cutCodec([...bytes.keys()].map((i) => i / bytes.length)))).streamText(PART, (piece) => pieces.push(piece));
    expect(pieces).toEqual([text]);
    const none: string[] = [];
    await (await packageWith(new Uint8Array(0), nodeCodec)).streamText(PART, (piece) => none.push(piece));
    expect(none).toEqual([]);
  });
});
