/**
 * 检查数据: state of the first step — read the workbook, report what was found, and jump to the
 * cell an issue points at.
 */
import { startTransition, useCallback, useState } from 'react';
import type { Host } from '../../app/host.js';
import type { InspectReport } from '../../app/types.js';
import type { Issue } from '../../engine/issues.js';
import { type FriendlyError, friendlyError } from '../friendlyError.js';
import type { UseCases } from '../services.js';

export interface InspectStep {
  report: InspectReport | null;
  busy: boolean;
  error: FriendlyError | null;
  check(): Promise<void>;
  /** Select the issue's cell in Excel; absent when the host cannot select (standalone). */
  selectIssue?: (issue: Issue) => Promise<void>;
}

export function useInspectStep(host: Host | null, useCases: UseCases): InspectStep {
  const [report, setReport] = useState<InspectReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FriendlyError | null>(null);

  const check = useCallback(async () => {
    if (!host) return;
    setBusy(true);
    setError(null);
    try {
      const found = await useCases.inspect(host);
      // A transition: the report's tables and issue lists are drawn in slices (Steps.tsx).
      startTransition(() => setReport(found));
    } catch (e) {
      setError(friendlyError(e, 'inspect'));
    } finally {
      setBusy(false);
    }
  }, [host, useCases]);

  const selectIssue = useCallback(
    async (issue: Issue) => {
      if (!host?.selectCell || issue.sheet === undefined) return;
      setError(null);
      try {
        // Issues carry their column's index from the read (Issue.columnIndex); without one (an issue
        // about a whole row), the row is selected.
        const column = issue.row === undefined || issue.columnIndex === undefined ? 0 : issue.columnIndex + 1;
        await host.selectCell(issue.sheet, issue.row ?? 1, column);
      } catch (e) {
        setError(friendlyError(e, 'select'));
      }
    },
    [host],
  );

  return host?.selectCell ? { report, busy, error, check, selectIssue } : { report, busy, error, check };
}
