/**
 * Relationship parts (`…/_rels/x.xml.rels`): read, resolve targets to part names, write back.
 * A rels part holds nothing but Relationship elements, so rewriting it whole loses nothing.
 */
import { escapeAttr } from './xmlText.js';
import { childrenNamed, parseXml } from './xmlTree.js';
import { PACKAGE_RELS_NS } from './ooxmlNames.js';
import { XlsxFileError } from './fileError.js';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

export function parseRelationships(xml: string): Relationship[] {
  return childrenNamed(parseXml(xml), 'Relationship').map((r) => ({
    id: r.attrs['Id'] ?? '',
    type: r.attrs['Type'] ?? '',
    target: r.attrs['Target'] ?? '',
    external: r.attrs['TargetMode'] === 'External',
  }));
}

export function renderRelationships(rels: Relationship[]): string {
  const items = rels
    .map((r) => `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS_NS}">${items}</Relationships>`;
}

/**
 * The part name a relative or absolute target points at, from the part that owns the rels
 * (`xl/workbook.xml` + `worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`; `/xl/x.xml` → `xl/x.xml`).
 * A target that climbs out of the package (`../../../etc/passwd`) is a damaged file (SPEC §11).
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = decodeURIComponentSafe(target.split('#')[0] ?? '');
  const base = clean.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (base.length === 0) throw new XlsxFileError('damaged', `relationship target ${target} leaves the package`);
      base.pop();
    }
    else base.push(segment);
  }
  return base.join('/');
}

/** A target for `targetPart` relative to the folder of `sourcePart`. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The first `rIdN` not used in `rels`. */
export function nextRelId(rels: Relationship[]): string {
  const taken = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
