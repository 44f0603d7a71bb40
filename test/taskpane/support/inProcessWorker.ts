/**
 * A Web Worker stand-in for Node tests that runs the real worker code in-process: `new Worker(url)` for
 * fileWorker.ts or schoolWorker.ts serves that file's messages (serveFiles / serveSchools) on a scope of
 * its own, messages cross asynchronously and are cloned (transferred buffers are detached, as in a
 * browser). A school job whose file name contains 崩溃 kills its worker: an `error` event, no answer.
 * inflateWorker.ts is served too (over the MessagePort it is handed), or, with `inflateFails`, fails
 * to start: an `error` event, as when its script does not load.
 */
import type { SchoolJob } from '../../../src/app/consolidate.js';
import { serveFiles } from '../../../src/taskpane/fileWorker.js';
import { serveInflateWorker } from '../../../src/taskpane/inflateWorker.js';
import { serveSchools } from '../../../src/taskpane/schoolWorker.js';

type Kind = 'file' | 'school' | 'inflate' | 'other';

export class InProcessWorker extends EventTarget {
  /** Each worker started, by its script. */
  static started: Kind[] = [];
  /** Every job posted to a school worker. */
  static jobs: SchoolJob[] = [];
  /** Every call posted to a file worker. */
  static fileOps: string[] = [];
  /** Every request the inflating workers were sent over their ports ('inflate', 'ack', 'cancel', 'deflate-chunk'…). */
  static inflateRequests: string[] = [];
  /** The next inflating workers fail to start (their script "does not load"). */
  static inflateFails = false;
  private static all: InProcessWorker[] = [];

  static reset(): void {
    InProcessWorker.started = [];
    InProcessWorker.jobs = [];
    InProcessWorker.fileOps = [];
    InProcessWorker.inflateFails = false;
    InProcessWorker.inflateRequests = [];
    InProcessWorker.all = [];
  }

  /** Workers started and not terminated. */
  static live(): number {
    return InProcessWorker.all.filter((w) => !w.terminated).length;
  }

  private readonly inside = new EventTarget();
  private readonly kind: Kind;
  terminated = false;

  constructor(url: URL | string) {
    super();
    const script = String(url);
    this.kind = script.includes('schoolWorker') ? 'school' : script.includes('fileWorker') ? 'file' : script.includes('inflateWorker') ? 'inflate' : 'other';
    InProcessWorker.started.push(this.kind);
    InProcessWorker.all.push(this);
    const scope = {
      postMessage: (message: unknown, transfer: Transferable[] = []) => {
        const data = structuredClone(message, { transfer });
        setTimeout(() => {
          if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data }));
        });
      },
      addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => this.inside.addEventListener(type, listener as EventListener),
    };
    if (this.kind === 'file') serveFiles(scope);
    else if (this.kind === 'school') serveSchools(scope);
    else if (this.kind === 'inflate' && InProcessWorker.inflateFails) {
      setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'script failed to load' })));
    } else if (this.kind === 'inflate') {
      serveInflateWorker({
        // The port it is handed, its requests counted on the way in.
        addEventListener: (type, listener) =>
          this.inside.addEventListener(type, ((event: MessageEvent<{ port: MessagePort; deflatePort: MessagePort }>) => {
            const counted = (port: MessagePort) => ({
              postMessage: (message: unknown, transfer: Transferable[] = []) => port.postMessage(message, transfer),
              addEventListener: (t: 'message', l: (e: MessageEvent<{ kind: string }>) => void) =>
                port.addEventListener(t, ((e: MessageEvent<{ kind: string }>) => {
                  InProcessWorker.inflateRequests.push(e.data.kind);
                  l(e);
                }) as EventListener),
              start: () => port.start(),
            });
            const data = { port: counted(event.data.port) as unknown as MessagePort, deflatePort: counted(event.data.deflatePort) as unknown as MessagePort };
            listener(new MessageEvent('message', { data }));
          }) as EventListener),
      });
    }
  }

  postMessage(message: { op?: string; job?: SchoolJob }, transfer: Transferable[] = []): void {
    if (this.terminated) return;
    if (this.kind === 'file' && message.op !== undefined) InProcessWorker.fileOps.push(message.op);
    const job = this.kind === 'school' ? message.job : undefined;
    if (job !== undefined) {
      InProcessWorker.jobs.push({ ...job });
      if (job.file.includes('崩溃')) {
        setTimeout(() => this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'out of memory' })));
        return;
      }
    }
    // Picked Files keep their name and time in a browser's clone; Node's clone makes them plain Blobs.
    const data = message.op === 'consolidate' ? message : structuredClone(message, { transfer });
    setTimeout(() => {
      if (!this.terminated) this.inside.dispatchEvent(new MessageEvent('message', { data }));
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}
