/**
 * Text of a string item (`<si>` in sharedStrings, `<is>` in an inline-string cell): the `<t>` runs
 * joined, without phonetic guides (`<rPh>`), with Excel's `_xHHHH_` escapes decoded — the same
 * text Excel shows, and what Office.js hands the add-in.
 */
import { decodeXml } from '../package/xmlText.js';

const T_RUN = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
const PHONETIC = /<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;

export function stringItemText(inner: string): string {
  const withoutPhonetic = inner.includes('rPh') ? inner.replace(PHONETIC, '') : inner;
  let text = '';
  for (const m of withoutPhonetic.matchAll(T_RUN)) text += m[1] ?? '';
  return unescapeExcel(decodeXml(text));
}

/** `_x000D_` → carriage return (ECMA-376 §22.4.2.4 ST_Xstring escaping); `_x005F_` escapes a literal `_`. */
export function unescapeExcel(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Every `<si>` of a sharedStrings part, in order. */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const item = /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  for (const m of xml.matchAll(item)) out.push(m[1] === undefined ? '' : stringItemText(m[1]));
  return out;
}
