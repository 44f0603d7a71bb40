/**
 * 学分登记 words (SPEC §3.7): 学年 (`2023`, `2023-2024`, `2023学年`, the school year starting that
 * autumn), 学期 (第一学期 / 第二学期, 上 / 下, 秋 / 春) and 类别 (校本, else 其他).
 */
import type { CreditCategory } from '../../engine/model.js';
import type { CellValue } from '../table.js';
import { headerKey } from '../normalize/text.js';
import { schoolYearOf } from '../normalize/date.js';
import { CREDIT_CATEGORY_WORDS, TERM_WORDS } from './vocabulary.js';
import { wordMap } from './wordMap.js';

const TERM_BY_WORD = wordMap(TERM_WORDS);
const CATEGORY_BY_WORD = wordMap(CREDIT_CATEGORY_WORDS);
/** `2023`, `2023-2024`, `2023—24`, `2023~2024学年`, `2023学年度`, then perhaps the term (`第一学期`). */
const YEAR = /^(\d{4})(?:[-—–~～至/](\d{4}|\d{2}))?(?:学年度|学年|年度|年)?(.*)$/;

/**
 * 学期 text → 1 (first, autumn) or 2 (second, spring); null when blank; 'bad' when unreadable.
 * @example readTerm('下学期') // 2
 */
export function readTerm(text: string): 1 | 2 | null | 'bad' {
  const key = headerKey(text);
  if (key === '') return null;
  const word = TERM_BY_WORD.get(key);
  if (word !== undefined) return word === 'first' ? 1 : 2;
  if (/第一|上学期|秋/.test(key)) return 1;
  if (/第二|下学期|春/.test(key)) return 2;
  return 'bad';
}

/**
 * 学年 cell → the school year by its autumn, and the term when the cell names it too
 * (`2023-2024学年第二学期`); null when blank; 'bad' when unreadable.
 * @example readSchoolYear('2023-2024学年') // { schoolYear: 2023, term: null }
 */
export function readSchoolYear(value: CellValue): { schoolYear: number; term: 1 | 2 | null } | null | 'bad' {
  if (value === null || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'bad' : { schoolYear: schoolYearOf(value.toISOString().slice(0, 10)), term: null };
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value <= 2200 ? { schoolYear: value, term: null } : 'bad';
  if (typeof value !== 'string') return 'bad';
  const key = headerKey(value);
  if (key === '') return null;
  const m = YEAR.exec(key);
  if (m === null) return 'bad';
  const schoolYear = Number(m[1]);
  const second = m[2];
  if (second !== undefined && Number(second) % 100 !== (schoolYear + 1) % 100) return 'bad';
  const rest = (m[3] ?? '').replace(/^[,，、\s]+/, '');
  const term = readTerm(rest);
  if (term === 'bad') return 'bad';
  return { schoolYear, term };
}

/**
 * 类别 text → 校本 ('school') or 其他 ('other'); null when blank. Anything that is not 校本 is 其他
 * (县级, 市级, 网络研修, a training's own name …).
 * @example readCreditCategory('校本研训') // 'school'
 */
export function readCreditCategory(text: string): CreditCategory | null {
  const key = headerKey(text);
  if (key === '') return null;
  const word = CATEGORY_BY_WORD.get(key);
  if (word !== undefined) return word;
  return key.includes('校本') ? 'school' : 'other';
}
