import { defineConfig } from 'vitest/config';

// Browser tests: Chromium (playwright-core, /usr/bin/chromium) against the built dist/
// (`npm run test:e2e` builds it first). One file at a time: they share the machine's two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
