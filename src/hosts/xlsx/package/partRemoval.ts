/**
 * Removing one of our old output sheets: the sheet part and every part only it led to (its table,
 * drawing, charts, a printer-settings part Excel added), with their rels and content-type entries.
 * A part still reachable from the rest of the package (an image another sheet also uses) stays.
 */
import type { OpcPackage } from './opcPackage.js';
import { relsPathOf, resolveTarget } from './relationships.js';

/** Every part reachable from `starts` through internal relationships. */
export async function reachableParts(pkg: OpcPackage, starts: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const part = queue.pop()!;
    const key = part.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    for (const rel of await pkg.rels(part)) {
      if (!rel.external) queue.push(resolveTarget(part, rel.target));
    }
  }
  return seen;
}

/**
 * Deletes the parts reached from `removedRoots` that the package root no longer reaches
 * (call after the workbook's relationships to those roots have been dropped and saved).
 */
export async function removeUnreachable(pkg: OpcPackage, removedRoots: string[]): Promise<string[]> {
  const candidates = await reachableParts(pkg, removedRoots);
  // '' is the package itself: its rels part is `_rels/.rels`.
  const live = await reachableParts(pkg, ['']);
  const removed: string[] = [];
  for (const part of candidates) {
    if (live.has(part) || part === '') continue;
    const name = pkg.find(part);
    if (name === undefined) continue;
    pkg.remove(relsPathOf(name));
    pkg.remove(name);
    pkg.contentTypes.removeOverride(name);
    removed.push(name);
  }
  return removed;
}
