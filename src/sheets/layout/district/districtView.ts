/**
 * What the district layouts are given (SPEC §10): one entry per school file, in the order the files
 * were given, holding only what the sheets need (the result, the rules, the counts) — never the
 * school's workbook, so a district of 300 schools stays as small as its results.
 */
import type { Issue } from '../../../engine/issues.js';
import type { Result, TeacherResult } from '../../../engine/model.js';
import type { Rules } from '../../../engine/rules.js';
import type { SchoolSummary } from './schoolSummary.js';

/** A teacher as the district sheets show them: the school's result row without its explanations. */
export type DistrictTeacher = Omit<TeacherResult, 'explain'>;

/**
 * What the district keeps of a school's Result (SPEC §8): every teacher's numbers, the groups and the
 * errors and warnings — not the explanations nor the info notes, which no district sheet shows and
 * which were half of what 300 schools kept in memory (`--json` streams the full results instead).
 */
export interface DistrictResult extends Omit<Result, 'teachers' | 'issues'> {
  teachers: DistrictTeacher[];
  /** The school's errors and warnings, in its own order. */
  issues: Issue[];
}

/** superseded: an older version of a school whose newer file was counted (SPEC §10). */
export type SchoolOutcome = 'scored' | 'failed' | 'duplicate' | 'superseded';

export interface DistrictSchool {
  /** 学校名称 from the school's rules, else the file name without its extension. */
  name: string;
  /** The file name as given. */
  file: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  /** Bytes. */
  size: number;
  outcome: SchoolOutcome;
  /** The school's own result, kept compact (DistrictResult); null when not scored. */
  result: DistrictResult | null;
  /** The rules the school was scored with, null when they could not be read. */
  rules: Rules | null;
  /** Why the school was not scored (Chinese), null when it was. */
  error: string | null;
  /** For a duplicate: the file (as given) it repeats. */
  duplicateOf: string | null;
  /** For an older version of a school: the newer file (as given) that was counted instead. */
  supersededBy?: string;
  /** The school's errors and warnings: the result's when scored, else the reader's (the errors say why). */
  issues: Issue[];
  /**
   * The result's counts, kept beside a result kept as bytes (app/keptResult.ts) so that the sheets
   * showing them need not decode it; absent otherwise (summaryOf makes it from the result).
   */
  summary?: SchoolSummary;
}

export interface DistrictView {
  schools: DistrictSchool[];
  /** Issues across schools (duplicate file, 工号 in two schools, a school that failed), with the school they belong to. */
  districtIssues: { school: string; file: string; issue: Issue }[];
  /** Paths passed over while walking the folders given (not a workbook, a lock file, a link loop…), with why. */
  skipped?: { file: string; reason: string }[];
  /** When the consolidation ran (layouts have no clock). */
  now: Date;
  version: string;
}

/**
 * The schools that were scored, with their result. Told by `outcome` (a school is scored exactly when
 * it has a result): reading `result` decodes a kept school (app/keptResult.ts).
 */
export function scoredSchools(view: DistrictView): (DistrictSchool & { result: DistrictResult })[] {
  return view.schools.filter((s): s is DistrictSchool & { result: DistrictResult } => s.outcome === 'scored');
}
