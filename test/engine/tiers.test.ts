import { describe, it, expect } from 'vitest';
import { tierGroup, type TierMember } from '../../src/engine/tiers.js';
import { quotaFor } from '../../src/engine/quota.js';
import type { Tier } from '../../src/engine/model.js';

/** Members from totals (in points); roster order = array order; index doubles as 工号 T<index>. */
function members(totals: readonly number[], extra: Record<number, Partial<TierMember>> = {}): TierMember[] {
  return totals.map((total, index) => ({
    index, id: `T${index}`, name: `教师${index}`, total: Math.round(total * 100),
    attendance: 0, external: 0, bonus: 0, disqualified: false, ...extra[index],
  }));
}

function tiersByIndex(result: ReturnType<typeof tierGroup>): Tier[] {
  const out: Tier[] = [];
  for (const p of result.placements) out[p.index] = p.tier;
  return out;
}

const q10 = quotaFor(10, 0.3, 0.4, 'round'); // 3 / 4 / 3

describe('tierGroup ranking (SPEC §5.1: competition style 1, 2, 2, 4)', () => {
  it('ranks by total, ties share a rank', () => {
    const r = tierGroup(members([90, 95, 95, 80]), quotaFor(4, 0.3, 0.4, 'round'), 'share');
    expect(r.placements.map((p) => [p.index, p.rank])).toEqual([[1, 1], [2, 1], [0, 3], [3, 4]]);
  });
});

describe('tierGroup quota walk (SPEC §5.3)', () => {
  it('fills 3 / 4 / 3 slots for 10 distinct totals', () => {
    const r = tierGroup(members([100, 99, 98, 97, 96, 95, 94, 93, 92, 91]), q10, 'share');
    expect(r.counts).toEqual({ 优秀: 3, 良好: 4, 合格: 3, 不合格: 0 });
    expect(r.overflow).toEqual({ 优秀: 0, 良好: 0 });
  });

  describe('同档 (share): ties share the higher tier and overflow', () => {
    it('on the 优秀 boundary', () => {
      const r = tierGroup(members([100, 99, 98, 98, 97, 96, 95, 94, 93, 92]), q10, 'share');
      expect(tiersByIndex(r)).toEqual(['优秀', '优秀', '优秀', '优秀', '良好', '良好', '良好', '合格', '合格', '合格']);
      expect(r.counts).toEqual({ 优秀: 4, 良好: 3, 合格: 3, 不合格: 0 });
      expect(r.overflow).toEqual({ 优秀: 1, 良好: 0 });
      expect(r.placements.map((p) => p.rank)).toEqual([1, 2, 3, 3, 5, 6, 7, 8, 9, 10]);
    });

    it('on the 良好 boundary', () => {
      const r = tierGroup(members([100, 99, 98, 97, 96, 95, 94, 94, 93, 92]), q10, 'share');
      expect(tiersByIndex(r)).toEqual(['优秀', '优秀', '优秀', '良好', '良好', '良好', '良好', '良好', '合格', '合格']);
      expect(r.overflow).toEqual({ 优秀: 0, 良好: 1 });
    });

    it('a tie across every boundary puts everyone in 优秀', () => {
      const r = tierGroup(members([80, 80, 80, 80]), quotaFor(4, 0.3, 0.4, 'round'), 'share');
      expect(r.counts).toEqual({ 优秀: 4, 良好: 0, 合格: 0, 不合格: 0 });
      expect(r.overflow).toEqual({ 优秀: 3, 良好: 0 });
    });

    it('keeps roster order inside a tie', () => {
      const r = tierGroup(members([90, 95, 95, 95]), quotaFor(4, 0.3, 0.4, 'round'), 'share');
      expect(r.placements.map((p) => p.index)).toEqual([1, 2, 3, 0]);
    });
  });

  describe('严格 (strict): ties broken by attendance, external, bonus, 工号, 姓名', () => {
    it('on the 优秀 boundary, by attendance', () => {
      const r = tierGroup(
        members([100, 99, 98, 98, 97, 96, 95, 94, 93, 92], { 2: { attendance: 2000 }, 3: { attendance: 3000 } }),
        q10,
        'strict',
      );
      expect(tiersByIndex(r)[3]).toBe('优秀');
      expect(tiersByIndex(r)[2]).toBe('良好');
      expect(r.counts).toEqual({ 优秀: 3, 良好: 4, 合格: 3, 不合格: 0 });
      expect(r.overflow).toEqual({ 优秀: 0, 良好: 0 });
      // competition ranks are unchanged; the order within the tie is the walk order
      expect(r.placements.slice(2, 4)).toEqual([{ index: 3, rank: 3, tier: '优秀' }, { index: 2, rank: 3, tier: '良好' }]);
    });

    it('on the 良好 boundary, by external then bonus', () => {
      const tie = members([100, 99, 98, 97, 96, 95, 94, 94, 94, 92], {
        6: { attendance: 3000, external: 1000, bonus: 100 },
        7: { attendance: 3000, external: 2000, bonus: 0 },
        8: { attendance: 3000, external: 1000, bonus: 500 },
      });
      const r = tierGroup(tie, q10, 'strict');
      expect(r.placements.slice(6, 9).map((p) => [p.index, p.tier])).toEqual([[7, '良好'], [8, '合格'], [6, '合格']]);
    });

    it('by 工号 (digits as numbers, none last), then 姓名', () => {
      const tie = members([90, 90, 90, 90], {
        0: { id: 'T10' }, 1: { id: null, name: '张三' }, 2: { id: 'T9' }, 3: { id: null, name: '李四' },
      });
      const r = tierGroup(tie, quotaFor(4, 0.3, 0.4, 'round'), 'strict');
      expect(r.placements.map((p) => p.index)).toEqual([2, 0, 3, 1]); // T9, T10, 李四 (l), 张三 (z)
      expect(r.placements.map((p) => p.tier)).toEqual(['优秀', '良好', '良好', '合格']);
    });
  });

  it('a disqualified teacher ranked in the middle is 不合格 and takes no slot (SPEC §5.4)', () => {
    const r = tierGroup(members([100, 99, 98, 97, 96, 95, 94, 93, 92, 91], { 2: { disqualified: true } }), q10, 'share');
    expect(tiersByIndex(r)).toEqual(['优秀', '优秀', '不合格', '优秀', '良好', '良好', '良好', '良好', '合格', '合格']);
    expect(r.counts).toEqual({ 优秀: 3, 良好: 4, 合格: 2, 不合格: 1 });
    expect(r.placements[2]).toEqual({ index: 2, rank: 3, tier: '不合格' });
  });

  it('a disqualified teacher tied with a qualified one does not pass on a tier', () => {
    const r = tierGroup(members([100, 99, 98, 98, 97], { 2: { disqualified: true } }), quotaFor(5, 0.3, 0.4, 'round'), 'share');
    // quota 2 / 2 / 1: slots T0 优秀, T1 优秀, T3 良好, T4 良好
    expect(tiersByIndex(r)).toEqual(['优秀', '优秀', '不合格', '良好', '良好']);
  });
});
