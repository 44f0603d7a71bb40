/**
 * A JSON output file (`score --json`, `demo`) made as it is written: at 20,000 teachers the result
 * is 27 million characters — 54 MB as one JavaScript string and 36 MB more as the UTF-8 bytes of one
 * write — where the file's pieces are 32 K characters each.
 */

/**
 * Characters gathered before a piece is handed on. Small enough that a piece (64 KB as a two-byte
 * string) stays in V8's young generation and dies at the next scavenge: pieces of 1 M characters
 * went to the large-object space and lived until a full collection, +45 MB at `score --json`'s
 * peak at 20,000 teachers (docs/performance.md, "Saving in pieces"). ~830 writes at 20,000.
 */
const PIECE_CHARS = 32 * 1024;

/** Arrays and objects this close to the top are written member by member; deeper ones whole. */
const OPENED_DEPTH = 2;

/**
 * The text `${JSON.stringify(value, null, 2)}\n` in pieces, character for character: the top
 * object and its arrays are opened, and each member below them (a teacher, an issue) is stringified
 * on its own.
 * @example for (const piece of jsonFileChunks(result)) await file.writeFile(piece);
 */
export function* jsonFileChunks(value: unknown): Generator<string> {
  let piece = '';
  for (const text of pieces(value, '', 0)) {
    piece += text;
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n`;
}

/** `JSON.stringify(value, null, 2)` written at `indent`, in pieces. */
function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= OPENED_DEPTH || !isOpenable(value)) {
    yield `${indentedJson(value, indent)}`;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}\n${inner}`;
      // JSON.stringify writes null for an element it cannot write (undefined, a function, a hole).
      const item: unknown = value[i];
      if (depth + 1 < OPENED_DEPTH && isOpenable(item)) yield* pieces(item, inner, depth + 1);
      else yield indentedJson(item, inner) ?? 'null';
    }
    yield `\n${indent}]`;
    return;
  }
  let empty = true;
  for (const [key, member] of Object.entries(value)) {
    const opened = depth + 1 < OPENED_DEPTH && isOpenable(member);
    // …and leaves out a member it cannot write.
    const text = opened ? '' : indentedJson(member, inner);
    if (text === undefined) continue;
    yield `${empty ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    empty = false;
    if (opened) yield* pieces(member, inner, depth + 1);
    else yield text;
  }
  yield empty ? '{}' : `\n${indent}}`;
}

/**
 * Opened member by member: arrays and plain objects. Anything else (a Date, an object with its own
 * toJSON, a boxed number) is left to JSON.stringify whole.
 */
function isOpenable(value: unknown): value is unknown[] | Record<string, unknown> {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * `JSON.stringify(value, null, 2)` with its lines after the first indented by `indent` (undefined: not
 * writable); also the district's `--json` entries (consolidateCommand.ts).
 */
export function indentedJson(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  // A newline in the text is always the layout's own: JSON.stringify escapes those inside strings.
  return text === undefined || indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}
