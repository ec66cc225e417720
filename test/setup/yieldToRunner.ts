import { beforeEach } from 'vitest';

/**
 * Lets a test file's worker read vitest's replies between tests. The worker's RPC to the runner (onTaskUpdate) has a
 * fixed 60 s timeout, and a file of synchronous tests (the grammar sweeps, the corpus) awaits only settled promises, so
 * its event loop never reaches the poll phase: on a busy machine the file runs past 60 s, the expired timer fires before
 * the reply already waiting is read, and the run fails with every test passed. A macrotask before each test reads it.
 */
beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
