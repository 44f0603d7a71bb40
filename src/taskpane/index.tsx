/**
 * Entry of the task pane page. Inside Excel it renders once Office is ready, over the open
 * workbook (ExcelHost); in an ordinary browser (no Office.js, or not Excel) it renders the
 * standalone page over files opened from disk (XlsxHost).
 */
import { createRoot } from 'react-dom/client';
import { insertSample } from '../app/insertSample.js';
import { insertTemplate } from '../app/insertTemplate.js';
import { run } from '../app/run.js';
import { planCredits, recordPlannedCredits } from '../app/recordCredits.js';
import { consolidate } from '../app/consolidate.js';
import { openSchoolWorkbook, schoolFileError } from '../hosts/xlsx/schoolFile.js';
import { ExcelHost } from '../hosts/excel/excelHost.js';
import { XlsxHost } from '../hosts/xlsx/xlsxHost.js';
import { App } from './components/App.js';
import { type PaneMode, type StandaloneMode, type UseCases, downloadBytes } from './services.js';
import { computeInWorker, inspectInWorker } from './workerCompute.js';
import { WorkerFileHost, workerAwareUseCases } from './workerFileHost.js';

// Scoring and checking run in a Web Worker (workerCompute.ts); in Excel the host's reads and writes stay
// on this thread (Office.js lives here), in the standalone page the whole workbook lives in a worker too.
const useCases: UseCases = {
  ...workerAwareUseCases({
    inspect: (host) => inspectInWorker(host),
    run: (host, options) => run(host, { ...options, compute: computeInWorker }),
    insertTemplate,
    insertSample,
    // 登记本学期学分 (SPEC §7): in Excel here (Office.js), on the page in the file worker.
    planCredits: (host) => planCredits(host),
    recordCredits: (host, plan) => recordPlannedCredits(host, plan),
    // 合并学校工作簿 (issue 13). On the page the output is a new worker-held workbook, and the whole
    // consolidation (reading and scoring each school, the district sheets) runs in that file worker.
    // In Excel the district sheets go into the open workbook through Office.js, so the schools are
    // read here, one at a time.
    consolidate: (files, output, options) => consolidate(files, { open: openSchoolWorkbook, fileError: schoolFileError, output, ...options }),
  }),
};
const workers = typeof Worker !== 'undefined';

function standalone(reason: StandaloneMode['reason']): StandaloneMode {
  return {
    kind: 'standalone',
    reason,
    open: (bytes) => (workers ? WorkerFileHost.open(bytes) : XlsxHost.open(bytes)),
    createBlank: () => (workers ? WorkerFileHost.create() : XlsxHost.create()),
    download: downloadBytes,
  };
}

function render(mode: PaneMode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root');
  createRoot(container).render(<App mode={mode} useCases={useCases} />);
}

/**
 * How long Office.js may take to say where we are before the page goes standalone. Inside Excel
 * onReady answers in well under a second once office.js has loaded; a CDN request that hangs would
 * otherwise leave the page blank for as long as the network takes to give up (46 s in one test).
 */
const OFFICE_READY_TIMEOUT_MS = 5000;

/** Render once: Excel mode when Office answers in time, standalone otherwise. */
function start(): void {
  let rendered = false;
  const once = (mode: () => PaneMode): void => {
    if (rendered) return;
    rendered = true;
    render(mode());
  };
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    // Office.js did not load (offline, blocked, or simply not in Office).
    once(() => standalone('no-office'));
    return;
  }
  const timer = setTimeout(() => once(() => standalone('no-office')), OFFICE_READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    clearTimeout(timer);
    if (info.host === Office.HostType.Excel) once(() => ({ kind: 'excel', host: new ExcelHost() }));
    else once(() => standalone(info.host ? 'not-excel' : 'no-office'));
  });
}

start();
