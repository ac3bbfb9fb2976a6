import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The proof suite (issue 14): crash, fuzz, canary, tamper, backup round trip, security lint. Each file prints
 * its figures, and the run ends with a table of all of them (figures.ts). The fast part of each proof also
 * runs in `npm run test:unit` (it is under the unit include); HAVEN_RELIABILITY=full, which
 * `npm run test:reliability:full` sets, runs the full counts (200 crash rounds, 100k fuzz inputs).
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/reliability/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Two cores: one proof at a time, each using a core (and a child process for the crash proof).
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60 * 60_000,
    hookTimeout: 10 * 60_000,
    globalSetup: ['test/reliability/figures-setup.ts'],
    env: { HAVEN_LOG: 'silent', HAVEN_INSECURE_FAST_KDF: '1' },
  },
});
