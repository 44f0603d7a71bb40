/**
 * 类别 of an award (SPEC §3.4): explicit 比赛/评选, else inferred from 奖项 by keyword.
 */
import type { AwardCategory } from '../../engine/model.js';
import { headerKey } from '../normalize/text.js';
import { CATEGORY_KEYWORDS, CATEGORY_WORDS } from './vocabulary.js';
import { wordMap } from './wordMap.js';

const CATEGORY_BY_WORD = wordMap(CATEGORY_WORDS);

/**
 * The category from the 类别 text, falling back to keywords in the 奖项 title; null when neither tells.
 * Competition keywords are tried first, so 优质课评选 is a 比赛 (SPEC lists 优质课 under 比赛).
 * @example readAwardCategory('', '县教学论文评选') // 'appraisal'
 */
export function readAwardCategory(categoryText: string, title: string): AwardCategory | null {
  const explicit = CATEGORY_BY_WORD.get(headerKey(categoryText));
  if (explicit !== undefined) return explicit;
  const key = headerKey(title);
  for (const [word, category] of CATEGORY_KEYWORDS) if (key.includes(word)) return category;
  return null;
}
