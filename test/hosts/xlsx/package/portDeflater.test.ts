/**
 * Parts deflated in another worker over a MessagePort (issue 23, the page): the file worker's side
 * (PortDeflaters) and the service's (serveDeflation) wired with Node's MessageChannel. The part is
 * streamCodec's bytes, chunk for chunk; the file worker never runs more than its allowance ahead of what
 * the service's deflater took; a failure there reaches the part's writer; a dropped part frees the
 * service's deflater.
 */
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeflatedPart, PartCodec, PartDeflater } from '../../../../src/hosts/xlsx/package/partCodec.js';
import { type DeflationReply, type DeflationRequest, PortDeflaters, serveDeflation } from '../../../../src/hosts/xlsx/package/portDeflater.js';
import type { WorkerPort } from '../../../../src/hosts/xlsx/package/inflationProtocol.js';
import { joinBytes } from '../../../../src/hosts/xlsx/package/joinBytes.js';
import { streamCodec } from '../../../../src/hosts/xlsx/package/portableCodec.js';

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** A file worker's deflaters and a service at the two ends of a channel, once the service said it is ready. */
async function wired(codec: Pick<PartCodec, 'deflateRawStream'> = streamCodec, aheadBytes?: number): Promise<PortDeflaters> {
  const channel = new MessageChannel();
  channels.push(channel);
  const deflaters = new PortDeflaters(channel.port1 as unknown as WorkerPort<DeflationReply, DeflationRequest>, LOCAL, aheadBytes);
  serveDeflation(channel.port2 as unknown as WorkerPort<DeflationRequest, DeflationReply>, codec);
  await turn();
  return deflaters;
}

/** The file worker's own deflater, told apart from the service's by what it reports. */
const LOCAL: Pick<PartCodec, 'deflateRawStream'> = {
  deflateRawStream: () => ({ push: () => undefined, end: async () => ({ data: new Uint8Array(0), crc32: -1, size: -1 }), abort: () => undefined }),
};

const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

