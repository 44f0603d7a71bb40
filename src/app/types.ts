/**
 * What the use cases (inspect, run, insertTemplate, insertSample) return to the UIs.
 * The task pane and the CLI show these; neither knows about sheets or scoring.
 */
import type { Issue, Severity } from '../engine/issues.js';
import type { Rules } from '../engine/rules.js';
import type { ScoreRun } from '../engine/model.js';
import type { Compute } from './compute.js';

export type { ReadReport, StandardSheet } from '../sheets/read/readReport.js';
import type { ReadReport } from '../sheets/read/readReport.js';
import type { PresetSummary, RuleOrigin } from '../sheets/layout/rulesRows.js';

/** 检查数据: what the task pane's first step shows. */
export interface InspectReport {
  read: ReadReport;
  rules: Rules;
  issues: Issue[];
  /** False when scoring cannot run (no roster, broken rules): the errors say why. */
  canScore: boolean;
  /** The 方案 in force and every rule that differs from it (issue 21 item 5). */
  preset?: PresetSummary;
  /** Every rule with its value and where it came from (方案, 考核规则表, --rules, 默认值), for the pane's 考核规则 view. */
  ruleOrigins?: RuleOrigin[];
  /**
   * Present when the report was cut down for the page (the standalone page's file worker): `issues`
   * then holds the first issues of each severity and every caveat (see app/inspect.ts caveats), and
   * these are the full counts per severity.
   */
  trimmed?: { issues: Record<Severity, number> };
}

export type RunStage = 'read' | 'parse' | 'score' | 'layout' | 'write' | 'done';

export interface Progress {
  stage: RunStage;
  /** 0..1 over the whole run. */
  fraction: number;
  /** Chinese label for the stage, e.g. “正在读取工作表…”. */
  label: string;
}

export interface RunOptions {
  /** Rules given outside the workbook (CLI --rules); they win over the 考核规则 sheet. */
  rulesOverride?: Partial<Rules>;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /** The run time written to 计算记录 (the engine has no clock). @default new Date() */
  now?: Date;
  /** Where parse + score + layout run (the browser passes a Web Worker). @default computeInPlace */
  compute?: Compute;
}

/** 计算 → 结果: what a finished run reports. */
export interface RunReport {
  inspect: InspectReport;
  /** Null when scoring could not run. */
  score: ScoreRun | null;
  /** Output name → the sheet actually written. */
  written: Record<string, string>;
  /**
   * Present when the report was cut down for the page (the standalone page's file worker): then
   * `score.result.teachers` is empty, `score.result.issues` and `inspect.issues` hold only the first
   * errors and warnings, and these are the full counts. The written sheets have everything.
   */
  trimmed?: { teachers: number; issues: number };
}
