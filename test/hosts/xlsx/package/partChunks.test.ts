/**
 * A part written in chunks (OpcPackage.setPartChunks, issue 23: "the writer streams rows into the
 * deflater"): deflated as the chunks are taken, only the deflated bytes kept, read back and saved as a
 * part given whole would be — with Node's zlib, the browser's compression streams, and fflate where
 * those are missing. A failing chunk source leaves no half part; a slow deflater holds the source back.
 */
import { inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeCodec } from '../../../../src/hosts/xlsx/nodeCodec.js';
import { blankPackage } from '../../../../src/hosts/xlsx/package/blankPackage.js';
import { crc32 } from '../../../../src/hosts/xlsx/package/crc32.js';
import { OpcPackage } from '../../../../src/hosts/xlsx/package/opcPackage.js';
import type { PartCodec } from '../../../../src/hosts/xlsx/package/partCodec.js';
import { fflateCodec, streamCodec } from '../../../../src/hosts/xlsx/package/portableCodec.js';
import { readZipDirectory } from '../../../../src/hosts/xlsx/package/zipDirectory.js';

const PART = 'xl/worksheets/sheet9.xml';

/** Sheet-like UTF-8 chunks of ~16 K characters, as worksheetChunks makes them. */
function sheetChunks(rows: number): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let text = '';
  for (let r = 1; r <= rows; r++) {
    text += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>教师${r % 997}</t></is></c><c r="B${r}"><v>${(r * 7919) % 100_003}</v></c></row>`;
    if (text.length >= 16_384) {
      chunks.push(encoder.encode(text));
      text = '';
    }
  }
  chunks.push(encoder.encode(text));
  return chunks;
}

function joined(chunks: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(chunks));
}

/** The saved zip's entry for `name`, inflated, with the CRC-32 and size it declares. */
function savedEntry(zip: Uint8Array, name: string) {
  const entry = readZipDirectory(zip).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in the saved zip`);
  return { bytes: new Uint8Array(inflateRawSync(entry.data)), crc32: entry.crc32, size: entry.uncompressedSize };
}

/** Rejections nobody handled while `run` ran (and a moment after). */
async function unhandledDuring(run: () => Promise<unknown>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  try {
    await run().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    process.off('unhandledRejection', listener);
  }
  return seen;
}

const CODECS: [string, PartCodec][] = [
  ['Node’s zlib', nodeCodec],
  ['the compression streams', streamCodec],
  ['fflate', fflateCodec],
];

describe.each(CODECS)('a part written in chunks, with %s', (_label, codec) => {
  const chunks = sheetChunks(30_000);
  const whole = joined(chunks);

  it('deflates the chunks to what the whole part inflates to, with its CRC-32 and size', async () => {
    const deflater = codec.deflateRawStream();
    for (const chunk of chunks) await deflater.push(chunk);
    const part = await deflater.end();
    expect(Buffer.from(inflateRawSync(part.data)).equals(Buffer.from(whole))).toBe(true);
    expect(part.crc32 >>> 0).toBe(crc32(whole) >>> 0);
    expect(part.size).toBe(whole.length);
  });

  it('deflates no chunks at all to an empty part', async () => {
    const part = await codec.deflateRawStream().end();
    expect(inflateRawSync(part.data).length).toBe(0);
    expect(part).toMatchObject({ crc32: 0, size: 0 });
  });

  it('reads back and saves the same part as setBytes of the joined chunks', async () => {
    const streamed = await OpcPackage.load(await blankPackage(), codec);
    await streamed.setPartChunks(PART, chunks);
    const oneShot = await OpcPackage.load(await blankPackage(), codec);
    oneShot.setBytes(PART, whole);

    expect(streamed.declaredSize(PART)).toBe(whole.length);
    expect(await streamed.text(PART)).toBe(await oneShot.text(PART));
    const read: string[] = [];
    await streamed.streamText(PART, (text) => read.push(text));
    expect(read.join('')).toBe(new TextDecoder().decode(whole));

    const saved = savedEntry(await streamed.save(), PART);
    const reference = savedEntry(await oneShot.save(), PART);
    expect({ crc32: saved.crc32, size: saved.size }).toEqual({ crc32: reference.crc32, size: reference.size });
    expect(Buffer.from(saved.bytes).equals(Buffer.from(whole))).toBe(true);
  });

  it('rejects with the error of chunks that throw midway, leaves the part as it was, and leaves no rejection unhandled', async () => {
    const pkg = await OpcPackage.load(await blankPackage(), codec);
    pkg.setText(PART, '<before/>');
    function* failing(): Generator<Uint8Array> {
      yield* chunks.slice(0, 20);
      throw new Error('row 20 could not be written');
    }
    let outcome: unknown;
    const unhandled = await unhandledDuring(async () => {
      outcome = await pkg.setPartChunks(PART, failing()).then(() => 'resolved', (e: unknown) => e);
    });
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toBe('row 20 could not be written');
    expect(unhandled).toEqual([]);
    expect(await pkg.text(PART)).toBe('<before/>');

    const fresh = await OpcPackage.load(await blankPackage(), codec);
    await expect(fresh.setPartChunks(PART, failing())).rejects.toThrow('row 20');
    expect(fresh.has(PART)).toBe(false);
    expect(readZipDirectory(await fresh.save()).map((e) => e.name)).not.toContain(PART);
  });
});

