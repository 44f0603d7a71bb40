/**
 * taskpane/browserCheck.js: the ES5 script that tells users of Excel builds whose webview cannot run
 * the pane (Trident, EdgeHTML) what to do instead of leaving it blank. Run here in a bare VM context
 * with a minimal DOM, under real user-agent strings of each webview.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const SCRIPT = readFileSync(path.resolve(import.meta.dirname, '../../src/taskpane/browserCheck.js'), 'utf8');

interface FakeElement {
  tag: string;
  text: string;
  attributes: Record<string, string>;
  children: FakeElement[];
  style: Record<string, string>;
  innerHTML: string;
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  appendChild(child: FakeElement): void;
}

function element(tag: string, text = ''): FakeElement {
  const el: FakeElement = {
    tag,
    text,
    attributes: {},
    children: [],
    style: {},
    innerHTML: '',
    setAttribute: (name, value) => void (el.attributes[name] = value),
    getAttribute: (name) => el.attributes[name] ?? null,
    appendChild: (child) => void el.children.push(child),
  };
  return el;
}

const textOf = (el: FakeElement): string => el.text + el.children.map(textOf).join('\n');

/** Run the script as the webview with `userAgent` would; returns #root and the page's onerror. */
function runAs(userAgent: string): { root: FakeElement; window: { onerror: unknown } } {
  const root = element('div');
  const window: Record<string, unknown> = {
    navigator: { userAgent },
    location: { href: 'https://localhost:3000/taskpane.html?_host_Info=Excel' },
    onerror: null,
  };
  const document = {
    getElementById: (id: string) => (id === 'root' ? root : null),
    createElement: (tag: string) => element(tag),
    createTextNode: (text: string) => element('#text', text),
  };
  vm.runInNewContext(SCRIPT, { window, document });
  return { root, window: window as { onerror: unknown } };
}

const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
const EDGEHTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';
const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)';

describe('browserCheck.js', () => {
  it.each([
    ['Trident (Office 2016/2019 volume licence)', TRIDENT, 'Internet Explorer'],
    ['EdgeHTML (Office 2019 retail, older Windows 10)', EDGEHTML, 'EdgeHTML'],
  ])('under %s, says in Chinese why and names the ways out', (_, ua, engine) => {
    const { root } = runAs(ua);
    const text = textOf(root);
    expect(root.getAttribute('data-unsupported')).toBe('true');
    expect(text).toContain('无法在这个版本的 Excel 中运行');
    expect(text).toContain(engine);
    expect(text).toContain('Microsoft 365 或 Office 2021');
    expect(text).toContain('WebView2');
    // The standalone page is this page without Office's query string; and the CLI.
    expect(text).toContain('https://localhost:3000/taskpane.html，');
    expect(text).toContain('npm run cli -- score');
  });

  it.each([['WebView2 (Chromium Edge)', WEBVIEW2], ['WKWebView on the Mac', MAC]])('leaves the pane alone under %s', (_, ua) => {
    const { root } = runAs(ua);
    expect(root.children).toEqual([]);
    expect(root.getAttribute('data-unsupported')).toBeNull();
  });

  it('shows the message when the bundle itself fails to parse in some other old browser', () => {
    const { root, window } = runAs(MAC);
    (window.onerror as (m: string, s: string) => boolean)('SyntaxError: Unexpected token', 'https://localhost:3000/taskpane.js');
    expect(textOf(root)).toContain('解决办法');
    const other = runAs(MAC);
    (other.window.onerror as (m: string, s: string) => boolean)('TypeError: x is undefined', 'https://localhost:3000/taskpane.js');
    expect(other.root.children).toEqual([]);
  });
});
