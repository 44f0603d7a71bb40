/**
 * The best status seen so far for each (teacher, session) pair, so a teacher listed twice for one
 * session (a 缺勤 row and a later 补课 row, or a plain duplicate) counts once, at the best status.
 * Dense bytes when teachers × sessions is small enough, a typed-array hash table otherwise.
 */

/** Status ranks: higher wins. */
export const PAIR_NONE = 0;
export const PAIR_ABSENT = 1;
export const PAIR_EXCUSED = 2;
export const PAIR_ATTENDED = 3;

export interface PairStates {
  get(teacher: number, session: number): number;
  set(teacher: number, session: number, state: number): void;
}

/** Above this many pairs the dense table would cost more memory than a hash table of the rows. */
const DENSE_LIMIT = 1 << 24;

class DensePairStates implements PairStates {
  private readonly states: Uint8Array;
  constructor(private readonly sessions: number, teachers: number) {
    this.states = new Uint8Array(sessions * teachers);
  }
  get(teacher: number, session: number): number {
    return this.states[teacher * this.sessions + session] ?? PAIR_NONE;
  }
  set(teacher: number, session: number, state: number): void {
    this.states[teacher * this.sessions + session] = state;
  }
}

/**
 * Open addressing over typed arrays: at a district's size (20,000 teachers × 45,000 sessions, ~1M
 * rows) a Map of boxed entries spent a third of the engine's time in GC and hash dispatch.
 * Keys are teacher × sessions + session (exact in a double), stored + 1 so 0 marks an empty slot.
 */
class SparsePairStates implements PairStates {
  private keys = new Float64Array(1 << 16);
  private values = new Uint8Array(1 << 16);
  private size = 0;
  constructor(private readonly sessions: number) {}

  get(teacher: number, session: number): number {
    const slot = this.find(teacher * this.sessions + session + 1);
    return this.keys[slot] === 0 ? PAIR_NONE : (this.values[slot] ?? PAIR_NONE);
  }

  set(teacher: number, session: number, state: number): void {
    const key = teacher * this.sessions + session + 1;
    let slot = this.find(key);
    if (this.keys[slot] === 0) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.find(key);
      }
      this.keys[slot] = key;
      this.size++;
    }
    this.values[slot] = state;
  }

  /** The slot holding `key`, or the empty slot where it belongs (linear probing). */
  private find(key: number): number {
    const mask = this.keys.length - 1;
    // Multiplicative hash of the low and high halves; keys are below 2^53.
    let slot = (Math.imul(key >>> 0, 0x9e3779b1) ^ Math.imul(Math.floor(key / 4294967296), 0x85ebca6b)) & mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === key || k === 0) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.values = new Uint8Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i] ?? 0;
      if (key === 0) continue;
      const slot = this.find(key);
      this.keys[slot] = key;
      this.values[slot] = oldValues[i] ?? PAIR_NONE;
    }
  }
}

/**
 * A pair table sized for the data.
 * @example pairStates(200, 40).set(3, 7, PAIR_ATTENDED)
 */
export function pairStates(teachers: number, sessions: number, denseLimit = DENSE_LIMIT): PairStates {
  return teachers * sessions <= denseLimit ? new DensePairStates(sessions, teachers) : new SparsePairStates(sessions);
}
