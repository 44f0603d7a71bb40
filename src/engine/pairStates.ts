/**
 * The best status seen so far for each (teacher, session) pair, so a teacher listed twice for one
 * session (a 缺勤 row and a later 补课 row, or a plain duplicate) counts once, at the best status.
 * Dense bytes when teachers × sessions is small enough, a Map otherwise.
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

/** Above this many pairs the dense table would cost more memory than a Map of the rows. */
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

class SparsePairStates implements PairStates {
  private readonly states = new Map<number, number>();
  constructor(private readonly sessions: number) {}
  get(teacher: number, session: number): number {
    return this.states.get(teacher * this.sessions + session) ?? PAIR_NONE;
  }
  set(teacher: number, session: number, state: number): void {
    this.states.set(teacher * this.sessions + session, state);
  }
}

/**
 * A pair table sized for the data.
 * @example pairStates(200, 40).set(3, 7, PAIR_ATTENDED)
 */
export function pairStates(teachers: number, sessions: number): PairStates {
  return teachers * sessions <= DENSE_LIMIT ? new DensePairStates(sessions, teachers) : new SparsePairStates(sessions);
}
