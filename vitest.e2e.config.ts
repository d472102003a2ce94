import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension; one browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One retry: a real browser on a loaded 2-core box now and then misses a beat (a key
    // event, a service-worker wake-up). A test that fails twice fails the run, and the
    // summary names every test that needed its retry (reporter below).
    retry: 1,
    reporters: ['default', './tests/e2e/retry-reporter.ts'],
  },
});
