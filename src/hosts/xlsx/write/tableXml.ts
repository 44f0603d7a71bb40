/**
 * An Excel table part (`xl/tables/tableN.xml`, ECMA-376 §18.5): the ListObject with filter buttons
 * over an output sheet's range. Table ids and names are workbook-wide, so both are chosen against
 * every table already in the package.
 */
import { a1, type CellRange } from '../../../sheets/output.js';
import { escapeAttr, escapeXstring } from '../package/xmlText.js';

export interface TableSpec {
  id: number;
  name: string;
  range: CellRange;
  columns: string[];
  style: string;
  mainNs: string;
}

export function tableXml(t: TableSpec): string {
  const ref = a1(t.range);
  const columns = t.columns.map((name, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(escapeXstring(name))}"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${t.mainNs}" id="${t.id}" name="${escapeAttr(t.name)}" displayName="${escapeAttr(t.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttr(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

/**
 * A valid table name not in `taken` (lower-cased): Excel names start with a letter or `_`, hold no
 * spaces or punctuation, and must not look like a cell reference (`A1`, `R1C1`).
 */
export function freeTableName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(/[^\p{L}\p{N}_.]/gu, '_');
  if (!/^[\p{L}_]/u.test(base)) base = `_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]\d*$/.test(base) || /^R\d+C\d+$/i.test(base)) base = `_${base}`;
  base = base.slice(0, 250);
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}_${k}`;
  return name;
}
