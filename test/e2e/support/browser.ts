/**
 * Chromium for the browser tests: the system's /usr/bin/chromium through playwright-core, headless,
 * with everything that phones home switched off and a throw-away profile. Office.js is served from
 * node_modules (or aborted); every request is recorded so a test can prove nothing left the machine.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_DIST = path.resolve(import.meta.dirname, '../../../node_modules/@microsoft/office-js/dist');
/** The Chromium the browser tests and the bench's page rows drive. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's console line when the CSP refuses office.js's telemetry (its Aria beacon, or its telemetry frame). */
export const TELEMETRY_REFUSED =
  /^(Refused to connect to '?https:\/\/[a-z0-9.-]+\.aria\.microsoft\.com\/|Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates)/;

/**
 * How the page gets Office.js: served from node_modules, refused as if offline, answered with this
 * body, or never answered at all ('hanging': a school network where the CDN request stalls).
 */
export type OfficeJs = 'local' | 'aborted' | 'hanging' | { body: string };

export interface Session {
  context: BrowserContext;
  page: Page;
  requests: string[];
  /** Console errors, uncaught exceptions and CSP violations of the page. */
  problems: string[];
  close(): Promise<void>;
}

/** Open a page at the task-pane width (320 px) with Office.js handled as `office`. */
export async function openSession(office: OfficeJs, initScript?: string): Promise<Session> {
  const profile = mkdtempSync(path.join(tmpdir(), 'yanxiu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 320, height: 900 },
    locale: 'zh-CN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route('https://appsforoffice.microsoft.com/**', async (route) => {
    if (office === 'aborted') return route.abort('internetdisconnected');
    if (office === 'hanging') return new Promise<void>(() => {}); // never fulfilled; the context's close ends it
    if (typeof office === 'object') return route.fulfill({ contentType: 'text/javascript', body: office.body });
    // Office.js loads siblings (strings, host scripts) from its own folder: serve those locally too.
    const file = path.join(OFFICE_DIST, new URL(route.request().url()).pathname.replace('/lib/1/hosted/', ''));
    try {
      return await route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  if (initScript) await context.addInitScript({ content: initScript });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // A blocked Office.js is expected in the offline case.
    if (/ERR_INTERNET_DISCONNECTED/.test(text)) return;
    // Office.js outside Office starts its own telemetry on a timer (a frame on oaspapps.com, a post to
    // Aria); the page's CSP refuses both before any request is made. Whether that refusal lands inside a
    // test depends on the timer, so it is not a problem: it is the CSP doing its job. Any other
    // refusal, and any request that did leave, still fails the test.
    if (TELEMETRY_REFUSED.test(text)) return;
    problems.push(text);
  });
  return {
    context,
    page,
    requests,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests to anywhere but the page's origin, Office.js's folder, or in-page data/blob URLs. */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter(
    (url) =>
      !url.startsWith(`${origin}/`) &&
      !url.startsWith('https://appsforoffice.microsoft.com/lib/1/hosted/') &&
      !url.startsWith('data:') &&
      !url.startsWith('blob:'),
  );
}
