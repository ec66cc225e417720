import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Builds dist/node (CLI, host, worker) once: tests run them as users do (scripts/build-node.mjs).
    globalSetup: ['test/globalSetup.ts'],
  },
});
