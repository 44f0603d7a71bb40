/**
 * 计算: one run at a time, with the current stage for the ProgressBar and a 取消 that aborts
 * cleanly (run() throws RunCancelled before anything is written).
 */
import { startTransition, useCallback, useRef, useState } from 'react';
import type { Host } from '../../app/host.js';
import { RunCancelled } from '../../app/runCancelled.js';
import type { Progress, RunReport } from '../../app/types.js';
import { type FriendlyError, friendlyError } from '../friendlyError.js';
import type { UseCases } from '../services.js';

export type RunOutcome = 'idle' | 'running' | 'done' | 'cancelled' | 'blocked' | 'failed';

export interface RunStep {
  outcome: RunOutcome;
  progress: Progress | null;
  report: RunReport | null;
  error: FriendlyError | null;
  start(): Promise<RunReport | null>;
  cancel(): void;
}

export function useRunStep(host: Host | null, useCases: UseCases): RunStep {
  const [outcome, setOutcome] = useState<RunOutcome>('idle');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<RunReport | null>(null);
  const [error, setError] = useState<FriendlyError | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async (): Promise<RunReport | null> => {
    if (!host || controller.current) return null;
    const abort = new AbortController();
    controller.current = abort;
    setOutcome('running');
    setError(null);
    setProgress(null);
    try {
      const result = await useCases.run(host, { signal: abort.signal, onProgress: setProgress });
      // A transition: the finished run's panels are drawn in slices, never one long task (Steps.tsx).
      startTransition(() => {
        setReport(result);
        // No score: the data has errors that stop scoring (no roster, broken rules).
        setOutcome(result.score ? 'done' : 'blocked');
      });
      return result;
    } catch (e) {
      if (e instanceof RunCancelled || abort.signal.aborted) setOutcome('cancelled');
      else {
        setOutcome('failed');
        setError(friendlyError(e, 'run'));
      }
      return null;
    } finally {
      controller.current = null;
    }
  }, [host, useCases]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { outcome, progress, report, error, start, cancel };
}
