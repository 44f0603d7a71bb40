/**
 * Large parts inflated on the other end of a port (issue 23, the page's inflating worker): the codec
 * (portInflater.ts) and the service (inflationService.ts) wired with Node's MessageChannel and
 * DecompressionStream, as the page's file worker and inflating worker are. A part reads back as with
 * streamCodec, is refused as with streamCodec, stops at the budget, never runs more than the credit
 * ahead of its reader, and falls back to streamCodec whenever the service is missing or fails.
 */
import { deflateRawSync, crc32 as zlibCrc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { EntryCheck, INFLATE_BUDGET_BYTES, InflateBudget } from '../../../../src/hosts/xlsx/package/entryCheck.js';
import {
  CREDIT_PIECES, HELPED_FROM_BYTES, PIECE_BYTES, type WorkerPort, type InflationReply, type InflationRequest,
} from '../../../../src/hosts/xlsx/package/inflationProtocol.js';
import { serveInflation } from '../../../../src/hosts/xlsx/package/inflationService.js';
import type { DeclaredEntry, PartCodec } from '../../../../src/hosts/xlsx/package/partCodec.js';
import { gzipInflation, streamCodec } from '../../../../src/hosts/xlsx/package/portableCodec.js';
import { PortInflater } from '../../../../src/hosts/xlsx/package/portInflater.js';

type CodecPort = WorkerPort<InflationReply, InflationRequest>;
type ServicePort = WorkerPort<InflationRequest, InflationReply>;

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

function channel(): { codecEnd: MessagePort; serviceEnd: MessagePort } {
  const made = new MessageChannel();
  channels.push(made);
  return { codecEnd: made.port1, serviceEnd: made.port2 };
}

/** A codec with the service at the other end of a channel, once the service said it is ready. */
async function servedInflater(): Promise<PortInflater> {
  const { codecEnd, serviceEnd } = channel();
  serveInflation(serviceEnd as unknown as ServicePort);
  const inflater = new PortInflater(codecEnd as unknown as CodecPort, streamCodec);
  await readyOf(codecEnd);
  return inflater;
}

function readyOf(port: MessagePort): Promise<void> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent<InflationReply>): void => {
      if (event.data.kind !== 'ready') return;
      port.removeEventListener('message', listener as EventListener);
      resolve();
    };
    port.addEventListener('message', listener as EventListener);
  });
}

/** Text that deflates only ~2× (pseudo-random digits), so a few MB of it pass HELPED_FROM_BYTES deflated. */
function digits(bytes: number, seed = 1): Uint8Array {
  const out = new Uint8Array(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = i % 80 === 79 ? 0x0a : 0x30 + ((x >>> 16) % 10);
  }
  return out;
}

interface Entry {
  text: Uint8Array;
  compressed: Uint8Array;
  declared: DeclaredEntry;
}

function entryOf(text: Uint8Array): Entry {
  const compressed = new Uint8Array(deflateRawSync(text));
  return { text, compressed, declared: { compressedSize: compressed.length, uncompressedSize: text.length, crc32: zlibCrc32(text) } };
}

const LARGE = entryOf(digits(6 * 1024 * 1024));

/** Inflates as the package does: the entry's checks on each chunk, then at the end; the bytes read. */
async function read(codec: PartCodec, entry: Entry, budget = new InflateBudget()): Promise<Uint8Array> {
  const check = new EntryCheck('xl/worksheets/sheet1.xml', entry.declared, budget, codec.checksDeclared === true ? null : codec.crc32);
  const chunks: Uint8Array[] = [];
  await codec.inflateRaw(entry.compressed, entry.declared, (chunk) => {
    check.add(chunk);
    chunks.push(chunk.slice());
  });
  check.end();
  return Buffer.concat(chunks);
}

async function refusal(codec: PartCodec, entry: Entry, budget?: InflateBudget): Promise<unknown> {
  return read(codec, entry, budget).then(() => null, (e: unknown) => e);
}

