/**
 * Lookup maps built once from the vocabulary tables, keyed by `headerKey` (NFKC, no spaces, lower case),
 * so each cell costs one normalisation and one Map lookup.
 */
import { headerKey } from '../normalize/text.js';

/**
 * Invert a `meaning → words` table into `word → meaning`. A word listed twice keeps its first meaning.
 * @example wordMap({ yes: ['是'], no: ['否'] }).get('是') // 'yes'
 */
export function wordMap<K extends string>(table: Readonly<Record<K, readonly string[]>>): ReadonlyMap<string, K> {
  const map = new Map<string, K>();
  for (const meaning of Object.keys(table) as K[]) {
    for (const word of table[meaning]) {
      const key = headerKey(word);
      if (!map.has(key)) map.set(key, meaning);
    }
  }
  return map;
}
