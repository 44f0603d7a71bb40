import { describe, it, expect } from 'vitest';
import { quotaFor, roundFraction } from '../../src/engine/quota.js';

// SPEC §5.2 with the default 30% / 40%: 优秀 = R(0.3n), 优秀+良好 = R(0.7n), 合格 the rest.
// Hand-computed: n × 0.3 and n × 0.7 for n = 1…10, then each rounding rule.
describe('quotaFor (cumulative ratios, exact)', () => {
  it.each([
    // n, round [优秀, 良好, 合格], floor [...], ceil [...]
    [1, [0, 1, 0], [0, 0, 1], [1, 0, 0]], //  0.3 / 0.7
    [2, [1, 0, 1], [0, 1, 1], [1, 1, 0]], //  0.6 / 1.4
    [3, [1, 1, 1], [0, 2, 1], [1, 2, 0]], //  0.9 / 2.1
    [4, [1, 2, 1], [1, 1, 2], [2, 1, 1]], //  1.2 / 2.8
    [5, [2, 2, 1], [1, 2, 2], [2, 2, 1]], //  1.5 / 3.5
    [6, [2, 2, 2], [1, 3, 2], [2, 3, 1]], //  1.8 / 4.2
    [7, [2, 3, 2], [2, 2, 3], [3, 2, 2]], //  2.1 / 4.9
    [8, [2, 4, 2], [2, 3, 3], [3, 3, 2]], //  2.4 / 5.6
    [9, [3, 3, 3], [2, 4, 3], [3, 4, 2]], //  2.7 / 6.3
    [10, [3, 4, 3], [3, 4, 3], [3, 4, 3]], // 3 / 7 exactly: 向上取整 must not give 4 / 8
  ] as const)('n = %i', (n, round, floor, ceil) => {
    const asTuple = (q: { 优秀: number; 良好: number; 合格: number }) => [q.优秀, q.良好, q.合格];
    expect(asTuple(quotaFor(n, 0.3, 0.4, 'round'))).toEqual(round);
    expect(asTuple(quotaFor(n, 0.3, 0.4, 'floor'))).toEqual(floor);
    expect(asTuple(quotaFor(n, 0.3, 0.4, 'ceil'))).toEqual(ceil);
  });

  it('uses the ratios exactly where floats would overshoot (20 × 0.35 = 7, 100 × 0.07 = 7)', () => {
    expect(quotaFor(20, 0.35, 0.4, 'ceil')).toEqual({ 优秀: 7, 良好: 8, 合格: 5 });
    expect(quotaFor(100, 0.07, 0.4, 'ceil').优秀).toBe(7);
    expect(quotaFor(10, 0.1, 0.2, 'ceil')).toEqual({ 优秀: 1, 良好: 2, 合格: 7 });
  });

  // issue 19 item 5: ratios computed by formulas arrive with binary noise; quotas read them at 15 digits.
  it.each([
    ['良好 =1-30%-30% in a group of 5 is 2, as 40% gives', 5, 0.3, 1 - 0.3 - 0.3, 'round', [2, 2, 1]],
    ['优秀 =1-0.7 with 向上取整 in a group of 10 is 3, not 4', 10, 1 - 0.7, 0.4, 'ceil', [3, 4, 3]],
  ] as const)('%s', (_label, n, p1, p2, rounding, expected) => {
    const q = quotaFor(n, p1, p2, rounding);
    expect([q.优秀, q.良好, q.合格]).toEqual(expected);
  });

  describe('edge cases', () => {
    it('an empty group has no quota', () => {
      expect(quotaFor(0, 0.3, 0.4, 'round')).toEqual({ 优秀: 0, 良好: 0, 合格: 0 });
    });
    it('ratios beyond 100% are capped at the group size', () => {
      expect(quotaFor(4, 0.8, 0.5, 'round')).toEqual({ 优秀: 3, 良好: 1, 合格: 0 });
      expect(quotaFor(4, 1.5, 0.5, 'round')).toEqual({ 优秀: 4, 良好: 0, 合格: 0 });
    });
    it('negative ratios count as 0', () => {
      expect(quotaFor(10, -0.3, 0.4, 'round')).toEqual({ 优秀: 0, 良好: 1, 合格: 9 });
    });
  });
});

describe('roundFraction (名额取整)', () => {
  it.each([
    [5n, 2n, 'round', 3],
    [5n, 2n, 'floor', 2],
    [5n, 2n, 'ceil', 3],
    [7n, 3n, 'round', 2],
    [6n, 2n, 'ceil', 3],
  ] as const)('%d/%d by %s is %i', (num, den, rounding, expected) => {
    expect(roundFraction({ num, den }, rounding)).toBe(expected);
  });
});

// 名额计算 = 分别 (SPEC §5, issue 14): 优秀 = R(n × 30%), 良好 = R(n × 40%), the rest 合格 — by hand.
describe('quotaFor (名额计算 = 分别: each tier rounded on its own)', () => {
  it.each([
    // n, round [优秀, 良好, 合格]        n×0.3 / n×0.4
    [9, [3, 4, 2]], //                     2.7 / 3.6 (累计 gives 3/3/3)
    [5, [2, 2, 1]], //                     1.5 / 2.0
    [7, [2, 3, 2]], //                     2.1 / 2.8
    [8, [2, 3, 3]], //                     2.4 / 3.2 (累计 gives 2/4/2)
    [10, [3, 4, 3]], //                    3 / 4
  ] as const)('n = %i → %j', (n, expected) => {
    const q = quotaFor(n, 0.3, 0.4, 'round', 'separate');
    expect([q.优秀, q.良好, q.合格]).toEqual(expected);
  });

  it('never hands out more slots than teachers (n = 1: 0.3 → 0, 0.4 → 0, 合格 1; 60% + 50% of 2 → 1 + 1)', () => {
    expect(quotaFor(1, 0.3, 0.4, 'round', 'separate')).toEqual({ 优秀: 0, 良好: 0, 合格: 1 });
    expect(quotaFor(2, 0.6, 0.5, 'ceil', 'separate')).toEqual({ 优秀: 2, 良好: 0, 合格: 0 });
  });
});
