/**
 * The page's inflating worker: inflates the workbook's large parts for the file worker, which would
 * otherwise spend ~2 s of its opening at 20,000 teachers inflating on its own thread (Chromium's
 * DecompressionStream runs where it is read), and deflates the parts the file worker writes (~1.5 s of
 * a run's CompressionStream, likewise). The pane starts it beside the file worker — a worker starting a
 * worker needs Safari 15.5, the page's floor is 14.1 — and hands it one end of two MessageChannels; the
 * file worker holds the others (workerFileHost.ts, portInflater.ts, portDeflater.ts).
 */
import type { WorkerPort, InflationReply, InflationRequest } from '../hosts/xlsx/package/inflationProtocol.js';
import { serveInflation } from '../hosts/xlsx/package/inflationService.js';
import { type DeflationReply, type DeflationRequest, serveDeflation } from '../hosts/xlsx/package/portDeflater.js';
import type { InflaterHandOver } from './workerProtocol.js';

/** The global scope of this worker, as this file uses it. */
export interface InflateWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<InflaterHandOver>) => void): void;
}

/** Serves the ports the pane hands over (one pair per worker; a second would be served alike). */
export function serveInflateWorker(scope: InflateWorkerScope): void {
  scope.addEventListener('message', (event) => {
    serveInflation(event.data.port as unknown as WorkerPort<InflationRequest, InflationReply>);
    serveDeflation(event.data.deflatePort as unknown as WorkerPort<DeflationRequest, DeflationReply>);
  });
}

if ('WorkerGlobalScope' in globalThis) serveInflateWorker(globalThis as unknown as InflateWorkerScope);
