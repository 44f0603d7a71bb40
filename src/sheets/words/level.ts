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
