import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAttributes } from '../../../../src/hosts/xlsx/read/startTag.js';

const CELL = ['r', 't', 's'];

function read(tag: string, names: readonly string[] = CELL): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  readAttributes(tag, 0, tag.length, names, out);
  return out;
}

/** What the scanner did before: one regex pass per wanted attribute. */
function byRegex(tag: string, names: readonly string[] = CELL): (string | undefined)[] {
  return names.map((name) => {
    for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) if (m[1] === name) return m[2] ?? m[3] ?? '';
    return undefined;
  });
}

describe('readAttributes', () => {
  it.each([
    ['a shared-string cell', '<c r="B2" s="3" t="s">', ['B2', 's', '3']],
    ['a number cell (no t)', '<c r="C2" s="1">', ['C2', undefined, '1']],
    ['a cell without r', '<x:c t="inlineStr">', [undefined, 'inlineStr', undefined]],
    ['single quotes and spaces around =', "<c r = 'D4'\n t='b'/>", ['D4', 'b', undefined]],
    ['a repeated name keeps the first', '<c r="A1" r="B1">', ['A1', undefined, undefined]],
    ['prefixed names are other names', '<c x:r="A1" t="n">', [undefined, 'n', undefined]],
    ['an empty value', '<c r="" t="s">', ['', 's', undefined]],
    ['values may hold = and the other quote', `<c foo='a="b"' r="E5">`, ['E5', undefined, undefined]],
  ])('%s', (_label, tag, expected) => {
    expect(read(tag)).toEqual(expected);
  });

  it.each([
    ['attributes without a space between them', '<c r="A1"t="s">'],
    ['a non-XML space before =', '<c r\u00a0="A1" t="s">'],
    ['an unquoted value', '<c r=A1 t="s">'],
    ['an unclosed quote', '<c r="A1 t="s">'],
  ])('reads %s as the regex does', (_label, tag) => {
    expect(read(tag)).toEqual(byRegex(tag));
  });

  it('reads only inside [from, to)', () => {
    const text = 'xx<row r="7"/><c r="A7">';
    const out: (string | undefined)[] = [];
    readAttributes(text, 2, 13, ['r'], out);
    expect(out).toEqual(['7']);
  });

  it('agrees with the regex on any tag', () => {
    const piece = fc.constantFrom('<c', '<x:c', ' ', '\n', 'r', 's', 't', 'x:r', '=', ' = ', '"', "'", 'A1', '3', 'inlineStr', '/', '>', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const tag = pieces.join('');
        expect(read(tag)).toEqual(byRegex(tag));
      }),
      { numRuns: 2000 },
    );
  });
});
