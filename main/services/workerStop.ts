import zlib from 'node:zlib';
import { syncBuiltinESMExports } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { AppFault } from '../../shared/api/errors';

/**
 * Stopping a worker thread without taking the whole process down.
 *
 * Node 20 aborts the process ("close before init" assertion in node_zlib.cc) when a thread is terminated between the
 * creation of a zlib handle and its init: the handle is then closed at the thread's teardown and the check fails.
 * Every zlib call creates such a handle (pdfkit's deflateSync for each PDF stream, the bomb check's inflaters), so a
 * terminate() that lands while a job compresses or inflates can kill the app. Two defences:
 *  - a job is first asked to stop (a shared flag its progress reports, heartbeats and inflate loops read), and only
 *    a job that does not answer within a grace period is terminated;
 *  - that termination waits at the zlib gate: each worker counts, in shared memory, the zlib calls it is inside.
 *    The runner asks for the gate to close (from then on a zlib call in that worker refuses to start, so a job that
 *    compresses in a tight loop cannot keep it open), waits for the count to reach 0, closes it and terminates.
 * Once a handle is initialised, termination is safe (pending inflate work is awaited by the thread's teardown).
 */

/** Slots of the gate: the zlib calls under way (CLOSED once the runner terminates), and the runner's request to close. */
const COUNT = 0;
const CLOSING = 1;
const CLOSED = -1;

export function newZlibGate() {
  return new Int32Array(new SharedArrayBuffer(8));
}

/** Worker side: makes every zlib entry point (classes, create*, sync and callback forms) pass through the gate. */
export function guardZlib(gate: Int32Array) {
  const enter = () => {
    for (;;) {
      const open = Atomics.load(gate, COUNT);
      if (open === CLOSED || Atomics.load(gate, CLOSING) === 1) throw new AppFault('JOB_CANCELLED');
      if (Atomics.compareExchange(gate, COUNT, open, open + 1) === open) return;
    }
  };
  const leave = () => void Atomics.sub(gate, COUNT, 1);
  const guarded = <T>(run: () => T): T => {
    enter();
    try {
      return run();
    } finally {
      leave();
    }
  };
  for (const name of Object.keys(zlib)) {
    const own = Object.getOwnPropertyDescriptor(zlib, name);
    if (typeof own?.value !== 'function' || name === 'crc32' || !own.configurable) continue;
    const fn = own.value as (...args: unknown[]) => unknown;
    // A proxy keeps `new zlib.Inflate()`, `instanceof` and static members working as before.
    const proxy: typeof fn = new Proxy(fn, {
      apply: (target, self, args) => guarded(() => Reflect.apply(target, self, args)),
      construct: (target, args, newTarget) => guarded(() => Reflect.construct(target, args, newTarget === proxy ? target : newTarget)),
    });
    Object.defineProperty(zlib, name, { ...own, value: proxy }); // create* are read-only, but configurable
  }
  syncBuiltinESMExports(); // `import { deflateSync } from 'node:zlib'` sees the guarded functions too
}

/**
 * Main side: terminates the worker once no zlib call is under way in it (the gate closed behind the last one).
 * Resolves when the thread is gone; a thread that already died is not waited for.
 */
export function terminateWhenSafe(worker: Worker, gate: Int32Array | undefined): Promise<void> {
  if (gate) Atomics.store(gate, CLOSING, 1);
  return new Promise((resolve) => {
    const done = () => resolve();
    const attempt = () => {
      if (worker.threadId < 0) return done();
      if (!gate || Atomics.load(gate, COUNT) === CLOSED || Atomics.compareExchange(gate, COUNT, 0, CLOSED) === 0) {
        worker.terminate().then(done, done);
        return;
      }
      // Inside a zlib call: a compression step lasts milliseconds; the runner has already answered its caller.
      setTimeout(attempt, 5);
    };
    attempt();
  });
}

/** The runner's request that a job stop at its next step (progress report, heartbeat, inflated chunk). */
export function newStopFlag() {
  return new Int32Array(new SharedArrayBuffer(4));
}

export function requestStop(flag: Int32Array) {
  Atomics.store(flag, 0, 1);
}

export function stopIsRequested(flag: Int32Array | undefined) {
  return !!flag && Atomics.load(flag, 0) === 1;
}
