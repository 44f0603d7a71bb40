/**
 * The attributes of one start tag, read in a single pass. A 1,000,000-row sign-in sheet has
 * ~8,000,000 `<c r="B2" s="3" t="s">` tags, and a regex pass per wanted attribute was a fifth of
 * the CLI's time (docs/performance.md). Tags that are not plain `name="value"` pairs go to the
 * regex, which then decides exactly as before.
 */

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Fill `out[k]` with the value of attribute `names[k]` of the start tag `text[from, to)` (the first
 * one when a name repeats; undefined when absent). Values are returned as written (no entity decoding).
 * @example readAttributes('<c r="B2" t="s">', 0, 16, ['r', 's', 't'], out) // out = ['B2', undefined, 's']
 */
export function readAttributes(text: string, from: number, to: number, names: readonly string[], out: (string | undefined)[]): void {
  if (out.length !== names.length) out.length = names.length;
  out.fill(undefined);
  if (!scanPlain(text, from, to, names, out)) scanWithRegex(text.slice(from, to), names, out);
}

/** Well-formed `<name a="1" b='2'/>`; false (out untouched afterwards) for anything else. */
function scanPlain(text: string, from: number, to: number, names: readonly string[], out: (string | undefined)[]): boolean {
  let i = from + 1;
  while (i < to && isNameChar(text.charCodeAt(i))) i++;
  for (;;) {
    const before = i;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) return true;
    const c = text.charCodeAt(i);
    if (c === 0x3e /* > */ || c === 0x2f /* / */) return i === to - 1 || text.charCodeAt(i + 1) === 0x3e ? true : fail(out);
    if (i === before) return fail(out);
    const nameStart = i;
    while (i < to && isNameChar(text.charCodeAt(i))) i++;
    if (i === nameStart) return fail(out);
    const nameEnd = i;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 0x3d /* = */) return fail(out);
    i++;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const quote = text.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27) return fail(out);
    const close = text.indexOf(quote === 0x22 ? '"' : "'", i + 1);
    if (close === -1 || close >= to) return fail(out);
    const k = wantedIndex(text, nameStart, nameEnd, names);
    if (k !== -1 && out[k] === undefined) out[k] = text.slice(i + 1, close);
    i = close + 1;
  }
}

function scanWithRegex(startTag: string, names: readonly string[], out: (string | undefined)[]): void {
  ATTR.lastIndex = 0;
  for (const m of startTag.matchAll(ATTR)) {
    const k = names.indexOf(m[1] ?? '');
    if (k !== -1 && out[k] === undefined) out[k] = m[2] ?? m[3] ?? '';
  }
}

function fail(out: (string | undefined)[]): false {
  out.fill(undefined);
  return false;
}

function wantedIndex(text: string, start: number, end: number, names: readonly string[]): number {
  for (let k = 0; k < names.length; k++) {
    const name = names[k] ?? '';
    if (name.length === end - start && text.startsWith(name, start)) return k;
  }
  return -1;
}

/** `[\w:.-]`, the regex's name characters. */
function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2e || c === 0x2d;
}

/** XML white space; any other character between attributes sends the tag to the regex. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
