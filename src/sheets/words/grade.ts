/**
 * 学习笔记 grades of SPEC §3.5.
 */
import type { NotesGrade } from '../../engine/model.js';
import { headerKey } from '../normalize/text.js';
import { GRADE_WORDS } from './vocabulary.js';
import { wordMap } from './wordMap.js';

const GRADE_BY_WORD = wordMap(GRADE_WORDS);

/**
 * Read a normalised grade text; null when it is not a grade word.
 * @example readGrade('良') // '良好'
 */
export function readGrade(text: string): NotesGrade | null {
  return GRADE_BY_WORD.get(headerKey(text)) ?? null;
}
