/**
 * Text → XML. Every string we write into a part goes through here: escaped, and stripped of the
 * characters XML 1.0 forbids (a stray U+0001 from a pasted cell would make Excel refuse the file).
 */

// XML 1.0 §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Lone surrogates are illegal too; a valid pair is matched first and kept. No lookbehind: Safari
// before 16.4 cannot parse one (issue 12), and test/e2e/bundle.test.ts refuses it in the bundle.
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const ILLEGAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;

/** Removes characters that may not appear in an XML 1.0 document. */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL, (match) => (match.length === 2 ? match : ''));
}

/**
 * Escapes text for element content or a double-quoted attribute value.
 * @example escapeXml('a<b & "c"') // 'a&lt;b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return stripIllegalXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Attribute-value normalisation would turn these into spaces; keep them as written.
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Escapes a value for an attribute, also keeping line feeds (attribute normalisation eats them). */
export function escapeAttr(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/**
 * ECMA-376 §22.9.2.19 ST_Xstring: Excel decodes `_xHHHH_` in cell text, so an underscore that starts
 * such a sequence is written `_x005F_` (the escaped underscore) and the text reads back as written.
 * A lookahead of fixed length: linear, and `_x0041_x0042_` escapes both of its sequences.
 * @example escapeXstring('王_x0041_老师') // '王_x005F_x0041_老师'
 */
export function escapeXstring(text: string): string {
  return text.includes('_x') ? text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_') : text;
}