describe('a part inflated through the port', () => {
  it('passes HELPED_FROM_BYTES deflated in this test, so the service does inflate it', () => {
    expect(LARGE.compressed.length).toBeGreaterThan(HELPED_FROM_BYTES);
  });

  it('reads back byte for byte what streamCodec reads', async () => {
    const inflater = await servedInflater();
    const through = await read(inflater.codec, LARGE);
    expect(Buffer.from(through).equals(Buffer.from(await read(streamCodec, LARGE)))).toBe(true);
    expect(Buffer.from(through).equals(Buffer.from(LARGE.text))).toBe(true);
    expect(inflater.jobsInFlight).toBe(0);
  });

  it('hands the reader whole pieces, which streamText decodes without joining them again', async () => {
    const inflater = await servedInflater();
    const sizes: number[] = [];
    await inflater.codec.inflateRaw(LARGE.compressed, LARGE.declared, (chunk) => sizes.push(chunk.length));
    expect(sizes.slice(0, -1).every((size) => size >= PIECE_BYTES)).toBe(true);
    expect(inflater.codec.textBatchBytes).toBeLessThanOrEqual(PIECE_BYTES);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(LARGE.text.length);
  });

  it('keeps two parts read at once apart (jobs are numbered)', async () => {
    const inflater = await servedInflater();
    const other = entryOf(digits(3 * 1024 * 1024, 7));
    const [a, b] = await Promise.all([read(inflater.codec, LARGE), read(inflater.codec, other)]);
    expect(Buffer.from(a).equals(Buffer.from(LARGE.text))).toBe(true);
    expect(Buffer.from(b).equals(Buffer.from(other.text))).toBe(true);
    expect(inflater.jobsInFlight).toBe(0);
  });

  it('leaves the bytes it was given whole (a copy crosses)', async () => {
    const inflater = await servedInflater();
    const before = Buffer.from(LARGE.compressed);
    await read(inflater.codec, LARGE);
    expect(LARGE.compressed.byteLength).toBe(before.length);
    expect(Buffer.from(LARGE.compressed).equals(before)).toBe(true);
  });
});

describe('a damaged part through the port', () => {
  const flipped = (() => {
    const compressed = LARGE.compressed.slice();
    compressed[Math.floor(compressed.length * 0.7)]! ^= 0x55;
    return { ...LARGE, compressed };
  })();
  const wrongCrc = { ...LARGE, declared: { ...LARGE.declared, crc32: (LARGE.declared.crc32 ^ 1) >>> 0 } };
  const shortSize = { ...LARGE, declared: { ...LARGE.declared, uncompressedSize: LARGE.declared.uncompressedSize - 10 } };

  it.each([
    ['a flipped byte in its deflate data', flipped],
    ['a CRC-32 that does not match', wrongCrc],
    ['a declared size smaller than it inflates to', shortSize],
  ])('is refused as streamCodec refuses it: %s', async (_name, entry) => {
    const inflater = await servedInflater();
    const expected = await refusal(streamCodec, entry);
    expect(expected).toBeInstanceOf(Error);
    const got = await refusal(inflater.codec, entry);
    expect(got).toBeInstanceOf((expected as Error).constructor);
    expect((got as Error).message).toBe((expected as Error).message);
    expect(inflater.jobsInFlight).toBe(0);
  });

  it('stops at the package’s budget, the service a few pieces ahead at most', async () => {
    const { codecEnd, serviceEnd } = channel();
    const posted: InflationReply[] = [];
    const counting = {
      postMessage: (message: InflationReply, transfer?: Transferable[]) => {
        posted.push(message);
        serviceEnd.postMessage(message, transfer ?? []);
      },
      addEventListener: serviceEnd.addEventListener.bind(serviceEnd),
      start: () => serviceEnd.start(),
    } as unknown as ServicePort;
    serveInflation(counting);
    const inflater = new PortInflater(codecEnd as unknown as CodecPort, streamCodec);
    await readyOf(codecEnd);
    const budget = new InflateBudget();
    budget.inflated = INFLATE_BUDGET_BYTES - 2 * PIECE_BYTES;
    const expected = await refusal(streamCodec, LARGE, Object.assign(new InflateBudget(), { inflated: budget.inflated }));
    const got = await refusal(inflater.codec, LARGE, budget);
    expect((got as Error).message).toBe((expected as Error).message);
    expect((got as { reason?: string }).reason).toBe('too-large');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const pieces = posted.filter((m) => m.kind === 'piece').length;
    // Refused at the third piece: the service had at most CREDIT_PIECES out, and stopped.
    expect(pieces).toBeLessThanOrEqual(3 + CREDIT_PIECES);
    expect(pieces).toBeLessThan(LARGE.text.length / PIECE_BYTES);
    expect(posted.some((m) => m.kind === 'done')).toBe(false);
    expect(inflater.jobsInFlight).toBe(0);
  });
});

