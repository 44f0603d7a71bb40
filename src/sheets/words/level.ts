/**
 * 级别 words of SPEC §3.3 → Level. Blank is 校级.
 */
import type { Level } from '../../engine/model.js';
import { headerKey } from '../normalize/text.js';
import { LEVEL_WORDS } from './vocabulary.js';
import { wordMap } from './wordMap.js';

const LEVEL_BY_WORD = wordMap(LEVEL_WORDS);

/**
 * Read a normalised 级别 text; null when it is not a level word.
 * @example readLevel('区级') // 'district'
 * @example readLevel('') // 'school'
 */
export function readLevel(text: string): Level | null {
  if (text === '') return 'school';
  return LEVEL_BY_WORD.get(headerKey(text)) ?? null;
}

/** Level words of two characters or more, longest first (县区级 before 区级), for finding one inside text. */
const LONG_LEVEL_WORDS: readonly (readonly [string, Level])[] = (Object.entries(LEVEL_WORDS) as [Level, readonly string[]][])
  .flatMap(([level, words]) => words.map((w) => [headerKey(w), level] as const))
  .filter(([w]) => w.length >= 2 && w !== '学校' && w !== '校内')
  .sort((a, b) => b[0].length - a[0].length);
const SHORT_LEVEL_WORDS: readonly (readonly [string, Level])[] = (Object.entries(LEVEL_WORDS) as [Level, readonly string[]][])
  .flatMap(([level, words]) => words.map((w) => [headerKey(w), level] as const))
  .filter(([w]) => w.length === 1);

/**
 * The 级别 inside award text (SPEC §3.4): `市级一等奖`, `2023年市级优质课评比一等奖`, and — at the start
 * of a combined 获奖等级 cell only (`startOnly`) — the one-character forms `区二等`, `省三等奖`.
 * Null when the text names no level (never 校级 by default).
 * @example findLevelIn('区二等', true) // 'district'
 */
export function findLevelIn(text: string, startOnly: boolean): Level | null {
  const key = headerKey(text);
  if (key === '') return null;
  for (const [word, level] of LONG_LEVEL_WORDS) if (key.includes(word)) return level;
  if (startOnly) for (const [word, level] of SHORT_LEVEL_WORDS) if (key.startsWith(word)) return level;
  return null;
}
