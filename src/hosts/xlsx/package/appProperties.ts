/**
 * `docProps/app.xml` lists the workbook's sheet names (TitlesOfParts) grouped under headings with
 * counts (HeadingPairs). We rewrite only the worksheet group; when the part does not look as
 * expected it is left as it was (Excel rebuilds it on save and never rejects a stale one).
 */
import { escapeXml } from './xmlText.js';
import { applySplices, childNamed, parseXml, type Splice, type XmlElement } from './xmlTree.js';

/** app.xml with the worksheet titles `before` replaced by `after`, or undefined to leave it alone. */
export function updateSheetTitles(xml: string, before: string[], after: string[]): string | undefined {
  const root = parseXml(xml);
  const pairs = vector(childNamed(root, 'HeadingPairs'));
  const titles = vector(childNamed(root, 'TitlesOfParts'));
  if (!pairs || !titles) return undefined;
  const counts: { countElement: XmlElement; count: number }[] = [];
  for (let i = 0; i + 1 < pairs.children.length; i += 2) {
    const countElement = pairs.children[i + 1]?.children[0];
    if (!countElement) return undefined;
    counts.push({ countElement, count: Number(countElement.text) });
  }
  const items = titles.children;
  let offset = 0;
  for (const group of counts) {
    const names = items.slice(offset, offset + group.count).map((e) => e.text);
    const isSheets = group.count === before.length && group.count > 0 && names.every((n, i) => n === before[i]);
    if (isSheets) return splice(xml, titles, items.slice(offset, offset + group.count), group.countElement, after);
    offset += group.count;
  }
  return undefined;
}

function vector(holder: XmlElement | undefined): XmlElement | undefined {
  return holder ? childNamed(holder, 'vector') : undefined;
}

function splice(xml: string, titles: XmlElement, old: XmlElement[], countElement: XmlElement, after: string[]): string {
  const first = old[0]!;
  const last = old[old.length - 1]!;
  const q = first.prefix ? `${first.prefix}:` : '';
  const splices: Splice[] = [
    { from: first.start, to: last.end, text: after.map((n) => `<${q}lpstr>${escapeXml(n)}</${q}lpstr>`).join('') },
    { from: countElement.openEnd, to: countElement.closeStart, text: String(after.length) },
  ];
  const open = xml.slice(titles.start, titles.openEnd);
  const size = titles.children.length - old.length + after.length;
  splices.push({ from: titles.start, to: titles.openEnd, text: open.replace(/(\ssize\s*=\s*)(["'])\d+\2/, `$1"${size}"`) });
  return applySplices(xml, splices);
}
