/**
 * The inflating side of inflationProtocol.ts: runs in the page's inflating worker
 * (src/taskpane/inflateWorker.ts) and inflates the parts a PortInflater sends, with the same gzip
 * stream as streamCodec (the trailer checks the CRC-32 and size the entry declares), posting the bytes
 * back in pieces of PIECE_BYTES, never more than CREDIT_PIECES ahead of the acknowledgements.
 */
import {
  CREDIT_PIECES, PIECE_BYTES, type WorkerPort, type InflationReply, type InflationRequest,
} from './inflationProtocol.js';
import { joinBytes, owningBytes } from './joinBytes.js';
import type { DeclaredEntry } from './partCodec.js';
import { gzipInflation } from './portableCodec.js';

/** One job's flow control: pieces it may still post, the wait for the next acknowledgement. */
interface Job {
  credit: number;
  cancelled: boolean;
  wake: (() => void) | null;
  reader: ReadableStreamDefaultReader<Uint8Array> | null;
}

/**
 * Serves inflation requests arriving on `port`, jobs side by side, and says it is ready.
 * @example serveInflation(channel.port1); // the codec holds channel.port2 (portInflater.ts)
 */
export function serveInflation(port: WorkerPort<InflationRequest, InflationReply>): void {
  const jobs = new Map<number, Job>();

  port.addEventListener('message', (event) => {
    const request = event.data;
    if (request.kind === 'inflate') {
      const job: Job = { credit: CREDIT_PIECES, cancelled: false, wake: null, reader: null };
      jobs.set(request.job, job);
      inflateJob(port, request.job, job, request.compressed, request.declared).then(
        () => {
          if (!job.cancelled) port.postMessage({ kind: 'done', job: request.job });
        },
        (error: unknown) => {
          if (!job.cancelled) port.postMessage({ kind: 'failed', job: request.job, message: error instanceof Error ? error.message : String(error) });
        },
      ).finally(() => jobs.delete(request.job));
      return;
    }
    const job = jobs.get(request.job);
    if (job === undefined) return; // a job already ended
    if (request.kind === 'ack') job.credit++;
    else {
      job.cancelled = true;
      void job.reader?.cancel().catch(() => undefined);
    }
    job.wake?.();
  });
  port.start?.();
  port.postMessage({ kind: 'ready' });
}

/** Inflates one part, posting its bytes in pieces as the credit allows; resolves quietly once cancelled. */
async function inflateJob(
  port: WorkerPort<InflationRequest, InflationReply>, id: number, job: Job, compressed: Uint8Array[], declared: DeclaredEntry,
): Promise<void> {
  // The stream's feed takes the pieces off `compressed` as it writes them: none is held here after.
  const reader = gzipInflation(compressed, declared);
  job.reader = reader;
  let gathered: Uint8Array[] = [];
  let size = 0;
  const post = async (): Promise<void> => {
    // No credit left: the stream is not read meanwhile, so it stops inflating too (its feed waits).
    while (job.credit === 0 && !job.cancelled) await new Promise<void>((resolve) => (job.wake = resolve));
    job.wake = null;
    if (job.cancelled) return;
    job.credit--;
    // A stream chunk may be a view of a larger buffer: transfer only bytes of this piece.
    const piece = owningBytes(joinBytes(gathered));
    gathered = [];
    size = 0;
    port.postMessage({ kind: 'piece', job: id, piece }, [piece.buffer]);
  };
  for (;;) {
    const next = await reader.read();
    if (job.cancelled) return;
    if (next.done) break;
    gathered.push(next.value);
    size += next.value.length;
    if (size >= PIECE_BYTES) await post();
    if (job.cancelled) return;
  }
  if (size > 0) await post();
}
