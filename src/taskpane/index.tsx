/**
 * Entry of the task pane page. Inside Excel it renders once Office is ready, over the open
 * workbook (ExcelHost); in an ordinary browser (no Office.js, or not Excel) it renders the
 * standalone page over files opened from disk (XlsxHost).
 */
// First: stand-ins for built-ins below the browser floor, before any dependency's code runs.
import './browserFloor.js';
import { createRoot, type Root } from 'react-dom/client';
import { insertSample } from '../app/insertSample.js';
import { insertTemplate } from '../app/insertTemplate.js';
import { inspect } from '../app/inspect.js';
import { run } from '../app/run.js';
import { planCredits, recordPlannedCredits } from '../app/recordCredits.js';
import { consolidate } from '../app/consolidate.js';
import { openSchoolWorkbook, schoolFileError } from '../hosts/xlsx/schoolFile.js';
import { ExcelHost } from '../hosts/excel/excelHost.js';
import { XlsxHost } from '../hosts/xlsx/xlsxHost.js';
import { App } from './components/App.js';
import { type PaneMode, type StandaloneMode, type UseCases, downloadBytes } from './services.js';
import { consolidateIntoWorkbook } from './consolidateIntoWorkbook.js';
import { computeInWorker, inspectInWorker } from './workerCompute.js';
import { WorkerFileHost, workerAwareUseCases } from './workerFileHost.js';
import { whenOfficeReady } from './officeReady.js';

/**
 * Whether this page can start its Web Workers. A page opened from a folder or an e-mail attachment
 * (`file://`) cannot: browsers refuse a worker script to the `null` origin such a page has (Chrome,
 * Edge: SecurityError). There the same use cases run on the page's own thread — slower to answer
 * while a large school is scored, but it scores and downloads (docs/addin.md, "Opened as a file").
 */
const workers = typeof Worker !== 'undefined' && globalThis.location?.protocol !== 'file:';

// Scoring and checking run in a Web Worker (workerCompute.ts); in Excel the host's reads and writes stay
// on this thread (Office.js lives here), in the standalone page the whole workbook lives in a worker too.
const useCases: UseCases = {
  ...workerAwareUseCases({
    inspect: (host) => (workers ? inspectInWorker(host) : inspect(host)),
    run: (host, options) => run(host, workers ? { ...options, compute: computeInWorker } : options),
    insertTemplate,
    insertSample,
    // 登记本学期学分 (SPEC §7): in Excel here (Office.js), on the page in the file worker.
    planCredits: (host) => planCredits(host),
    recordCredits: (host, plan) => recordPlannedCredits(host, plan),
    // 合并学校工作簿 (issue 13). On the page the output is a new worker-held workbook, and the
    // consolidation (reading each school, the district sheets) runs in that file worker. In Excel
    // (issue 22 item 7) it runs in a file worker with no workbook and the district sheets come back
    // to be written through Office.js. Either way each school is scored in a school worker of its own.
    // Without workers (file://) everything runs here.
    consolidate: (files, output, options) =>
      workers && files.every((f) => 'blob' in f)
        ? consolidateIntoWorkbook(files, output, options)
        : consolidate(files, { open: openSchoolWorkbook, fileError: schoolFileError, output, ...options }),
  }),
};

function standalone(reason: StandaloneMode['reason']): StandaloneMode {
  return {
    kind: 'standalone',
    reason,
    open: async (file) => (workers ? WorkerFileHost.open(file) : XlsxHost.open(new Uint8Array(await file.arrayBuffer()))),
    createBlank: () => (workers ? WorkerFileHost.create() : XlsxHost.create()),
    download: downloadBytes,
  };
}

let root: Root | null = null;

/** Render `mode`; a second call (Office answered after the page went standalone) replaces the first. */
function render(mode: PaneMode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root');
  root ??= createRoot(container);
  root.render(<App key={mode.kind} mode={mode} useCases={useCases} />);
}

whenOfficeReady(typeof Office === 'undefined' ? undefined : Office, (kind) =>
  render(kind === 'excel' ? { kind: 'excel', host: new ExcelHost() } : standalone(kind)),
);
