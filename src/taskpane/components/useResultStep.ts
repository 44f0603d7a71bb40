/**
 * 结果: what the finished run shows — tier counts per group, the issues worth a look first, and
 * jumps to the output sheets (Excel) or the download of the scored copy (standalone).
 */
import { useCallback, useMemo, useState } from 'react';
import type { Host } from '../../app/host.js';
import type { RunReport } from '../../app/types.js';
import type { Issue } from '../../engine/issues.js';
import type { Tier } from '../../engine/model.js';
import { type FriendlyError, friendlyError } from '../friendlyError.js';
import { scoredTeacherCount } from '../trimReport.js';
import { presetSummaryText } from '../../sheets/layout/rulesRows.js';

export interface GroupRow {
  name: string;
  size: number;
  counts: Record<Tier, number>;
}

export interface ResultStep {
  teacherCount: number;
  groups: GroupRow[];
  /** Errors first, then warnings; at most five. */
  topIssues: Issue[];
  issueCount: number;
  /** Which 方案 ran and every rule that differs from it (issue 21 item 5); null before a run. */
  presetLine: string | null;
  error: FriendlyError | null;
  /** Show an output sheet in Excel; absent in standalone mode. */
  jump?: (outputName: string) => Promise<void>;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function useResultStep(host: Host | null, report: RunReport | null): ResultStep {
  const [error, setError] = useState<FriendlyError | null>(null);
  const result = report?.score?.result ?? null;

  const groups = useMemo<GroupRow[]>(
    () => (result?.groups ?? []).map((g) => ({ name: g.name, size: g.size, counts: g.counts })),
    [result],
  );
  const issues = useMemo(() => (result?.issues ?? []).filter((i) => i.severity !== 'info'), [result]);
  const topIssues = useMemo(
    () => [...issues].sort((a, b) => RANK[a.severity] - RANK[b.severity]).slice(0, 5),
    [issues],
  );

  const jump = useCallback(
    async (outputName: string) => {
      if (!host?.selectCell || !report) return;
      setError(null);
      try {
        await host.selectCell(report.written[outputName] ?? outputName, 1, 1);
      } catch (e) {
        setError(friendlyError(e, 'select'));
      }
    },
    [host, report],
  );

  const preset = report?.inspect.preset;
  const presetLine = preset === undefined ? null : presetSummaryText(preset);
  const base = { teacherCount: scoredTeacherCount(report), groups, topIssues, issueCount: report?.trimmed?.issues ?? issues.length, presetLine, error };
  return host?.selectCell ? { ...base, jump } : base;
}
