/**
 * A Host that forwards to another and adds up the time spent in it, so a run through the real use
 * case (`run` of src/app) can be split into host I/O and everything else.
 */
import type { Host, WriteReport } from '../src/app/host.js';
import type { OutputSheet } from '../src/sheets/output.js';
import type { SheetInfo, Table } from '../src/sheets/table.js';

export class TimedHost implements Host {
  readMs = 0;
  writeMs = 0;

  constructor(private readonly inner: Host) {}

  async listSheets(): Promise<SheetInfo[]> {
    return this.timeRead(() => this.inner.listSheets());
  }

  async readSheet(name: string): Promise<Table> {
    return this.timeRead(() => this.inner.readSheet(name));
  }

  async writeOutputs(sheets: OutputSheet[]): Promise<WriteReport> {
    const started = performance.now();
    try {
      return await this.inner.writeOutputs(sheets);
    } finally {
      this.writeMs += performance.now() - started;
    }
  }

  async insertSheets(sheets: OutputSheet[]): Promise<{ inserted: string[]; skipped: string[] }> {
    return this.inner.insertSheets(sheets);
  }

  private async timeRead<T>(call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await call();
    } finally {
      this.readMs += performance.now() - started;
    }
  }
}

/** Timestamps of the progress stages `run` reports, in ms since `origin`. */
export class StageClock {
  readonly marks: Partial<Record<string, number>> = {};
  private readonly origin = performance.now();

  mark(stage: string): void {
    this.marks[stage] = performance.now() - this.origin;
  }

  /** Time from the start of stage `from` to the start of stage `to`. */
  between(from: string, to: string): number | null {
    const a = this.marks[from];
    const b = this.marks[to];
    return a === undefined || b === undefined ? null : b - a;
  }
}
