/**
 * 是/否 cells (须开课, 评课, 未完成任务), including Y/N, √/× and checkbox TRUE/FALSE.
 */
import type { CellValue } from '../table.js';
import { cellText, headerKey } from '../normalize/text.js';
import { YES_NO_WORDS } from './vocabulary.js';
import { wordMap } from './wordMap.js';

const YES_NO_BY_WORD = wordMap(YES_NO_WORDS);

/**
 * Read a 是/否 cell: null for blank, 'unknown' for other text.
 * @example readYesNo('√') // true
 */
export function readYesNo(value: CellValue | undefined): boolean | null | 'unknown' {
  if (typeof value === 'boolean') return value;
  const text = cellText(value);
  if (text === '') return null;
  const meaning = YES_NO_BY_WORD.get(headerKey(text));
  return meaning === undefined ? 'unknown' : meaning === 'yes';
}
