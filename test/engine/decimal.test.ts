import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { excelNumber, exactFraction, roundHalfUp, toHundredths } from '../../src/engine/decimal.js';

describe('roundHalfUp (SPEC §4: 2 decimals, half up, exactly)', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [26.245, 26.25],
    [1.004, 1.0],
    [0.125, 0.13],
    [0.135, 0.14],
    [8.345, 8.35],
    [1.0049999, 1.0],
    [1.004999999, 1.0], // within the fast path's margin of a half: read through the decimal string
    [1.00495, 1.0],
    [1.00500001, 1.01],
    [(30 * 28) / 32, 26.25],
    [(30 * 10) / 12 + 2.5, 27.5],
    [(30 * 7) / 9, 23.33],
    [(30 * 5) / 9, 16.67],
    [0.1 + 0.2, 0.3],
    [99.995, 100],
    [30, 30],
    [0, 0],
  ])('rounds %d to %d', (x, expected) => {
    expect(roundHalfUp(x, 2)).toBe(expected);
  });

  it('rounds negatives half away from zero', () => {
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(roundHalfUp(-2.674, 2)).toBe(-2.67);
  });

  it('rounds to other digit counts', () => {
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(1.00005, 4)).toBe(1.0001);
    expect(roundHalfUp(28.000000000000004, 4)).toBe(28);
  });

  it('handles very large and very small numbers through the decimal string', () => {
    expect(roundHalfUp(1.5e21, 2)).toBe(1.5e21);
    expect(roundHalfUp(1e-9, 2)).toBe(0);
    expect(roundHalfUp(123456789012.345, 2)).toBe(123456789012.35);
  });

  describe('edge cases', () => {
    it.each([NaN, Infinity, -Infinity])('gives 0 for %d (the engine is total)', (x) => {
      expect(roundHalfUp(x, 2)).toBe(0);
    });
  });
});

describe('toHundredths', () => {
  it.each([
    [26.245, 2625],
    [1.005, 101],
    [0.1 + 0.2, 30],
    [30, 3000],
  ])('%d is %d hundredths', (x, expected) => {
    expect(toHundredths(x)).toBe(expected);
  });
});

describe('exactFraction (ratios from their shortest decimal form)', () => {
  it.each([
    [0.3, 3n, 10n],
    [0.2, 2n, 10n],
    [0.07, 7n, 100n],
    [1, 1n, 1n],
    [0.125, 125n, 1000n],
    [1e-7, 1n, 10000000n],
    [2e21, 2000000000000000000000n, 1n],
    [-0.5, -5n, 10n],
    [0, 0n, 1n],
    [NaN, 0n, 1n],
  ])('%d is %d/%d', (x, num, den) => {
    expect(exactFraction(x)).toEqual({ num, den });
  });
});

describe('excelNumber (issue 19 item 5: Excel\'s 15 significant digits)', () => {
  it.each([
    [0.39999999999999997, 0.4], // =1-30%-30%
    [0.30000000000000004, 0.3], // =1-0.7
    [0.7, 0.7],
    [1e308, 1e308],
    [-0.30000000000000004, -0.3],
    [0, 0],
  ])('reads %d as %d', (x, expected) => {
    expect(excelNumber(x)).toBe(expected);
  });
  it.each([
    [45174, 45174],
    [-2, -2],
    [999_999_999_999_999, 999_999_999_999_999],
    [1e15, 1e15],
    [1_234_567_890_123_456, 1_234_567_890_123_460], // 16 digits: rounded to 15
    [-1_234_567_890_123_456, -1_234_567_890_123_460],
  ])('reads the integer %d as %d', (x, expected) => {
    expect(excelNumber(x)).toBe(expected);
  });
  it('reads any integer as its 15-digit decimal text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ min: -1e17, max: 1e17 }).map(Math.trunc)), (x) => {
        expect(Object.is(excelNumber(x), x === 0 ? x : Number(x.toPrecision(15)))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
  it('leaves non-finite numbers alone (the callers refuse them)', () => {
    expect(excelNumber(Infinity)).toBe(Infinity);
    expect(Number.isNaN(excelNumber(NaN))).toBe(true);
  });
});

describe('exactFraction reads 15 digits like every other number', () => {
  it.each([
    [0.30000000000000004, 3n, 10n], // =1-0.7 is 3/10, so 10 × it rounds up to 3
    [0.39999999999999997, 2n, 5n],
    [0.35, 7n, 20n],
  ])('%d is %d/%d', (x, num, den) => {
    const f = exactFraction(x);
    expect(f.num * den).toBe(num * f.den);
  });
});
