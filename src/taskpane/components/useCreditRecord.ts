/**
 * 登记本学期学分 (SPEC §7): ask what would be written, show it for confirmation, then write it. The
 * only write to an input sheet, so nothing happens until the user confirms.
 */
import { useCallback, useState } from 'react';
import type { Host } from '../../app/host.js';
import type { CreditRecordPlan } from '../../sheets/record/creditRecord.js';
import type { UseCases } from '../services.js';
import { type FriendlyError, friendlyError } from '../friendlyError.js';

export interface CreditRecord {
  busy: boolean;
  /** The plan awaiting confirmation, and the sentence saying which rows it adds or replaces. */
  pending: { plan: CreditRecordPlan; text: string } | null;
  /** Why nothing can be recorded (the term or the data), in Chinese. */
  refused: string | null;
  done: string | null;
  error: FriendlyError | null;
  plan(): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
}

/** `onRecorded`: called once rows were written (an input sheet changed: what 检查数据 showed is stale). */
export function useCreditRecord(host: Host | null, useCases: Pick<UseCases, 'planCredits' | 'recordCredits'>, onRecorded?: () => void): CreditRecord {
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<CreditRecord['pending']>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<FriendlyError | null>(null);

  const plan = useCallback(async () => {
    if (!host || !useCases.planCredits) return;
    setBusy(true);
    setRefused(null);
    setDone(null);
    setError(null);
    try {
      const planned = await useCases.planCredits(host);
      if (planned.ok) setPending({ plan: planned.plan, text: planned.confirm });
      else setRefused([planned.reason, ...planned.errors.map((i) => i.message)].join(' '));
    } catch (e) {
      setError(friendlyError(e, 'credits'));
    } finally {
      setBusy(false);
    }
  }, [host, useCases]);

  const confirm = useCallback(async () => {
    if (!host || !pending || !useCases.recordCredits) return;
    setBusy(true);
    setError(null);
    try {
      await useCases.recordCredits(host, pending.plan);
      const { plan: p } = pending;
      setDone(`已在“${p.sheet}”登记 ${p.term} 的学分 ${p.added} 行${p.replaced > 0 ? `（替换此前的 ${p.replaced} 行）` : ''}。`);
      setPending(null);
      onRecorded?.();
    } catch (e) {
      setError(friendlyError(e, 'credits'));
    } finally {
      setBusy(false);
    }
  }, [host, pending, useCases, onRecorded]);

  const cancel = useCallback(() => setPending(null), []);
  return { busy, pending, refused, done, error, plan, confirm, cancel };
}