/** Worksheet-like UTF-8 in chunks of varying length, CJK included. */
function sheetChunks(rows: number): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let text = '';
  for (let r = 1; r <= rows; r++) {
    text += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>教师${r % 997}</t></is></c><c r="B${r}"><v>${(r * 7919) % 1000}</v></c></row>`;
    if (text.length > 3000 + (r % 7) * 1000) {
      chunks.push(encoder.encode(text));
      text = '';
    }
  }
  chunks.push(encoder.encode(text));
  return chunks;
}

async function deflateWith(deflater: PartDeflater, chunks: readonly Uint8Array[]): Promise<DeflatedPart> {
  for (const chunk of chunks) await deflater.push(chunk);
  return deflater.end();
}

/** A codec whose deflater takes each chunk only when the test says so, and records what it was given. */
function heldCodec() {
  const given: Uint8Array[] = [];
  const waiting: (() => void)[] = [];
  let aborted = 0;
  const codec: Pick<PartCodec, 'deflateRawStream'> = {
    deflateRawStream: () => ({
      push(chunk) {
        given.push(chunk);
        return new Promise<void>((resolve) => waiting.push(resolve));
      },
      end: async () => ({ data: new Uint8Array([1, 2, 3]), crc32: 7, size: given.reduce((n, c) => n + c.length, 0) }),
      abort: () => void aborted++,
    }),
  };
  return { codec, given, takeOne: () => waiting.shift()?.(), aborted: () => aborted };
}

describe('PortDeflaters and serveDeflation', () => {
  it('deflate a part to streamCodec’s bytes, with its CRC-32 and size', async () => {
    const chunks = sheetChunks(20_000);
    const whole = joinBytes(chunks);
    const local = await deflateWith(streamCodec.deflateRawStream(), chunks.map((c) => c.slice()));
    const remote = await deflateWith((await wired()).deflater(), chunks.map((c) => c.slice()));
    expect(remote.size).toBe(whole.length);
    expect(remote.crc32).toBe(zlibCrc32(whole));
    expect(Buffer.from(inflateRawSync(remote.data)).equals(Buffer.from(whole))).toBe(true);
    expect(Buffer.from(remote.data).equals(Buffer.from(local.data))).toBe(true);
  });

  it('keep parts written at the same time apart', async () => {
    const deflaters = await wired();
    const [a, b] = [sheetChunks(3_000), sheetChunks(5_000).reverse()];
    const [wholeA, wholeB] = [joinBytes(a), joinBytes(b)];
    const [partA, partB] = await Promise.all([deflateWith(deflaters.deflater(), a), deflateWith(deflaters.deflater(), b)]);
    expect(Buffer.from(inflateRawSync(partA.data)).equals(Buffer.from(wholeA))).toBe(true);
    expect(Buffer.from(inflateRawSync(partB.data)).equals(Buffer.from(wholeB))).toBe(true);
  });

  it('transfer a chunk that owns its buffer, and copy one that does not', async () => {
    const deflater = (await wired()).deflater();
    const owned = new TextEncoder().encode('<row r="1"/>');
    const big = new TextEncoder().encode('<row r="2"/><row r="3"/>');
    const view = big.subarray(0, 12);
    deflater.push(owned);
    deflater.push(view);
    expect(owned.byteLength).toBe(0);
    expect(big.byteLength).toBe(24);
    const part = await deflater.end();
    expect(new TextDecoder().decode(inflateRawSync(part.data))).toBe('<row r="1"/><row r="2"/>');
  });

  it('run no more than their allowance ahead of what the service’s deflater took', async () => {
    const held = heldCodec();
    const deflater = (await wired(held.codec, 2_000)).deflater();
    const chunk = () => new Uint8Array(900);
    expect(deflater.push(chunk())).toBeUndefined();
    expect(deflater.push(chunk())).toBeUndefined();
    let caughtUp = false;
    const behind = deflater.push(chunk());
    expect(behind).toBeInstanceOf(Promise);
    void behind!.then(() => (caughtUp = true));
    await turn();
    expect(held.given).toHaveLength(1);
    expect(caughtUp).toBe(false);
    held.takeOne();
    await turn();
    // 2,700 posted, 900 taken: 1,800 ahead, within 2,000
    expect(caughtUp).toBe(true);
    held.takeOne();
    await turn();
    held.takeOne();
    await turn();
    expect(held.given).toHaveLength(3);
    await expect(deflater.end()).resolves.toMatchObject({ crc32: 7, size: 2_700 });
  });

  it('pass a failure of the service’s deflater to the part’s writer', async () => {
    let aborted = 0;
    const failing: Pick<PartCodec, 'deflateRawStream'> = {
      deflateRawStream: () => ({
        push: (chunk) => (chunk[0] === 9 ? Promise.reject(new Error('deflate broke')) : undefined),
        end: () => Promise.reject(new Error('not reached')),
        abort: () => void aborted++,
      }),
    };
    const deflater = (await wired(failing, 10)).deflater();
    deflater.push(new Uint8Array([1]));
    const behind = deflater.push(new Uint8Array(20).fill(9));
    await expect(behind).rejects.toThrow('deflate broke');
    await expect(deflater.push(new Uint8Array([1]))).rejects.toThrow('deflate broke');
    await expect(deflater.end()).rejects.toThrow('deflate broke');
    expect(aborted).toBe(1);
  });

  it('free the service’s deflater when a part is dropped, and answer nothing more for it', async () => {
    const held = heldCodec();
    const deflaters = await wired(held.codec);
    const deflater = deflaters.deflater();
    deflater.push(new Uint8Array(10));
    await turn();
    deflater.abort();
    await turn();
    expect(held.aborted()).toBe(1);
    held.takeOne();
    await turn();
    await expect(deflater.push(new Uint8Array(1))).rejects.toThrow('dropped');
    expect(deflaters.partsInFlight).toBe(0);
  });

  it('deflate here until the service says it is ready', async () => {
    const channel = new MessageChannel();
    channels.push(channel);
    const deflaters = new PortDeflaters(channel.port1 as unknown as WorkerPort<DeflationReply, DeflationRequest>, LOCAL);
    await expect(deflaters.deflater().end()).resolves.toMatchObject({ crc32: -1 });
    serveDeflation(channel.port2 as unknown as WorkerPort<DeflationRequest, DeflationReply>);
    await turn();
    await expect(deflaters.deflater().end()).resolves.toMatchObject({ crc32: 0, size: 0 });
    expect(deflaters.partsInFlight).toBe(0);
  });

  it('fail the parts in flight when the service is lost, and deflate the next ones here', async () => {
    const held = heldCodec();
    const deflaters = await wired(held.codec, 10);
    const deflater = deflaters.deflater();
    const behind = deflater.push(new Uint8Array(20));
    expect(deflaters.partsInFlight).toBe(1);
    deflaters.lost();
    await expect(behind).rejects.toThrow('deflating worker stopped');
    await expect(deflater.end()).rejects.toThrow('deflating worker stopped');
    expect(deflaters.partsInFlight).toBe(0);
    await expect(deflaters.deflater().end()).resolves.toMatchObject({ crc32: -1 });
  });
});
