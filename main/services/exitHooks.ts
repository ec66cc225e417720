/**
 * Work to finish before the process exits on purpose (the CLI's and the host's process.exit): a worker thread still
 * running must be ended through its zlib gate (workerStop.ts), since process.exit tearing a thread down in the middle
 * of zlib aborts Node 20. Kept apart from worker.ts so the exit path loads nothing when no worker was ever started.
 */
const hooks = new Set<() => Promise<unknown>>();

export function onProcessExit(hook: () => Promise<unknown>) {
  hooks.add(hook);
}

/** Runs every hook, waiting at most `limitMs` in all: exiting must never hang on a thread that will not stop. */
export async function runExitHooks(limitMs = 5000) {
  if (!hooks.size) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled([...hooks].map((h) => h())),
    new Promise((resolve) => {
      timer = setTimeout(resolve, limitMs);
      timer.unref();
    }),
  ]);
  clearTimeout(timer);
}
