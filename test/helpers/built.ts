import path from 'node:path';

/**
 * The built command line and host (dist/node, scripts/build-node.mjs), as users run them: test/globalSetup.ts builds
 * them once per vitest run, so no test waits for a TypeScript compiler in a child process.
 */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CLI_BIN = path.join(ROOT, 'dist', 'node', 'cli.mjs');
export const HOST_BIN = path.join(ROOT, 'dist', 'node', 'host.mjs');
export const WORKER_BIN = path.join(ROOT, 'dist', 'node', 'worker.mjs');
