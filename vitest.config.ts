import { defineConfig } from 'vitest/config';

// Two projects: `unit` is fast and needs no build (`vitest run --project unit`); `e2e` builds the site once
// (global setup, three times over: root, subpath, and subpath with a notice shown on several pages) and drives
// Debian's chromium against it.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // After the unit tests, one browser at a time: on CI's two cores, unit workers or a second chromium
          // would starve the browser and the servers.
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
