/**
 * Text → XML character data or attribute value, for the chart and drawing parts.
 *
 * Besides the five predefined entities, characters that XML 1.0 forbids outright (C0 controls other
 * than tab/LF/CR, U+FFFE/U+FFFF, unpaired surrogates) are dropped: a stray one pasted into a group
 * name would otherwise make Excel declare the whole workbook corrupt.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for use inside an element or a quoted attribute.
 * @example escapeXml(`A&B<"'>`) // 'A&amp;B&lt;&quot;&apos;&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
