/**
 * Dates with their year resolved (SPEC §3 "Dates"): year-less 9月6日 takes its year from the school
 * year — the period's, else the one holding most fully dated rows of the workbook.
 */
import type { IsoDate } from '../../engine/model.js';
import type { CellValue } from '../table.js';
import { daysInMonth, isoDate, parseDateCell, schoolYearOf, type DateParse } from '../normalize/date.js';

/** Date cells repeat (one date per session, thousands of rows): parse each distinct text or day once. */
const CACHE_LIMIT = 50_000;

/**
 * The school year (named by its first calendar year) a period belongs to: the school year of its start
 * (a spring term 2024-02-20..2024-07-10 is school year 2023, so 3月1日 → 2024-03-01).
 * @example schoolYearOfPeriod('2023-09-01', '2024-01-31') // 2023
 */
export function schoolYearOfPeriod(from: IsoDate | null, to: IsoDate | null): number | null {
  const anchor = from ?? to;
  return anchor === null ? null : schoolYearOf(anchor);
}

/** Counts fully dated cells per school year; the winner dates year-less cells when there is no period. */
export class SchoolYearVote {
  private readonly votes = new Map<number, number>();

  add(parse: DateParse | null): void {
    if (parse?.kind !== 'full') return;
    const year = schoolYearOf(parse.iso);
    this.votes.set(year, (this.votes.get(year) ?? 0) + 1);
  }

  /** The school year with most dated cells; a tie goes to the later year (the term being closed). */
  winner(): number | null {
    let best: number | null = null;
    let bestCount = 0;
    for (const [year, count] of this.votes) {
      if (count > bestCount || (count === bestCount && best !== null && year > best)) {
        best = year;
        bestCount = count;
      }
    }
    return best;
  }
}

export type DateRead = { kind: 'date'; iso: IsoDate } | { kind: 'blank' } | { kind: 'bad' };

const BLANK: DateRead = { kind: 'blank' };
const BAD: DateRead = { kind: 'bad' };

/** Reads date cells for one workbook, with a fixed school year for year-less forms. */
export class DateReader {
  private readonly cache = new Map<string, DateParse | null>();
  private readonly byTime = new Map<number, DateParse | null>();
  /** The last cell parsed: the rows of one session repeat its date (often the very same Date). */
  private lastValue: CellValue | undefined;
  private lastParse: DateParse | null = null;

  /**
   * The 考核期 (null ends when unset): month-only dates are placed inside it when their month overlaps
   * it, and without it an unreadable filter date costs a notice, not the row (SPEC §3 "Dates").
   */
  period: { from: IsoDate | null; to: IsoDate | null } = { from: null, to: null };

  /** @param schoolYear first calendar year of the school year; null when unknown (year-less → bad). */
  constructor(public schoolYear: number | null = null) {}

  /**
   * The day a month-only date stands for: the first day of the month that is inside the period, else
   * the month's first day (out of the period, as the whole month is).
   * @example new DateReader().monthDay(2024, 11) // '2024-11-01'
   */
  monthDay(year: number, month: number): IsoDate {
    const first = isoDate(year, month, 1);
    const last = isoDate(year, month, daysInMonth(year, month));
    const { from, to } = this.period;
    const start = from !== null && from > first ? from : first;
    if (start > last || (to !== null && start > to)) return first;
    return start;
  }

  /** Parse without resolving the year (cached for text and Date cells). */
  parse(value: CellValue | undefined): DateParse | null {
    if (value === this.lastValue && value !== undefined) return this.lastParse;
    const parsed = this.parseUncached(value);
    this.lastValue = value;
    this.lastParse = parsed;
    return parsed;
  }

  private parseUncached(value: CellValue | undefined): DateParse | null {
    if (value instanceof Date) return this.parseDate(value);
    if (typeof value !== 'string') return parseDateCell(value);
    const hit = this.cache.get(value);
    if (hit !== undefined || this.cache.has(value)) return hit ?? null;
    const parsed = parseDateCell(value);
    if (this.cache.size < CACHE_LIMIT) this.cache.set(value, parsed);
    return parsed;
  }

  private parseDate(value: Date): DateParse | null {
    const time = value.getTime();
    const hit = this.byTime.get(time);
    if (hit !== undefined) return hit;
    const parsed = parseDateCell(value);
    if (this.byTime.size < CACHE_LIMIT) this.byTime.set(time, parsed);
    return parsed;
  }

  /** Give a parsed date its year: months 8–12 → the school year's first year, 1–7 → the next. */
  resolve(parse: DateParse): DateRead {
    if (parse.kind === 'full') return { kind: 'date', iso: parse.iso };
    if (parse.kind === 'bad' || this.schoolYear === null) return BAD;
    const year = parse.month >= 8 ? this.schoolYear : this.schoolYear + 1;
    if (parse.day > daysInMonth(year, parse.month)) return BAD;
    return { kind: 'date', iso: isoDate(year, parse.month, parse.day) };
  }

  /**
   * Read one date cell.
   * @example new DateReader(2023).read('3月1日') // { kind: 'date', iso: '2024-03-01' }
   */
  read(value: CellValue | undefined): DateRead {
    const parse = this.parse(value);
    return parse === null ? BLANK : this.resolve(parse);
  }
}
