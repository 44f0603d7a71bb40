/** Where the browser tests find the build and put their screenshots. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DIST = path.join(ROOT, 'dist');
export const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

/** dist/ must be built first (`npm run build`); say so plainly instead of failing obscurely. */
export function requireBuild(): void {
  if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run `npm run build` before `npm run test:e2e`.');
  mkdirSync(SCREENSHOTS, { recursive: true });
}
