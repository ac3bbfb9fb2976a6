import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The proof suite's fast part runs here too (its full counts: npm run test:reliability:full).
    include: ['test/unit/**/*.test.ts', 'test/reliability/**/*.test.ts'],
    environment: 'node',
    // Argon2 and SQLCipher are CPU-bound; two cores here, so keep parallelism modest and timeouts generous.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    env: { HAVEN_LOG: 'silent', HAVEN_INSECURE_FAST_KDF: '1' },
  },
});
