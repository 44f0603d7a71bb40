/**
 * Groups queued writes into as few syncs as Excel's payload limit allows. Callers `reserve` the
 * bytes an operation will add to the request before queuing it; when the request would pass the
 * budget, the queued part is synced first. Ordinary outputs therefore go in one sync.
 */
import { PAYLOAD_BUDGET } from './payload.js';

export class SyncPlanner {
  private pending = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number = PAYLOAD_BUDGET,
    /** Queued again after every sync (e.g. suspending recalculation, which lasts one sync). */
    private readonly afterSync: () => void = () => {},
  ) {}

  /** Bytes the request being queued can still take before the budget. */
  get room(): number {
    return Math.max(0, this.budget - this.pending);
  }

  /** Make room for an operation of `bytes`; syncs what is queued when it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) {
      await this.context.sync();
      this.pending = 0;
      this.afterSync();
    }
    this.pending += bytes;
  }

  /** Sync whatever is queued. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.pending = 0;
  }
}
