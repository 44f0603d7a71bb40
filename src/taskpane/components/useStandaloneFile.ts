/**
 * Standalone mode (no Excel): the workbook lives in the page. Open an .xlsx, or start a blank
 * one; download the scored copy. Nothing is uploaded anywhere.
 */
import { useCallback, useRef, useState } from 'react';
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

/** “初二教师.xlsx” → “初二教师-考核结果.xlsx”; a macro-enabled .xlsm stays .xlsm (SPEC §7, as the CLI). */
export function scoredFileName(fileName: string | null): string {
  const name = fileName ?? '研修考核';
  const macro = /\.xlsm$/i.test(name);
  return `${name.replace(/\.xls[xm]$/i, '')}-考核结果.${macro ? 'xlsm' : 'xlsx'}`;
}

export function useStandaloneFile(mode: StandaloneMode): StandaloneFile {
  const [host, setHost] = useState<FileHost | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FriendlyError | null>(null);
  // The workbook the page holds; the one it replaces is closed (its worker ended).
  const current = useRef<FileHost | null>(null);
  const hold = useCallback((next: FileHost | null) => {
    if (current.current !== next) current.current?.close?.();
    current.current = next;
    setHost(next);
  }, []);

  /** A file found damaged at any later step: the same message as at opening, and back to step one. */
  const damaged = useCallback((e: unknown) => {
    hold(null);
    setFileName(null);
    setError(friendlyError(e, 'open'));
  }, [hold]);

  const open = useCallback(
    async (file: File) => {
      setBusy(true);
      setError(null);
      try {
        const opened = withFileBoundary(await mode.open(file), damaged);
        hold(opened);
        setFileName(file.name);
        return opened;
      } catch (e) {
        setError(friendlyError(e, 'open'));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [mode, damaged, hold],
  );

  const ensure = useCallback(
    async (defaultName: string) => {
      if (host) return host;
      const created = await mode.createBlank();
      hold(created);
      setFileName(defaultName);
      return created;
    },
    [host, mode, hold],
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

/** The file host's one error: a package it cannot read (hosts/xlsx XlsxFileError, matched by name). */
function isFileError(error: unknown): boolean {
  return error instanceof Error && error.name === 'XlsxFileError';
}

/**
 * The host, with every call that rejects with the file host's "damaged" error reported to
 * `onDamaged` (issue 11: a sheet found damaged while reading must not leave the page waiting).
 */
export function withFileBoundary<T extends object>(host: T, onDamaged: (error: unknown) => void): T {
  return new Proxy(host, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((error: unknown) => {
          if (isFileError(error)) onDamaged(error);
          throw error;
        });
      };
    },
  });
}
