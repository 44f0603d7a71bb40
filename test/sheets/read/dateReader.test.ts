import { describe, it, expect } from 'vitest';
import { DateReader, SchoolYearVote, schoolYearOfPeriod } from '../../../src/sheets/read/dateReader.js';
import { parseDateCell } from '../../../src/sheets/normalize/date.js';

describe('year of year-less dates (SPEC §3: months 8–12 → first year, 1–7 → the next)', () => {
  it.each([
    ['9月6日', '2023-09-06'],
    ['12/31', '2023-12-31'],
    ['1.5', '2024-01-05'],
    ['7月31日', '2024-07-31'],
    ['8.1', '2023-08-01'],
    ['2月29日', '2024-02-29'],
  ])('%s in school year 2023 is %s', (text, iso) => {
    expect(new DateReader(2023).read(text)).toEqual({ kind: 'date', iso });
  });

  it('rejects 2月29日 in a school year whose spring is not a leap year', () => {
    expect(new DateReader(2022).read('2月29日')).toEqual({ kind: 'bad' });
  });

  it('cannot date a year-less cell without a school year', () => {
    expect(new DateReader(null).read('9月6日')).toEqual({ kind: 'bad' });
  });

  it('takes the school year of the period start (a spring term is the previous autumn’s year)', () => {
    expect(schoolYearOfPeriod('2023-09-01', '2024-01-31')).toBe(2023);
    expect(schoolYearOfPeriod('2024-02-20', null)).toBe(2023);
    expect(schoolYearOfPeriod(null, '2024-07-10')).toBe(2023);
    expect(schoolYearOfPeriod(null, null)).toBeNull();
  });
});

describe('SchoolYearVote (SPEC §3: the school year that holds most dated rows)', () => {
  it('picks the school year with most full dates and ignores year-less ones', () => {
    const vote = new SchoolYearVote();
    for (const v of ['2023-09-06', '2024-01-10', '2022-10-01', '9月6日', '9月7日', '9月8日']) vote.add(parseDateCell(v));
    expect(vote.winner()).toBe(2023);
  });
  it('breaks a tie toward the later year', () => {
    const vote = new SchoolYearVote();
    for (const v of ['2022-10-01', '2023-10-01']) vote.add(parseDateCell(v));
    expect(vote.winner()).toBe(2023);
  });
  it('has no winner without dates', () => {
    expect(new SchoolYearVote().winner()).toBeNull();
  });
});
