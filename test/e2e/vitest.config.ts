import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end: the built renderer in the system Chromium against the real core. One browser at a time
 * (two cores here, and each test file starts Chromium plus a core worker), with generous timeouts.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // UI flows poll for the core's answer (an unlock, a save): vitest's 1 s default is tight on a busy 2-core box.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    env: { HAVEN_LOG: 'silent', HAVEN_INSECURE_FAST_KDF: '1' },
  },
});
