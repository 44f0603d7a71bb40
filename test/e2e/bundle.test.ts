/**
 * Issue 12: the built pane must parse in every webview Excel uses today (docs/addin.md): every
 * emitted script parses as ES2020 and has no regex lookbehind; the browser check parses as ES5.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuild } from './support/paths.js';
import { syntaxProblems } from './support/syntaxCheck.js';

describe('the syntax check itself', () => {
  it.each([
    ['class static blocks (tabster via Fluent UI)', 'class A { static { this.x = 1; } }', 2020],
    ['class fields', 'class A { x = 1 }', 2020],
    ['a lookbehind regex literal', 'var r = /(?<=a)b/;', 2020],
    ['a negative lookbehind built from a string', 'var r = new RegExp("(?<!x)y", "g");', 2020],
    ['let in an ES5 script', 'let a = 1;', 5],
  ] as const)('rejects %s', (_, source, version) => {
    expect(syntaxProblems(source, version)).not.toEqual([]);
  });
  it('accepts optional chaining and named groups in ES2020', () => {
    expect(syntaxProblems('var a = b?.c ?? /(?<year>\\d{4})/.exec(d);', 2020)).toEqual([]);
  });
});

describe('dist/ (npm run build)', () => {
  beforeAll(() => requireBuild());

  it('every emitted bundle parses as ES2020 without lookbehind', () => {
    const scripts = readdirSync(DIST).filter((f) => f.endsWith('.js') && f !== 'browser-check.js');
    expect(scripts).toContain('taskpane.js');
    for (const file of scripts) {
      const source = readFileSync(path.join(DIST, file), 'utf8');
      const problems = syntaxProblems(source, 2020).map((p) => `${p.what} near …${source.slice(Math.max(0, p.at - 40), p.at + 40)}…`);
      expect(problems, file).toEqual([]);
    }
  });

  it('the browser check is ES5 and is loaded by taskpane.html before the bundle', () => {
    expect(syntaxProblems(readFileSync(path.join(DIST, 'browser-check.js'), 'utf8'), 5)).toEqual([]);
    const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    // A plain (not deferred) script after #root: it runs while the page is parsed, before the deferred bundle.
    expect(html).toMatch(/<div id="?root"?>.*<\/div><script src="?browser-check\.js"?><\/script>/s);
    expect(html).toMatch(/<script defer(="")? src="?taskpane\.js"?>/);
  });
});
