/**
 * A small seeded pseudo-random generator (mulberry32), so the sample school is the same on every
 * run and every machine: tests and screenshots can rely on it. The one random source of every
 * generated school (./school.ts): the sample, the bench's schools and the oracle's random schools.
 * Not for anything secret.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Prng.pick: empty list');
    return item;
  }

  /** A value chosen by weight: `weighted([['出勤', 90], ['迟到', 4]])`; `total` = the weights' sum, if known. */
  weighted<T>(choices: readonly (readonly [T, number])[], total = weightSum(choices)): T {
    let r = this.next() * total;
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (last === undefined) throw new Error('Prng.weighted: empty list');
    return last[0];
  }

  /** Each item kept with probability `p`, in order (one draw per item). */
  subset<T>(items: readonly T[], p: number): T[] {
    return items.filter(() => this.chance(p));
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/** The sum of the weights, in order (so a cached sum gives the same draws). */
export function weightSum(choices: readonly (readonly [unknown, number])[]): number {
  return choices.reduce((a, [, w]) => a + w, 0);
}
