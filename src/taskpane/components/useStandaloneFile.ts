/**
 * Standalone mode (no Excel): the workbook lives in the page. Open an .xlsx, or start a blank
 * one; download the scored copy. Nothing is uploaded anywhere.
 */
import { useCallback, useState } from 'react';
import { type FriendlyError, friendlyError } from '../friendlyError.js';
import type { FileHost, StandaloneMode } from '../services.js';

export interface StandaloneFile {
  host: FileHost | null;
  fileName: string | null;
  busy: boolean;
  error: FriendlyError | null;
  open(file: File): Promise<FileHost | null>;
  /** A new workbook (for the template or the sample) when none is open. */
  ensure(defaultName: string): Promise<FileHost>;
  /** Download the workbook; `scored` names it as the scored copy. */
  download(scored: boolean): Promise<void>;
}

/** “初二教师.xlsx” → “初二教师-考核结果.xlsx”. */
export function scoredFileName(fileName: string | null): string {
  const base = (fileName ?? '研修考核').replace(/\.xlsx$/i, '');
  return `${base}-考核结果.xlsx`;
}

export function useStandaloneFile(mode: StandaloneMode): StandaloneFile {
  const [host, setHost] = useState<FileHost | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FriendlyError | null>(null);

  const open = useCallback(
    async (file: File) => {
      setBusy(true);
      setError(null);
      try {
        const opened = await mode.open(new Uint8Array(await file.arrayBuffer()));
        setHost(opened);
        setFileName(file.name);
        return opened;
      } catch (e) {
        setError(friendlyError(e, 'open'));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [mode],
  );

  const ensure = useCallback(
    async (defaultName: string) => {
      if (host) return host;
      const created = await mode.createBlank();
      setHost(created);
      setFileName(defaultName);
      return created;
    },
    [host, mode],
  );

  const download = useCallback(async (scored: boolean) => {
    if (!host) return;
    setError(null);
    try {
      mode.download(await host.save(), scored ? scoredFileName(fileName) : (fileName ?? '研修考核.xlsx'));
    } catch (e) {
      setError(friendlyError(e, 'download'));
    }
  }, [host, fileName, mode]);

  return { host, fileName, busy, error, open, ensure, download };
}
