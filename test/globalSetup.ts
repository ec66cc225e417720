import { ensureNodeBuild } from '../scripts/build-node.mjs';
import { WORKER_BIN } from './helpers/built';

/**
 * Once per vitest run: bundle the CLI, host and worker (only when a source changed since the last build), and start
 * worker threads from that bundle (main/services/worker.ts) instead of compiling TypeScript in every worker.
 */
export default async function setup() {
  await ensureNodeBuild();
  process.env.REVIEW_DESK_WORKER_ENTRY = WORKER_BIN;
}
