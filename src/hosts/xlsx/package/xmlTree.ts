/**
 * A small, strict XML reader for the package's index parts (workbook.xml, styles.xml, rels, content
 * types, app.xml). It keeps each element's source offsets so an edit can splice new text into the
 * original part and leave everything it does not understand byte for byte. Namespaces are resolved,
 * so a prefixed workbook (`<x:workbook xmlns:x=…>`) or strict OOXML reads like any other.
 */
import { decodeXml } from './xmlText.js';

export interface XmlElement {
  /** Qualified name as written, e.g. `x:sheet`. */
  qname: string;
  prefix: string;
  local: string;
  /** Namespace URI of the element ('' when none). */
  ns: string;
  /** Attribute values by qualified name, decoded. */
  attrs: Record<string, string>;
  /** Prefix → namespace URI in scope at this element ('' = default namespace). */
  scope: Record<string, string>;
  children: XmlElement[];
  /** Decoded text directly inside this element (children's text excluded). */
  text: string;
  /** Offset of `<` of the start tag. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset of `<` of the end tag (equals openEnd for a self-closing `<a/>`). */
  closeStart: number;
  /** Offset just after the element ends. */
  end: number;
  selfClosing: boolean;
}

const NAME = /^[^\s/>=]+/;
const ATTR = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

/** Parses a whole document; throws on malformed input (our index parts must be readable). */
export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt === -1 ? source.length : lt;
    const top = stack[stack.length - 1];
    if (top && textEnd > i) top.text += decodeXml(source.slice(i, textEnd));
    if (lt === -1) break;
    if (source.startsWith('<?', lt)) {
      i = mustFind(source, '?>', lt) + 2;
    } else if (source.startsWith('<!--', lt)) {
      i = mustFind(source, '-->', lt) + 3;
    } else if (source.startsWith('<![CDATA[', lt)) {
      const close = mustFind(source, ']]>', lt);
      if (top) top.text += source.slice(lt + 9, close);
      i = close + 3;
    } else if (source.startsWith('<!', lt)) {
      throw new Error('XML with a DOCTYPE is not accepted in a package part');
    } else if (source.startsWith('</', lt)) {
      const close = mustFind(source, '>', lt);
      const qname = source.slice(lt + 2, close).trim();
      const open = stack.pop();
      if (!open || open.qname !== qname) throw new Error(`XML end tag </${qname}> does not match`);
      open.closeStart = lt;
      open.end = close + 1;
      i = close + 1;
    } else {
      const element = readStartTag(source, lt, top);
      if (top) top.children.push(element);
      else if (root) throw new Error('XML has more than one root element');
      else root = element;
      if (!element.selfClosing) stack.push(element);
      i = element.openEnd;
    }
  }
  if (!root || stack.length > 0) throw new Error('XML document is incomplete');
  return root;
}

function readStartTag(source: string, lt: number, parent: XmlElement | undefined): XmlElement {
  const name = NAME.exec(source.slice(lt + 1, lt + 200));
  if (!name) throw new Error(`XML start tag without a name at ${lt}`);
  const qname = name[0];
  const attrs: Record<string, string> = {};
  let i = lt + 1 + qname.length;
  for (;;) {
    ATTR.lastIndex = i;
    const m = ATTR.exec(source);
    if (!m) break;
    attrs[m[1]!] = decodeXml(m[3] ?? m[4] ?? '');
    i = ATTR.lastIndex;
  }
  while (/\s/.test(source[i] ?? '')) i++;
  const selfClosing = source.startsWith('/>', i);
  if (!selfClosing && source[i] !== '>') throw new Error(`XML start tag <${qname}> is malformed at ${i}`);
  const openEnd = i + (selfClosing ? 2 : 1);
  const scope = { ...(parent?.scope ?? {}) };
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'xmlns') scope[''] = value;
    else if (key.startsWith('xmlns:')) scope[key.slice(6)] = value;
  }
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  return {
    qname,
    prefix,
    local: qname.slice(colon + 1),
    ns: scope[prefix] ?? '',
    attrs,
    scope,
    children: [],
    text: '',
    start: lt,
    openEnd,
    closeStart: selfClosing ? openEnd : -1,
    end: selfClosing ? openEnd : -1,
    selfClosing,
  };
}

function mustFind(source: string, what: string, from: number): number {
  const at = source.indexOf(what, from);
  if (at === -1) throw new Error(`XML is truncated: no '${what}' after ${from}`);
  return at;
}

/** The children of `element` with this local name (any namespace prefix). */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}

export function childNamed(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

/**
 * An attribute by namespace URI and local name, whatever prefix the document chose
 * (`r:id` in one file, `ns2:id` in another).
 */
export function attrNs(element: XmlElement, ns: string, local: string): string | undefined {
  for (const [key, value] of Object.entries(element.attrs)) {
    const colon = key.indexOf(':');
    if (colon === -1 || key.startsWith('xmlns')) continue;
    if (key.slice(colon + 1) === local && element.scope[key.slice(0, colon)] === ns) return value;
  }
  return undefined;
}

/** The prefix bound to `ns` at `element` ('' for the default namespace), or undefined. */
export function prefixFor(element: XmlElement, ns: string): string | undefined {
  if (element.scope[''] === ns) return '';
  return Object.entries(element.scope).find(([p, uri]) => p !== '' && uri === ns)?.[0];
}

/** One text edit on a source string: replace [from, to) by `text`. */
export interface Splice {
  from: number;
  to: number;
  text: string;
}

/** Applies non-overlapping splices (any order) to `source`. */
export function applySplices(source: string, splices: Splice[]): string {
  // Back to front so offsets stay valid; splices at the same offset keep their given order.
  const order = splices.map((s, index) => ({ s, index })).sort((a, b) => b.s.from - a.s.from || b.index - a.index);
  let out = source;
  for (const { s } of order) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}
