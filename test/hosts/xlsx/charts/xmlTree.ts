/**
 * Test helper: parse a generated part with a real XML parser (fast-xml-parser) into a small tree,
 * so tests can check well-formedness, child ORDER and decoded text without string matching.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Concatenated direct text content, entities decoded. */
  text: string;
}

type Raw = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
});

function toNode(raw: Raw): XmlNode | undefined {
  const name = Object.keys(raw).find((k) => k !== ':@' && k !== '#text');
  if (name === undefined) return undefined;
  const kids = (raw[name] ?? []) as Raw[];
  const attrs = (raw[':@'] ?? {}) as Record<string, string>;
  const children = kids.map(toNode).filter((n): n is XmlNode => n !== undefined);
  const text = kids.map((k) => (typeof k['#text'] === 'string' ? k['#text'] : '')).join('');
  return { name, attrs, children, text };
}

/** Parses `xml`, failing with the parser's message when it is not well-formed; returns the root element. */
export function parseXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  const roots = (parser.parse(xml) as Raw[]).map(toNode).filter((n): n is XmlNode => n !== undefined);
  const [root] = roots;
  if (root === undefined || roots.length !== 1) throw new Error('expected exactly one root element');
  return root;
}

export function childNames(node: XmlNode): string[] {
  return node.children.map((c) => c.name);
}

/** Follows a `/`-separated path of child names, taking the first match at each step. */
export function child(node: XmlNode, path: string): XmlNode {
  let current = node;
  for (const step of path.split('/')) {
    const next = current.children.find((c) => c.name === step);
    if (next === undefined) throw new Error(`no <${step}> under <${current.name}> (path ${path})`);
    current = next;
  }
  return current;
}

/** All descendants named `name`, in document order. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);
}