describe('backpressure: a slow deflater holds the chunks back', () => {
  it('asks for the next chunk only once the deflater has taken the last', async () => {
    let waiting = 0;
    let mostWaiting = 0;
    const taken: Uint8Array[] = [];
    // A deflater that is always behind: each chunk is taken 2 ms after it was pushed.
    const slow: PartCodec = {
      ...nodeCodec,
      deflateRawStream: () => {
        const inner = nodeCodec.deflateRawStream();
        return {
          push(chunk) {
            waiting++;
            mostWaiting = Math.max(mostWaiting, waiting);
            return new Promise<void>((resolve) =>
              setTimeout(() => {
                waiting--;
                taken.push(chunk);
                void inner.push(chunk);
                resolve();
              }, 2),
            );
          },
          end: () => inner.end(),
          abort: () => inner.abort(),
        };
      },
    };
    const chunks = sheetChunks(5_000);
    let made = 0;
    function* counted(): Generator<Uint8Array> {
      for (const chunk of chunks) {
        // Never more than one chunk made and not yet taken.
        expect(made - taken.length).toBeLessThanOrEqual(1);
        made++;
        yield chunk;
      }
    }
    const pkg = await OpcPackage.load(await blankPackage(), slow);
    await pkg.setPartChunks(PART, counted());
    expect(mostWaiting).toBe(1);
    expect(taken.length).toBe(chunks.length);
    expect(await pkg.text(PART)).toBe(new TextDecoder().decode(joined(chunks)));
  });

  it.each([
    ['Node’s zlib', nodeCodec],
    ['the compression streams', streamCodec],
  ])('%s asks the writer to wait once chunks run ahead of the deflate', async (_label, codec) => {
    // 4 MB pushed without waiting: more than any deflater takes at once.
    const deflater = codec.deflateRawStream();
    const chunk = new Uint8Array(64 * 1024).map((_, i) => (i * 2_654_435_761) >>> 24);
    const answers = Array.from({ length: 64 }, () => deflater.push(chunk));
    expect(answers.some((answer) => answer instanceof Promise)).toBe(true);
    await Promise.all(answers);
    const part = await deflater.end();
    expect(part.size).toBe(64 * chunk.length);
    expect(inflateRawSync(part.data).length).toBe(64 * chunk.length);
  });

  it('fflate deflates each chunk as it is pushed: nothing waits, nothing piles up', () => {
    const deflater = fflateCodec.deflateRawStream();
    expect(sheetChunks(2_000).map((chunk) => deflater.push(chunk))).toEqual(sheetChunks(2_000).map(() => undefined));
    deflater.abort();
  });
});

describe('the page without compression streams (Safari before 16.4)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('writes a part in chunks through fflate', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    vi.stubGlobal('DecompressionStream', undefined);
    vi.resetModules();
    const portable = await import('../../../../src/hosts/xlsx/package/portableCodec.js');
    const { OpcPackage: Package } = await import('../../../../src/hosts/xlsx/package/opcPackage.js');
    expect(portable.portableCodec).toBe(portable.fflateCodec);
    const chunks = sheetChunks(3_000);
    const pkg = await Package.load(await blankPackage());
    await pkg.setPartChunks(PART, chunks);
    expect(await pkg.text(PART)).toBe(new TextDecoder().decode(joined(chunks)));
    expect(Buffer.from(savedEntry(await pkg.save(), PART).bytes).equals(Buffer.from(joined(chunks)))).toBe(true);
  });
});
