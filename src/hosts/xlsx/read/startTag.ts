/**
 * The attributes of one start tag, read in a single pass. A 1,000,000-row sign-in sheet has
 * ~8,000,000 `<c r="B2" s="3" t="s">` tags, and a regex pass per wanted attribute was a fifth of
 * the CLI's time (docs/performance.md). The pass decides exactly as the regex
 * `([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')` did, tolerant of junk between attributes, but each
 * character is looked at a bounded number of times: a regex retried at every position of a
 * megabyte-long junk name is quadratic (issue 11).
 */

/**
 * Fill `out[k]` with the value of attribute `names[k]` of the start tag `text[from, to)` (the first
 * one when a name repeats; undefined when absent). Values are returned as written (no entity decoding).
 * @example readAttributes('<c r="B2" t="s">', 0, 16, ['r', 's', 't'], out) // out = ['B2', undefined, 's']
 */
export function readAttributes(text: string, from: number, to: number, names: readonly string[], out: (string | undefined)[]): void {
  if (out.length !== names.length) out.length = names.length;
  out.fill(undefined);
  // Once a quote found no partner before `to`, no later quote of its kind can: no search runs to the end twice.
  let openDouble = true;
  let openSingle = true;
  let i = from;
  while (i < to) {
    if (!isNameChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // Every match the regex could start inside this run of name characters ends the run the same way.
    const nameStart = i;
    while (i < to && isNameChar(text.charCodeAt(i))) i++;
    const nameEnd = i;
    let j = i;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 0x3d /* = */ || j >= to) continue;
    j++;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    const quote = text.charCodeAt(j);
    if (j >= to || (quote !== 0x22 && quote !== 0x27)) continue;
    if (!(quote === 0x22 ? openDouble : openSingle)) continue;
    let close = j + 1;
    while (close < to && text.charCodeAt(close) !== quote) close++;
    if (close >= to) {
      if (quote === 0x22) openDouble = false;
      else openSingle = false;
      continue;
    }
    const k = wantedIndex(text, nameStart, nameEnd, names);
    if (k !== -1 && out[k] === undefined) out[k] = text.slice(j + 1, close);
    i = close + 1;
  }
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

/** The regex's `\s`: XML white space, and the other Unicode spaces it also accepts. */
function isSpace(c: number): boolean {
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return true;
  if (c < 0x80 && c !== 0x0b && c !== 0x0c) return false;
  return /\s/.test(String.fromCharCode(c));
}
