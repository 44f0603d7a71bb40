/**
 * A structural check for a written .xlsx: what Excel verifies before it offers to "repair" a file.
 * Every part named by a content-type Override and every internal relationship target exists, every
 * part has a content type, and every XML part is well-formed (libxml2 via xmllint-wasm).
 */
import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';
import { ContentTypes } from '../../../src/hosts/xlsx/package/contentTypes.js';
import { parseRelationships, resolveTarget } from '../../../src/hosts/xlsx/package/relationships.js';

/** Problems found, as sentences; empty when the package is sound. */
export async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
  const lower = new Set(parts.map((p) => p.toLowerCase()));
  const problems: string[] = [];
  const typesFile = zip.file('[Content_Types].xml');
  if (!typesFile) return ['[Content_Types].xml is missing'];
  const types = ContentTypes.parse(await typesFile.async('string'));

  for (const part of types.overriddenParts()) if (!lower.has(part.toLowerCase())) problems.push(`Override names missing part ${part}`);
  for (const part of parts) {
    if (part === '[Content_Types].xml') continue;
    if (types.typeOf(part) === undefined) problems.push(`${part} has no content type`);
    if (!part.endsWith('.rels')) continue;
    const source = part.replace(/_rels\/([^/]*)\.rels$/, '$1');
    for (const rel of parseRelationships(await zip.file(part)!.async('string'))) {
      if (rel.external) continue;
      const target = resolveTarget(source === '' ? '' : source, rel.target);
      if (!lower.has(target.toLowerCase())) problems.push(`${part} ${rel.id} points at missing ${target}`);
    }
  }

  const xmlParts = parts.filter((p) => /\.(xml|rels|vml)$/i.test(p) && !p.endsWith('.vml'));
  const files = await Promise.all(xmlParts.map(async (p) => ({ fileName: p.replace(/[^\w.]/g, '_'), contents: await zip.file(p)!.async('uint8array') })));
  const result = await validateXML({ xml: files, normalization: 'format' });
  if (!result.valid) problems.push(...result.errors.map((e) => `not well-formed: ${e.rawMessage}`));
  return problems;
}

/** Every part's bytes, by name. */
export async function partBytes(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('uint8array'));
  return out;
}
