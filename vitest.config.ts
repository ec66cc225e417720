import { defineConfig } from 'vitest/config';

/**
 * Chosen for a 2-core machine that is also doing other work. Two forked workers at most: more only queue for the
 * same cores, and an overloaded worker answers vitest's RPC late ("Timeout calling onTaskUpdate"). Heavy work in
 * tests runs in child processes or worker threads (extraction, the CLI), so a test file's event loop stays free to
 * answer. Generous timeouts: timings belong in bench/, never in tests.
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Builds dist/node (CLI, host, worker) once: tests run them as users do (scripts/build-node.mjs).
    globalSetup: ['test/globalSetup.ts'],
    // Each test starts on a fresh turn of the event loop, so the worker answers vitest's RPC in time (the file says why).
    setupFiles: ['test/setup/yieldToRunner.ts'],
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
