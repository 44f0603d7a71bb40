/**
 * 参加对象 of a session (SPEC §3.2): blank → every roster teacher; else the 教研组 it names,
 * separated by 、,，/ or space. A name missing its 组 suffix (语文) finds 语文组.
 */
import type { Expected } from '../engine/model.js';
import { headerKey } from './normalize/text.js';
import { ALL_TEACHERS_WORDS, TARGET_SEPARATORS } from './vocabulary.js';

const ALL_KEYS: ReadonlySet<string> = new Set(ALL_TEACHERS_WORDS.map(headerKey));

export type TargetRead = { kind: 'all' } | { kind: 'groups'; groups: string[]; unknown: string[] };

/**
 * Split a normalised 参加对象 text into roster groups.
 * @example readTargets('语文组、数学', new Set(['语文组', '数学组'])) // { kind: 'groups', groups: ['语文组', '数学组'], unknown: [] }
 */
export function readTargets(text: string, rosterGroups: ReadonlySet<string>): TargetRead {
  let parts = [text];
  for (const sep of TARGET_SEPARATORS) parts = parts.flatMap((p) => p.split(sep));
  const groups: string[] = [];
  const unknown: string[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    if (ALL_KEYS.has(headerKey(part))) return { kind: 'all' };
    const group = rosterGroups.has(part) ? part : rosterGroups.has(`${part}组`) ? `${part}组` : null;
    if (group === null) unknown.push(part);
    else if (!groups.includes(group)) groups.push(group);
  }
  if (groups.length === 0 && unknown.length === 0) return { kind: 'all' };
  return { kind: 'groups', groups, unknown };
}

/** Combine the 参加对象 of several rows of one session: an explicit 全体 wins, else the union. */
export function mergeExpected(a: Expected | null, b: TargetRead): Expected {
  if (b.kind === 'all' || a?.kind === 'all') return { kind: 'all' };
  const groups = a?.kind === 'groups' ? [...a.groups] : [];
  for (const g of b.groups) if (!groups.includes(g)) groups.push(g);
  return { kind: 'groups', groups };
}
