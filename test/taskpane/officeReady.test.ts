/**
 * Where the pane starts (src/taskpane/officeReady.ts): office.js allows 10 s for each script it
 * loads, so the page waits longer than that, and an "Excel" answer after it went standalone still
 * switches the page to the pane.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFICE_READY_TIMEOUT_MS, type OfficeReady, type StartKind, whenOfficeReady } from '../../src/taskpane/officeReady.js';

/** An Office whose onReady answers when the test says so. */
function office(): OfficeReady & { answer: (host: string | null) => void } {
  let callback: ((info: { host: unknown }) => void) | null = null;
  return {
    HostType: { Excel: 'Excel' },
    onReady: (cb) => {
      callback = cb;
      return undefined;
    },
    answer: (host) => callback?.({ host }),
  };
}

describe('whenOfficeReady', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('waits longer than office.js allows its host script (10 s)', () => {
    expect(OFFICE_READY_TIMEOUT_MS).toBeGreaterThan(10_000);
  });

  it.each<[string, number | null, string | null, StartKind[]]>([
    ['Excel answering at once', 0, 'Excel', ['excel']],
    ['Excel answering after 9.9 s (office.js still loading its host script)', 9_900, 'Excel', ['excel']],
    ['Excel answering after the wait: standalone first, then the pane', OFFICE_READY_TIMEOUT_MS + 20_000, 'Excel', ['no-office', 'excel']],
    ['Word answering', 100, 'Word', ['not-excel']],
    ['a browser outside Office (host null)', 100, null, ['no-office']],
    ['a late answer that is not Excel changes nothing', OFFICE_READY_TIMEOUT_MS + 1_000, 'Word', ['no-office']],
    ['no answer ever (a blocked dependency)', null, null, ['no-office']],
  ])('%s', (_, at, host, expected) => {
    const fake = office();
    const shown: StartKind[] = [];
    whenOfficeReady(fake, (kind) => shown.push(kind));
    if (at !== null) {
      vi.advanceTimersByTime(at);
      fake.answer(host);
    }
    vi.advanceTimersByTime(60_000);
    expect(shown).toEqual(expected);
  });

  it('goes standalone at once when office.js did not load', () => {
    const shown: StartKind[] = [];
    whenOfficeReady(undefined, (kind) => shown.push(kind));
    expect(shown).toEqual(['no-office']);
  });
});
