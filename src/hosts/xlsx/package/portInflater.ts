/**
 * A codec whose large parts are inflated on the other end of a MessagePort (inflationService.ts, the
 * page's inflating worker), so the thread that reads them only reads. Everything else is `fallback`'s
 * (streamCodec), and so is any part the service cannot inflate: before it said it is ready, after it is
 * lost (PortInflater.lost), or when it fails a part — then `fallback` inflates that part again and hands
 * on only what the service had not, so a damaged part is refused with `fallback`'s own error. The
 * entry's checks (entryCheck.ts) run in `onChunk` as the pieces arrive, as with any codec.
 */
import {
  HELPED_FROM_BYTES, INPUT_PIECE_BYTES, type WorkerPort, type InflationReply, type InflationRequest,
} from './inflationProtocol.js';
import type { PartCodec } from './partCodec.js';

/** What a job in flight does with the service's replies. */
interface Waiting {
  piece(piece: Uint8Array): void;
  done(): void;
  /** The service failed this part or is lost: `fallback` takes over. */
  fallBack(): void;
}

/**
 * Holds the codec's end of the port.
 * @example const inflater = new PortInflater(port, streamCodec); await XlsxHost.open(bytes, { codec: inflater.codec });
 */
export class PortInflater {
  private ready = false;
  private gone = false;
  private nextJob = 1;
  private readonly waiting = new Map<number, Waiting>();

  /** `fallback`, with the large parts inflated through the port. */
  readonly codec: PartCodec;

  constructor(
    private readonly port: WorkerPort<InflationReply, InflationRequest>,
    private readonly fallback: PartCodec,
  ) {
    this.codec = { ...fallback, inflateRaw: (compressed, declared, onChunk) => this.inflateRaw(compressed, declared, onChunk) };
    port.addEventListener('message', (event) => this.received(event.data));
    port.start?.();
  }

  /** Jobs sent and not yet ended (none once each part is read, failed or refused). */
  get jobsInFlight(): number {
    return this.waiting.size;
  }

  /** The service is gone (its worker failed): parts in flight and later ones are inflated by `fallback`. */
  lost(): void {
    this.gone = true;
    for (const job of [...this.waiting.values()]) job.fallBack();
  }

  private received(reply: InflationReply): void {
    if (reply.kind === 'ready') {
      this.ready = !this.gone;
      return;
    }
    const job = this.waiting.get(reply.job);
    if (job === undefined) return; // a job given up (refused by onChunk, or lost) still had pieces coming
    if (reply.kind === 'piece') job.piece(reply.piece);
    else if (reply.kind === 'done') job.done();
    else job.fallBack();
  }

  private inflateRaw(compressed: Uint8Array, declared: Parameters<PartCodec['inflateRaw']>[1], onChunk: (chunk: Uint8Array) => void): Promise<void> {
    if (!this.ready || this.gone || compressed.length < HELPED_FROM_BYTES) return this.fallback.inflateRaw(compressed, declared, onChunk);
    const id = this.nextJob++;
    return new Promise<void>((resolve, reject) => {
      let handedOn = 0;
      const end = (): boolean => this.waiting.delete(id);
      this.waiting.set(id, {
        piece: (piece) => {
          try {
            // Whole: streamText decodes the browser's codec's bytes a MB at a time (textBatchBytes), so a
            // piece cut up here would only be joined again (joinBytes took 1.9 s of the opening at 20,000).
            onChunk(piece);
          } catch (error) {
            // The entry's checks refused it (a bomb past its budget): the service stops too.
            end();
            this.post({ kind: 'cancel', job: id });
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          handedOn += piece.length;
          this.post({ kind: 'ack', job: id });
        },
        done: () => {
          end();
          resolve();
        },
        fallBack: () => {
          if (!end()) return;
          this.fallback.inflateRaw(compressed, declared, skipping(handedOn, onChunk)).then(resolve, reject);
        },
      });
      // A copy crosses, in pieces the service lets go of as it feeds them: the file's bytes stay whole
      // here for saving (~20 ms for 39 MB).
      const pieces: Uint8Array[] = [];
      for (let at = 0; at < compressed.length; at += INPUT_PIECE_BYTES) pieces.push(compressed.slice(at, at + INPUT_PIECE_BYTES));
      const { compressedSize, uncompressedSize, crc32 } = declared;
      try {
        this.port.postMessage(
          { kind: 'inflate', job: id, compressed: pieces, declared: { compressedSize, uncompressedSize, crc32 } },
          pieces.map((piece) => piece.buffer as ArrayBuffer),
        );
      } catch {
        this.waiting.get(id)?.fallBack();
      }
    });
  }

  private post(request: InflationRequest): void {
    try {
      this.port.postMessage(request);
    } catch {
      // A port that cannot post is a lost service: its jobs are inflated here.
      this.lost();
    }
  }
}

/** `onChunk` for the bytes after the first `skip`. */
function skipping(skip: number, onChunk: (chunk: Uint8Array) => void): (chunk: Uint8Array) => void {
  let left = skip;
  return (chunk) => {
    if (left >= chunk.length) {
      left -= chunk.length;
      return;
    }
    const rest = left === 0 ? chunk : chunk.subarray(left);
    left = 0;
    onChunk(rest);
  };
}
