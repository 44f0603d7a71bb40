/**
 * The term being scored (SPEC §3.7, §6 credit cycle, §7 record-credits): its school year (by its autumn,
 * 2023 = 2023-2024) and 第一学期 (autumn, August–January) or 第二学期 (spring, February–July).
 */
import type { Dataset, IsoDate } from './model.js';
import type { Rules } from './rules.js';

export interface SchoolTerm {
  schoolYear: number;
  term: 1 | 2;
}

/**
 * The school year and term a day belongs to: August–December and January are the first term of the
 * school year that began in August; February–July the second.
 * @example termOfDate('2024-01-15') // { schoolYear: 2023, term: 1 }
 */
export function termOfDate(iso: IsoDate): SchoolTerm {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  if (month >= 8) return { schoolYear: year, term: 1 };
  if (month === 1) return { schoolYear: year - 1, term: 1 };
  return { schoolYear: year - 1, term: 2 };
}

/**
 * The term being scored: the period's start (else its end); without a period, the term holding most
 * dated sessions and 外出学习 rows (a tie goes to the later term); null when nothing is dated.
 * @example scoringTerm(dataset, { periodFrom: '2024-02-20', periodTo: '2024-07-05' }) // { schoolYear: 2023, term: 2 }
 */
export function scoringTerm(dataset: Pick<Dataset, 'sessions' | 'external'>, rules: Pick<Rules, 'periodFrom' | 'periodTo'>): SchoolTerm | null {
  const anchor = rules.periodFrom ?? rules.periodTo;
  if (anchor !== null) return termOfDate(anchor);
  const votes = new Map<number, number>();
  const vote = (date: IsoDate | null): void => {
    if (date === null) return;
    const t = termOfDate(date);
    const key = t.schoolYear * 2 + t.term - 1;
    votes.set(key, (votes.get(key) ?? 0) + 1);
  };
  for (const session of dataset.sessions) vote(session.date);
  for (const row of dataset.external) vote(row.date);
  let best: number | null = null;
  let bestCount = 0;
  for (const [key, count] of votes) {
    if (count > bestCount || (count === bestCount && best !== null && key > best)) {
      best = key;
      bestCount = count;
    }
  }
  return best === null ? null : { schoolYear: Math.floor(best / 2), term: ((best % 2) + 1) as 1 | 2 };
}

/**
 * Terms in order: negative when a is earlier than b.
 * @example compareTerms({ schoolYear: 2022, term: 2 }, { schoolYear: 2023, term: 1 }) // < 0
 */
export function compareTerms(a: SchoolTerm, b: SchoolTerm): number {
  return a.schoolYear !== b.schoolYear ? a.schoolYear - b.schoolYear : a.term - b.term;
}

/** `2023-2024` */
export function schoolYearLabel(schoolYear: number): string {
  return `${schoolYear}-${schoolYear + 1}`;
}

/** `第一学期` / `第二学期` */
export function termLabel(term: 1 | 2): string {
  return term === 1 ? '第一学期' : '第二学期';
}

/**
 * 来源 of the rows record-credits writes for a term (SPEC §7); recording again replaces exactly these.
 * @example recordOrigin({ schoolYear: 2023, term: 1 }) // '研修考核助手 2023-2024 第一学期'
 */
export function recordOrigin(term: SchoolTerm): string {
  return `研修考核助手 ${schoolYearLabel(term.schoolYear)} ${termLabel(term.term)}`;
}

/** Whether a 来源 cell is `recordOrigin(term)` (spacing and full-width forms aside). */
export function isRecordOrigin(text: string, term: SchoolTerm): boolean {
  const squash = (t: string): string => t.normalize('NFKC').replace(/\s+/g, '');
  return squash(text) === squash(recordOrigin(term));
}
