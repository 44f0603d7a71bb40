/**
 * 参加对象 of a session (SPEC §3.2): blank → every roster teacher; else the 教研组 it names,
 * separated by 、,，/ or space. A name missing its 组 suffix (语文) finds 语文组.
 */
import type { Expected } from '../../engine/model.js';
import { headerKey } from '../normalize/text.js';
import { ALL_TEACHERS_WORDS, TARGET_SEPARATORS } from '../words/vocabulary.js';

const ALL_KEYS: ReadonlySet<string> = new Set(ALL_TEACHERS_WORDS.map(headerKey));
/** Every separator at once (each is one character, so one split equals splitting by each in turn). */
const SEPARATOR = new RegExp(`[${TARGET_SEPARATORS.map((s) => s.replace(/[\\\]^-]/g, '\\$&')).join('')}]`);

export type TargetRead = { kind: 'all' } | { kind: 'groups'; groups: string[]; unknown: string[] };

/**
 * Split a normalised 参加对象 text into roster groups.
 * @example readTargets('语文组、数学', new Set(['语文组', '数学组'])) // { kind: 'groups', groups: ['语文组', '数学组'], unknown: [] }
 */
export function readTargets(text: string, rosterGroups: ReadonlySet<string>): TargetRead {
  const groups: string[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(SEPARATOR)) {
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

/**
 * The 参加对象 of every session of one sign-in sheet, merged row by row. Every row of a session
 * repeats the same text (a district's sheet: ~1,000,000 rows, a few thousand distinct texts), so
 * each distinct text is split once, and a row repeating the text its session merged last is skipped
 * (merging it again would change nothing).
 */
const READ_CACHE_LIMIT = 50_000;

export class SessionTargets {
  readonly expected = new Map<string, Expected>();
  private readonly reads = new Map<string, TargetRead>();
  private readonly lastText = new Map<string, string>();
  /** The previous row's session and text (its rows usually follow each other): no lookup at all. */
  private lastKey = '';
  private lastKeyText = '';

  constructor(private readonly rosterGroups: ReadonlySet<string>) {}

  /**
   * Merge one row's non-blank 参加对象 into its session. Returns the read when the text was merged
   * (the caller reports its unknown groups), null when the row repeats what was just merged.
   */
  add(sessionKey: string, text: string): TargetRead | null {
    if (sessionKey === this.lastKey && text === this.lastKeyText) return null;
    this.lastKey = sessionKey;
    this.lastKeyText = text;
    if (this.lastText.get(sessionKey) === text) return null;
    this.lastText.set(sessionKey, text);
    let read = this.reads.get(text);
    if (read === undefined) {
      read = readTargets(text, this.rosterGroups);
      if (this.reads.size < READ_CACHE_LIMIT) this.reads.set(text, read);
    }
    this.expected.set(sessionKey, mergeExpected(this.expected.get(sessionKey) ?? null, read));
    return read;
  }
}
