/**
 * What every output-sheet layout is given (SPEC §7). Layouts are pure: Result in, OutputSheet out.
 */
import type { Issue } from '../../engine/issues.js';
import type { ScoreRun } from '../../engine/model.js';
import type { Rules } from '../../engine/rules.js';
import type { ReadReport } from '../read/readReport.js';

export interface LayoutContext {
  run: ScoreRun;
  read: ReadReport;
  rules: Rules;
  /** Every issue of the run: the reader's first, then the engine's. */
  issues: Issue[];
  /** The run time shown in 计算记录 (layouts have no clock). */
  now: Date;
  /** The program version shown in 计算记录. */
  version: string;
}
