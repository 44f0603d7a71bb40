/**
 * The task pane as each browser test opens it: dist/ served on localhost for the whole file, one
 * Chromium session per test, and after every test the proof that the page stayed on its own origin
 * and logged no error. Call once at the top of a test file (it registers the hooks).
 */
import { afterEach, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { type OfficeJs, type Session, foreignRequests, openSession } from './browser.js';
import { servedDist } from './staticServer.js';

export interface TaskPaneSessions {
  /**
   * A fresh browser on `page` (the add-in's taskpane.html, or index.html, the web page without
   * Office.js), Office.js handled as `office`, `initScript` run before the page.
   */
  open(office: OfficeJs, initScript?: string, page?: 'taskpane.html' | 'index.html'): Promise<Page>;
  /** Every URL the current test's page requested so far. */
  requests(): string[];
}

export function taskPaneSessions(): TaskPaneSessions {
  const origin = servedDist();
  let session: Session | null = null;
  afterEach(async () => {
    const ended = session;
    session = null;
    if (!ended) return;
    try {
      expect(foreignRequests(ended.requests, origin())).toEqual([]);
      expect(ended.problems).toEqual([]);
    } finally {
      await ended.close();
    }
  });
  return {
    async open(office, initScript, page = 'taskpane.html') {
      session = await openSession(office, initScript);
      await session.page.goto(`${origin()}/${page}`);
      return session.page;
    },
    requests: () => [...(session?.requests ?? [])],
  };
}
