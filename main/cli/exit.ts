import { runExitHooks } from '../services/exitHooks';

/**
 * Ends the process only once everything written to stdout and stderr has reached the OS. A pipe reader slower than
 * us (`extract … --json | jq`) would otherwise get the output cut at the pipe's buffer (64–128 KB): process.exit does
 * not wait for queued writes. The callback of an empty write runs after every write queued before it.
 */
export async function exitWhenFlushed(code: number): Promise<never> {
  process.exitCode = code;
  await runExitHooks(); // worker threads end through their zlib gate, not torn down by process.exit
  await Promise.all(
    [process.stdout, process.stderr].map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.destroyed || !s.writable) return resolve();
          s.once('error', () => resolve()); // a reader that went away (EPIPE): nothing left to deliver
          s.write('', () => resolve());
        }),
    ),
  );
  process.exit(code);
}