describe('the service’s flow control', () => {
  it('takes the part’s data in pieces and lets go of each (the array it is given is emptied)', async () => {
    const pieces = [LARGE.compressed.slice(0, 1000), LARGE.compressed.slice(1000)];
    const reader = gzipInflation(pieces, LARGE.declared);
    expect(pieces).toEqual([]);
    const chunks: Uint8Array[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(Buffer.concat(chunks).equals(Buffer.from(LARGE.text))).toBe(true);
  });

  it('posts no more than CREDIT_PIECES pieces its reader has not acknowledged', async () => {
    const { codecEnd, serviceEnd } = channel();
    serveInflation(serviceEnd as unknown as ServicePort);
    const replies: InflationReply[] = [];
    codecEnd.addEventListener('message', ((event: MessageEvent<InflationReply>) => {
      replies.push(event.data);
    }) as EventListener);
    codecEnd.start();
    const copy = LARGE.compressed.slice();
    codecEnd.postMessage({ kind: 'inflate', job: 1, compressed: [copy], declared: LARGE.declared } satisfies InflationRequest, [copy.buffer]);
    const settled = async (): Promise<number> => {
      // Until nothing more arrives for a while: a slow reader that acknowledges nothing.
      let seen = -1;
      while (seen !== replies.length) {
        seen = replies.length;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      return replies.filter((m) => m.kind === 'piece').length;
    };
    expect(await settled()).toBe(CREDIT_PIECES);
    codecEnd.postMessage({ kind: 'ack', job: 1 } satisfies InflationRequest);
    expect(await settled()).toBe(CREDIT_PIECES + 1);
    codecEnd.postMessage({ kind: 'cancel', job: 1 } satisfies InflationRequest);
    await settled();
    expect(replies.some((m) => m.kind === 'done' || m.kind === 'failed')).toBe(false);
    for (const m of replies) if (m.kind === 'piece') expect(m.piece.length).toBeGreaterThanOrEqual(PIECE_BYTES);
  });
});

describe('falling back to streamCodec', () => {
  it('inflates itself while the service has not said it is ready (its worker never loaded)', async () => {
    const sent: InflationRequest[] = [];
    const silent = { postMessage: (m: InflationRequest) => sent.push(m), addEventListener: () => undefined } as CodecPort;
    const inflater = new PortInflater(silent, streamCodec);
    expect(Buffer.from(await read(inflater.codec, LARGE)).equals(Buffer.from(LARGE.text))).toBe(true);
    expect(sent).toEqual([]);
  });

  /** A service that says ready, posts the first `pieces` pieces of the part, then does `then`. */
  function failingService(pieces: number, then: 'failed' | 'nothing'): { port: CodecPort; inflater: () => PortInflater } {
    let listener: ((event: MessageEvent<InflationReply>) => void) | null = null;
    const deliver = (data: InflationReply): void => void setTimeout(() => listener?.(new MessageEvent('message', { data })));
    const port: CodecPort = {
      postMessage: (m) => {
        if (m.kind !== 'inflate') return;
        for (let i = 0; i < pieces; i++) deliver({ kind: 'piece', job: m.job, piece: LARGE.text.slice(i * PIECE_BYTES, (i + 1) * PIECE_BYTES) });
        if (then === 'failed') deliver({ kind: 'failed', job: m.job, message: 'out of memory' });
      },
      addEventListener: (_type, l) => {
        listener = l;
        deliver({ kind: 'ready' });
      },
    };
    let made: PortInflater | null = null;
    return { port, inflater: () => (made ??= new PortInflater(port, streamCodec)) };
  }

  it('reads the rest of a part itself when the service fails it midway (the same bytes, once each)', async () => {
    const { inflater } = failingService(2, 'failed');
    const codec = inflater();
    await new Promise((resolve) => setTimeout(resolve));
    expect(Buffer.from(await read(codec.codec, LARGE)).equals(Buffer.from(LARGE.text))).toBe(true);
    expect(codec.jobsInFlight).toBe(0);
  });

  it('reads the parts in flight and later ones itself once the service is lost', async () => {
    const { inflater } = failingService(3, 'nothing');
    const codec = inflater();
    await new Promise((resolve) => setTimeout(resolve));
    const reading = read(codec.codec, LARGE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    codec.lost();
    expect(Buffer.from(await reading).equals(Buffer.from(LARGE.text))).toBe(true);
    expect(Buffer.from(await read(codec.codec, LARGE)).equals(Buffer.from(LARGE.text))).toBe(true);
    expect(codec.jobsInFlight).toBe(0);
  });

  it('inflates itself when the port cannot post', async () => {
    let listener: ((event: MessageEvent<InflationReply>) => void) | null = null;
    const broken: CodecPort = {
      postMessage: () => {
        throw new Error('DataCloneError');
      },
      addEventListener: (_type, l) => (listener = l),
    };
    const inflater = new PortInflater(broken, streamCodec);
    listener!(new MessageEvent('message', { data: { kind: 'ready' } }));
    expect(Buffer.from(await read(inflater.codec, LARGE)).equals(Buffer.from(LARGE.text))).toBe(true);
    expect(inflater.jobsInFlight).toBe(0);
  });

  it('keeps small parts to itself', async () => {
    const { codecEnd, serviceEnd } = channel();
    const asked: InflationRequest[] = [];
    serviceEnd.addEventListener('message', ((event: MessageEvent<InflationRequest>) => {
      asked.push(event.data);
    }) as EventListener);
    serviceEnd.start();
    serviceEnd.postMessage({ kind: 'ready' } satisfies InflationReply);
    const inflater = new PortInflater(codecEnd as unknown as CodecPort, streamCodec);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const small = entryOf(digits(100_000));
    expect(Buffer.from(await read(inflater.codec, small)).equals(Buffer.from(small.text))).toBe(true);
    expect(asked).toEqual([]);
  });
});
