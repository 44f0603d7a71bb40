/**
 * Entry of the task pane page. Inside Excel it renders once Office is ready, over the open
 * workbook (ExcelHost); in an ordinary browser (no Office.js, or not Excel) it renders the
 * standalone page over files opened from disk (XlsxHost).
 */
import { createRoot } from 'react-dom/client';
import { inspect } from '../app/inspect.js';
import { insertSample } from '../app/insertSample.js';
import { insertTemplate } from '../app/insertTemplate.js';
import { run } from '../app/run.js';
import { consolidate } from '../app/consolidate.js';
import { openSchoolWorkbook, schoolFileError } from '../hosts/xlsx/schoolFile.js';
import { ExcelHost } from '../hosts/excel/ExcelHost.js';
import { XlsxHost } from '../hosts/xlsx/xlsxHost.js';
import { App } from './components/App.js';
import { type PaneMode, type StandaloneMode, type UseCases, downloadBytes } from './services.js';

const useCases: UseCases = {
  inspect: (host) => inspect(host),
  run,
  insertTemplate,
  insertSample,
  // School files are read by the file host in both modes; the district sheets go to `output`.
  consolidate: (files, output, options) => consolidate(files, { open: openSchoolWorkbook, fileError: schoolFileError, output, ...options }),
};

function standalone(reason: StandaloneMode['reason']): StandaloneMode {
  return {
    kind: 'standalone',
    reason,
    open: (bytes) => XlsxHost.open(bytes),
    createBlank: () => XlsxHost.create(),
    download: downloadBytes,
  };
}

function render(mode: PaneMode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root');
  createRoot(container).render(<App mode={mode} useCases={useCases} />);
}

if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
  // Office.js did not load (offline, blocked, or simply not in Office).
  render(standalone('no-office'));
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) render({ kind: 'excel', host: new ExcelHost() });
    else render(standalone(info.host ? 'not-excel' : 'no-office'));
  });
}
