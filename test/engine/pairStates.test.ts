import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PAIR_ABSENT, PAIR_ATTENDED, PAIR_EXCUSED, PAIR_NONE, pairStates } from '../../src/engine/pairStates.js';

describe('pairStates', () => {
  it.each([
    ['dense', 1 << 24],
    ['sparse (hash table)', 0],
  ])('%s: remembers the last state set per (teacher, session) and nothing else', (_kind, denseLimit) => {
    const pairs = pairStates(20_000, 45_000, denseLimit);
    expect(pairs.get(0, 0)).toBe(PAIR_NONE);
    pairs.set(0, 0, PAIR_ABSENT);
    pairs.set(19_999, 44_999, PAIR_EXCUSED);
    pairs.set(0, 0, PAIR_ATTENDED);
    expect(pairs.get(0, 0)).toBe(PAIR_ATTENDED);
    expect(pairs.get(19_999, 44_999)).toBe(PAIR_EXCUSED);
    expect(pairs.get(1, 0)).toBe(PAIR_NONE);
  });

  it('sparse: agrees with a Map over many random pairs, across table growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(19_999), fc.nat(44_999), fc.integer({ min: 1, max: 3 })), { maxLength: 3_000 }), (writes) => {
        const pairs = pairStates(20_000, 45_000, 0);
        const model = new Map<string, number>();
        for (const [t, s, state] of writes) {
          pairs.set(t, s, state);
          model.set(`${t}:${s}`, state);
        }
        for (const [t, s] of writes) expect(pairs.get(t, s)).toBe(model.get(`${t}:${s}`));
        expect(pairs.get(19_999, 44_999)).toBe(model.get('19999:44999') ?? PAIR_NONE);
      }),
      { numRuns: 20 },
    );
  });

  it('sparse: keeps every pair through several growths of the table (a district: ~1M rows)', () => {
    const pairs = pairStates(20_000, 45_000, 0);
    for (let i = 0; i < 300_000; i++) pairs.set(i % 20_000, (i * 7919) % 45_000, 1 + (i % 3));
    for (let i = 0; i < 300_000; i += 997) expect(pairs.get(i % 20_000, (i * 7919) % 45_000)).toBe(1 + (i % 3));
    expect(pairs.get(5, 1)).toBe(PAIR_NONE);
  });
});
