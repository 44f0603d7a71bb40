/**
 * Hours cells that could not be used as written (unreadable, or negative: issue 19 "a 学时 of −20
 * silently becomes the session's usual hours"). The row counts with the hours a blank cell would get —
 * the session's 学时 row, else the most common 学时 of its rows, else 默认每次学时 (SPEC §3.2, as the
 * engine resolves it) — and the issue on that row names the number used (`按 2 学时计`). Those hours
 * are known only once every sheet of the kind is read, so the issues are raised then.
 */
import type { Dataset } from '../../engine/model.js';
import type { Rules } from '../../engine/rules.js';
import { HoursTally, usableHours } from '../../engine/hours.js';
import { makeIssue, type Issue } from '../../engine/issues.js';
import type { HoursProblem } from './sheetCells.js';

/** A session of 签到表 (its key) or a 外出学习 training (日期|活动, as the engine groups them). */
type Training = { kind: 'session'; key: string } | { kind: 'external'; key: string };

/**
 * The 外出学习 training a row belongs to, as the engine groups rows for their most common 学时.
 * @example externalTraining('2023-10-12', '市级培训') // '2023-10-12|市级培训'
 */
export function externalTraining(date: string | null, title: string): string {
  return `${date ?? ''}|${title}`;
}

export class HoursFallbacks {
  private readonly pending: { problem: HoursProblem; training: Training }[] = [];

  /** A sign-in row (or a matrix 学时 cell) of session `key` whose hours could not be used. */
  session(problem: HoursProblem, key: string): void {
    this.pending.push({ problem, training: { kind: 'session', key } });
  }

  /** A 外出学习 row of training `key` (`externalTraining`) whose hours could not be used. */
  external(problem: HoursProblem, key: string): void {
    this.pending.push({ problem, training: { kind: 'external', key } });
  }

  /** One `bad-hours` issue per cell, naming the hours the row counts with. */
  report(dataset: Dataset, rules: Readonly<Rules>): Issue[] {
    if (this.pending.length === 0) return [];
    const stated = new Map<string, number>();
    for (const session of dataset.sessions) {
      const hours = usableHours(session.hours);
      if (hours !== null) stated.set(`session:${session.key}`, hours);
    }
    const tallies = new Map<string, HoursTally>();
    const tally = (key: string, hours: number | null): void => {
      const usable = usableHours(hours);
      if (usable === null) return;
      let t = tallies.get(key);
      if (t === undefined) tallies.set(key, (t = new HoursTally()));
      t.add(usable);
    };
    for (const row of dataset.attendance) tally(`session:${row.sessionKey}`, row.hours);
    for (const row of dataset.external) tally(`external:${externalTraining(row.date, row.title)}`, row.hours);
    return this.pending.map(({ problem, training }) => {
      const key = `${training.kind}:${training.key}`;
      const fromRow = stated.get(key);
      const common = tallies.get(key)?.mostCommon() ?? null;
      const [hours, basis] = fromRow !== undefined ? [fromRow, '该次活动学时行的学时']
        : common !== null ? [common, training.kind === 'session' ? '该次活动最常见的学时' : '该次培训最常见的学时']
        : [rules.defaultSessionHours, '默认每次学时'];
      return makeIssue('bad-hours', problem.where, {
        value: problem.text, problem: problem.negative ? '是负数' : '无法识别', hours, basis,
      });
    });
  }
}
