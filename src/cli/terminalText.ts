/**
 * Names that reach a terminal (files, schools, sheets) come from other people's files: printed raw,
 * an ESC sequence in a file name would clear the screen or recolour it, a newline would forge an
 * extra “错误：…” line (issue 19 item 14, SPEC §11). Every control character is shown as an escape.
 */

// C0 controls, DEL, C1 controls, and the characters that move or reorder text: line and paragraph
// separators, bidirectional embeddings, overrides and isolates (a file name that reads backwards).
// eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001B': '\\e' };

/**
 * The text on one line with every control character visible: `\n`, `\r`, `\t`, `\e` (ESC), else
 * `\xHH` or `\u{HHHH}`; a backslash stays as it is (Windows paths read as written).
 * @example oneLine('a\nb\u001B[2J') // 'a\\nb\\e[2J'
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named !== undefined) return named;
    const code = c.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** Each line of a multi-line text made safe on its own; the line breaks between them are ours. */
export function safeLines(text: string): string {
  return text.split('\n').map(oneLine).join('\n');
}
