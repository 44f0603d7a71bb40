/**
 * 等次 of SPEC §3.4 → steps below first prize (一等/特等/金 0, 二等/银 1, 三等/铜 2, 优秀/优胜/鼓励 3).
 */
import { headerKey } from '../normalize/text.js';
import { PRIZE_NUMERALS, PRIZE_WORDS } from './vocabulary.js';

/**
 * Read a normalised 等次 text; null when unknown (blank included: an award without a prize is unreadable).
 * @example readPrize('1等奖') // 0
 * @example readPrize('三等') // 2
 */
export function readPrize(text: string): number | null {
  const key = headerKey(text);
  if (key === '') return null;
  // 一等奖 / 1等奖 / 二等 …: the numeral just before 等 (特等 is in PRIZE_WORDS).
  const deng = key.indexOf('等');
  if (deng > 0) {
    const step = PRIZE_NUMERALS[key.charAt(deng - 1)];
    if (step !== undefined) return step;
  }
  for (const [word, step] of PRIZE_WORDS) if (key.includes(word)) return step;
  return null;
}

/**
 * The 等次 inside free award text (奖项 or a combined 获奖等级 cell, SPEC §3.4): a numeral before 等
 * (`一等奖`, `区二等`) or a prize word ending in 奖 (`金奖`, `优秀奖`). Bare 优秀 or 金 say nothing
 * here: 优秀教学设计评选 names no prize.
 * @example findPrizeIn('2023年市级优质课评比一等奖') // 0
 */
export function findPrizeIn(text: string): number | null {
  const key = headerKey(text);
  for (let at = key.indexOf('等'); at > 0; at = key.indexOf('等', at + 1)) {
    const step = PRIZE_NUMERALS[key.charAt(at - 1)];
    if (step !== undefined) return step;
  }
  if (key.includes('特等')) return 0;
  for (const [word, step] of PRIZE_WORDS) if (word.endsWith('奖') && key.includes(word)) return step;
  return null;
}
