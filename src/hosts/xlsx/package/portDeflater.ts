/**
 * Parts deflated in another worker, over a MessagePort (issue 23, the page). Chromium's
 * CompressionStream deflates on the thread that writes to it: writing the 20,000-teacher results, ~1.5 s
 * of the page's file worker went to `write` on the stream, while the second core waited
 * (docs/performance.md, "Text decoded a MB at a time, and the written parts deflated in the second
 * worker"). Here the file worker posts each
 * UTF-8 chunk (transferred, not copied) to the service (`serveDeflation`, in the worker that also
 * inflates) and goes on making the next rows; the service feeds the chunks to the same streamCodec
 * deflater the file worker would have used and answers with the deflated part. The bytes written are
 * those of streamCodec, chunk for chunk.
 *
 * Flow control: the service says how many bytes its deflater has taken; the file worker runs at most
 * DEFLATE_AHEAD_BYTES ahead of that (`push` then returns a promise, as every PartDeflater does when
 * behind), so a slow service cannot make the chunks pile up.
 */
import type { WorkerPort } from './inflationProtocol.js';
import { owningBytes } from './joinBytes.js';
import type { DeflatedPart, PartCodec, PartDeflater } from './partCodec.js';
import { streamCodec } from './portableCodec.js';

/**
 * Bytes posted and not yet taken by the service's deflater before `push` says wait: enough to keep
 * the service busy while the file worker makes the next rows (a worksheet's rows come ~16 KB a chunk),
 * small against the page's memory.
 */
export const DEFLATE_AHEAD_BYTES = 4 * 1024 * 1024;

/** What the file worker asks: the next chunk of a part (a job), the part's end, or to drop the part. */
export type DeflationRequest =
  | { kind: 'deflate-chunk'; job: number; chunk: Uint8Array }
  | { kind: 'deflate-end'; job: number }
  | { kind: 'deflate-abort'; job: number };

/** What the service answers: it is serving; bytes its deflater took, the deflated part, or why it failed. */
export type DeflationReply =
  | { kind: 'deflate-ready' }
  | { kind: 'deflate-taken'; job: number; bytes: number }
  | { kind: 'deflate-done'; job: number; part: DeflatedPart }
  | { kind: 'deflate-failed'; job: number; message: string };

const REQUEST_KINDS = new Set(['deflate-chunk', 'deflate-end', 'deflate-abort']);
const REPLY_KINDS = new Set(['deflate-ready', 'deflate-taken', 'deflate-done', 'deflate-failed']);

/** True for the messages this file's two sides exchange; anything else on the port is ignored. */
function isOfKind(data: unknown, kinds: ReadonlySet<string>): boolean {
  return typeof data === 'object' && data !== null && kinds.has((data as { kind?: unknown }).kind as string);
}

/**
 * The service's side: deflates each job's chunks in order with `codec` (streamCodec in the page) and
 * answers on `port`. A chunk is acknowledged once the deflater has taken it (after its backpressure).
 * @example serveDeflation(port) // in the helper worker, beside serveInflation
 */
export function serveDeflation(port: WorkerPort<DeflationRequest, DeflationReply>, codec: Pick<PartCodec, 'deflateRawStream'> = streamCodec): void {
  /** Each job's deflater, and the promise of everything it was given so far (chunks go in one at a time). */
  const jobs = new Map<number, { deflater: PartDeflater; taken: Promise<void> }>();
  const fail = (job: number, error: unknown): void => {
    const running = jobs.get(job);
    if (running === undefined) return;
    jobs.delete(job);
    running.deflater.abort();
    port.postMessage({ kind: 'deflate-failed', job, message: error instanceof Error ? error.message : String(error) });
  };
  port.addEventListener('message', (event) => {
    const request = event.data;
    if (!isOfKind(request, REQUEST_KINDS)) return;
    const { job } = request;
    if (request.kind === 'deflate-abort') {
      jobs.get(job)?.deflater.abort();
      jobs.delete(job);
      return;
    }
    let running = jobs.get(job);
    if (running === undefined) {
      running = { deflater: codec.deflateRawStream(), taken: Promise.resolve() };
      jobs.set(job, running);
    }
    const { deflater } = running;
    if (request.kind === 'deflate-chunk') {
      const { chunk } = request;
      running.taken = running.taken.then(async () => {
        await deflater.push(chunk);
        port.postMessage({ kind: 'deflate-taken', job, bytes: chunk.length });
      });
      running.taken.catch((error: unknown) => fail(job, error));
      return;
    }
    running.taken
      .then(() => deflater.end())
      .then((part) => {
        if (jobs.get(job)?.deflater !== deflater) return;
        jobs.delete(job);
        const data = owningBytes(part.data);
        port.postMessage({ kind: 'deflate-done', job, part: { data, crc32: part.crc32, size: part.size } }, [data.buffer]);
      })
      .catch((error: unknown) => fail(job, error));
  });
  port.start?.();
  port.postMessage({ kind: 'deflate-ready' });
}

