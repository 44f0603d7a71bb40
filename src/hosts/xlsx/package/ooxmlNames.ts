/**
 * Namespace URIs, relationship types and content types of the parts we write. A workbook saved as
 * "Strict Open XML" uses the purl.oclc.org names; the parts we add follow the workbook's own flavour.
 */

export type Conformance = 'transitional' | 'strict';

const MAIN = {
  transitional: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  strict: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
};
const REL_NS = {
  transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

export const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

export function mainNs(c: Conformance): string {
  return MAIN[c];
}

export function relationshipsNs(c: Conformance): string {
  return REL_NS[c];
}

/** The relationship type URI for a part kind, e.g. `…/relationships/worksheet`. */
export function relType(c: Conformance, kind: 'worksheet' | 'table' | 'drawing' | 'chart' | 'styles'): string {
  return `${REL_NS[c]}/${kind}`;
}

/** True for either flavour of a relationship type ending in `/kind`. */
export function isRelType(type: string, kind: string): boolean {
  return type === `${REL_NS.transitional}/${kind}` || type === `${REL_NS.strict}/${kind}`;
}

export function conformanceOf(mainNamespace: string): Conformance {
  return mainNamespace === MAIN.strict ? 'strict' : 'transitional';
}

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  calcChain: 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml',
} as const;
