/**
 * 类型 of a sign-in row (SPEC §3.2): 校本研训 (default when blank) or 外出学习.
 */
import { TextMemo } from '../normalize/memo.js';
import { headerKey } from '../normalize/text.js';
import { SESSION_TYPE_WORDS } from './vocabulary.js';
import { wordMap } from './wordMap.js';

const TYPE_BY_WORD = wordMap(SESSION_TYPE_WORDS);
/** Every sign-in row has a 类型 (usually the row above's): each distinct text is looked up once. */
const TYPE_BY_TEXT = new TextMemo((text: string) => TYPE_BY_WORD.get(headerKey(text)) ?? 'unknown');

/**
 * @example readSessionType('外出培训') // 'external'
 * @example readSessionType('') // 'internal'
 */
export function readSessionType(text: string): 'internal' | 'external' | 'unknown' {
  if (text === '') return 'internal';
  return TYPE_BY_TEXT.get(text);
}
