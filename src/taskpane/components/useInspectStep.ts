/**
 * 检查数据: state of the first step — read the workbook, report what was found, and jump to the
 * cell an issue points at.
 */
import { useCallback, useRef, useState } from 'react';
import type { Host } from '../../app/host.js';
import type { InspectReport } from '../../app/types.js';
import type { Issue } from '../../engine/issues.js';
import type { Table } from '../../sheets/table.js';
import { type FriendlyError, friendlyError } from '../friendlyError.js';
import { isColumnLetters, issueColumn } from '../issueCell.js';
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
  // Sheets read to find an issue's header column; dropped on every new check.
  const tables = useRef(new Map<string, Promise<Table | null>>());

  const check = useCallback(async () => {
    if (!host) return;
    setBusy(true);
    setError(null);
    tables.current.clear();
    try {
      setReport(await useCases.inspect(host));
    } catch (e) {
      setError(friendlyError(e, 'inspect'));
    } finally {
      setBusy(false);
    }
  }, [host, useCases]);

  const selectIssue = useCallback(
    async (issue: Issue) => {
      if (!host?.selectCell || issue.sheet === undefined) return;
      const sheet = issue.sheet;
      setError(null);
      try {
        let table: Promise<Table | null> | undefined;
        if (issue.column !== undefined && !isColumnLetters(issue.column)) {
          table = tables.current.get(sheet);
          if (!table) {
            table = host.readSheet(sheet).catch(() => null);
            tables.current.set(sheet, table);
          }
        }
        const column = issueColumn(issue, table ? await table : null);
        await host.selectCell(sheet, issue.row ?? 1, issue.row === undefined ? 1 : column);
      } catch (e) {
        setError(friendlyError(e, 'select'));
      }
    },
    [host],
  );

  return host?.selectCell ? { report, busy, error, check, selectIssue } : { report, busy, error, check };
}
