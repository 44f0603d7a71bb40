/** Where the browser tests find the build and put their screenshots. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DIST = path.join(ROOT, 'dist');
/**
 * Screenshots are written to the tracked docs/screenshots only when asked (`npm run screenshots`, which
 * sets YANXIU_SCREENSHOTS=docs); an ordinary `npm run test:e2e` writes them to test-results/screenshots
 * (ignored), so a test run never rewrites tracked files.
 */
export const SCREENSHOTS =
  process.env.YANXIU_SCREENSHOTS === 'docs' ? path.join(ROOT, 'docs/screenshots') : path.join(ROOT, 'test-results/screenshots');

/** dist/ must be built first (`npm run build`); say so plainly instead of failing obscurely. */
export function requireBuild(): void {
  if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run `npm run build` before `npm run test:e2e`.');
  mkdirSync(SCREENSHOTS, { recursive: true });
}