/**
 * The file worker's side: deflaters for a codec's `deflateRawStream`, each part a job of the service at
 * the other end of `port`. Until the service says it is ready, and once it is lost (its worker failed),
 * parts are `fallback`'s (streamCodec), deflated here as before; a part in flight when it is lost fails
 * (its chunks went to the service), and the write that made it with it — the next run deflates here.
 * @example const deflaters = new PortDeflaters(port, streamCodec); const codec = { ...streamCodec, deflateRawStream: () => deflaters.deflater() };
 */
export class PortDeflaters {
  private ready = false;
  private gone = false;
  private nextJob = 1;
  /** Each part in flight: what it does with the service's replies, and how it fails when the service is lost. */
  private readonly parts = new Map<number, { reply(reply: DeflationReply): void; lose(error: Error): void }>();

  constructor(
    private readonly port: WorkerPort<DeflationReply, DeflationRequest>,
    private readonly fallback: Pick<PartCodec, 'deflateRawStream'>,
    private readonly aheadBytes = DEFLATE_AHEAD_BYTES,
  ) {
    port.addEventListener('message', (event) => {
      const reply = event.data;
      if (!isOfKind(reply, REPLY_KINDS)) return;
      if (reply.kind === 'deflate-ready') this.ready = !this.gone;
      else this.parts.get(reply.job)?.reply(reply);
    });
    port.start?.();
  }

  /** Parts sent and not yet done, failed or dropped. */
  get partsInFlight(): number {
    return this.parts.size;
  }

  /** The service is gone: parts in flight fail, later ones are deflated by `fallback`. */
  lost(): void {
    this.gone = true;
    this.ready = false;
    for (const part of [...this.parts.values()]) part.lose(new Error('the deflating worker stopped while a part was being written'));
  }

  /** A deflater for the next part: the service's once it is ready, else `fallback`'s. */
  deflater(): PartDeflater {
    if (!this.ready || this.gone) return this.fallback.deflateRawStream();
    const { port, parts, aheadBytes } = this;
    const job = this.nextJob++;
    let ahead = 0;
    let failure: Error | null = null;
    let caughtUp: { resolve: () => void; reject: (error: Error) => void } | null = null;
    let ended: { resolve: (part: DeflatedPart) => void; reject: (error: Error) => void } | null = null;
    const finished = new Promise<DeflatedPart>((resolve, reject) => {
      ended = { resolve, reject };
    });
    // Awaited by end(); a part dropped before then must not leave an unhandled rejection.
    finished.catch(() => undefined);
    const fail = (error: Error): void => {
      parts.delete(job);
      failure = error;
      caughtUp?.reject(error);
      caughtUp = null;
      ended?.reject(error);
    };
    parts.set(job, {
      reply: (reply) => {
        if (reply.kind === 'deflate-taken') {
          ahead -= reply.bytes;
          if (caughtUp !== null && ahead <= aheadBytes) {
            caughtUp.resolve();
            caughtUp = null;
          }
        } else if (reply.kind === 'deflate-done') {
          parts.delete(job);
          ended?.resolve(reply.part);
        } else if (reply.kind === 'deflate-failed') {
          fail(new Error(reply.message));
        }
      },
      lose: fail,
    });
    const post = (request: DeflationRequest, transfer: Transferable[] = []): void => {
      try {
        port.postMessage(request, transfer);
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    };
    return {
      push(chunk) {
        if (failure !== null) return Promise.reject(failure);
        if (chunk.length === 0) return undefined;
        const own = owningBytes(chunk);
        ahead += own.length;
        post({ kind: 'deflate-chunk', job, chunk: own }, [own.buffer]);
        if (failure !== null) return Promise.reject(failure);
        if (ahead <= aheadBytes) return undefined;
        return new Promise<void>((resolve, reject) => {
          caughtUp = { resolve, reject };
        });
      },
      end() {
        if (failure === null) post({ kind: 'deflate-end', job });
        return finished;
      },
      abort() {
        parts.delete(job);
        if (failure === null) post({ kind: 'deflate-abort', job });
        failure ??= new Error('the part was dropped');
        caughtUp = null;
        ended = null;
      },
    };
  }
}
