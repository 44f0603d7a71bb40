/**
 * Decides, once or twice, where the pane runs: inside Excel, or as the standalone page.
 *
 * office.js gives each script it loads after itself (the host's script, its strings) 10 seconds
 * before it gives up (`defaultScriptLoadingTimeout = 10000` in @microsoft/office-js's office.debug.js);
 * on a slow route to Microsoft's CDN (office-js #2599) a working Excel may answer `Office.onReady`
 * after that, and when a dependency is blocked it never answers at all (office-js #6040 / #6148,
 * documented by office-js-docs-pr #5418). So the page waits a little longer than office.js itself
 * before it shows the standalone page, and an answer that comes later still wins: a late "this is
 * Excel" switches the page to the pane over the open workbook.
 */

/** office.js's own wait for a script it loads (10 s) plus a margin for the host to answer. */
export const OFFICE_READY_TIMEOUT_MS = 12_000;

export type StartKind = 'excel' | 'not-excel' | 'no-office';

/** The part of `Office` this needs (a test passes a stand-in). */
export interface OfficeReady {
  onReady: (callback: (info: { host: unknown }) => void) => unknown;
  HostType: { Excel: unknown };
}

export interface Timers {
  set: (callback: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const REAL_TIMERS: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Calls `show` with where the page runs: once in time, and once more if Office answers "Excel"
 * after the page already went standalone on the timeout.
 * @example whenOfficeReady(typeof Office === 'undefined' ? undefined : Office, (kind) => render(kind));
 */
export function whenOfficeReady(office: OfficeReady | undefined, show: (kind: StartKind) => void, timers: Timers = REAL_TIMERS, timeoutMs = OFFICE_READY_TIMEOUT_MS): void {
  if (!office || typeof office.onReady !== 'function') {
    // Office.js did not load (offline, blocked, or simply not in Office).
    show('no-office');
    return;
  }
  let shown: StartKind | null = null;
  const timer = timers.set(() => {
    shown = 'no-office';
    show('no-office');
  }, timeoutMs);
  void office.onReady((info) => {
    timers.clear(timer);
    const kind: StartKind = info.host === office.HostType.Excel ? 'excel' : info.host ? 'not-excel' : 'no-office';
    if (shown === null || (shown !== 'excel' && kind === 'excel')) {
      shown = kind;
      show(kind);
    }
  });
}
