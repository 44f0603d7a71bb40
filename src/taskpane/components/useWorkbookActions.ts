/**
 * 插入标准模板 / 插入示例数据: add sheets whose names are free (never overwrite), then say what
 * was added and what was already there.
 */
import { useCallback, useState } from 'react';
import type { Host } from '../../app/host.js';
import { type FriendlyError, friendlyError } from '../friendlyError.js';

export type InsertKind = 'template' | 'sample';

export interface WorkbookActions {
  busy: InsertKind | null;
  message: string | null;
  error: FriendlyError | null;
  insert(kind: InsertKind): Promise<void>;
}

/** The sentence after an insertion, e.g. “已插入 6 张工作表；已存在未改动：教师名册。” */
export function insertSummary(inserted: string[], skipped: string[]): string {
  const parts: string[] = [];
  if (inserted.length > 0) parts.push(`已插入 ${inserted.length} 张工作表：${inserted.join('、')}`);
  if (skipped.length > 0) parts.push(`已存在、未改动：${skipped.join('、')}`);
  return parts.length > 0 ? `${parts.join('；')}。` : '没有需要插入的工作表。';
}

/**
 * @param getHost the workbook to insert into (standalone: a new blank one when no file is open)
 * @param after called with the host once sheets were added (re-check the data)
 */
export function useWorkbookActions(
  getHost: () => Promise<Host | null>,
  insertTemplate: (host: Host) => Promise<{ inserted: string[]; skipped: string[] }>,
  insertSample: (host: Host) => Promise<{ inserted: string[]; skipped: string[] }>,
  after: (host: Host, kind: InsertKind) => Promise<void>,
): WorkbookActions {
  const [busy, setBusy] = useState<InsertKind | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<FriendlyError | null>(null);

  const insert = useCallback(
    async (kind: InsertKind) => {
      setBusy(kind);
      setMessage(null);
      setError(null);
      try {
        const host = await getHost();
        if (!host) return;
        const { inserted, skipped } = await (kind === 'template' ? insertTemplate : insertSample)(host);
        setMessage(insertSummary(inserted, skipped));
        await after(host, kind);
      } catch (e) {
        setError(friendlyError(e, 'insert'));
      } finally {
        setBusy(null);
      }
    },
    [getHost, insertTemplate, insertSample, after],
  );

  return { busy, message, error, insert };
}
