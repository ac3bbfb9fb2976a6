import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The proof suite's fast part runs here too (its full counts: npm run test:reliability:full).
    include: ['test/unit/**/*.test.ts', 'test/reliability/**/*.test.ts'],
    environment: 'node',
    // Argon2 and SQLCipher are CPU-bound; two cores here, so keep parallelism modest and timeouts generous.
    pool: 'forks',
    maxWorkers: 2,
    // A limit, not a wait: tests that start the CLI as a process (tsx compiles it each time) took over 30 s
    // with both cores busy (load ~13), so the limit is 2 minutes; a hung test still fails.
    testTimeout: 120_000,
    env: { HAVEN_LOG: 'silent', HAVEN_INSECURE_FAST_KDF: '1' },
  },
});
