import { parentPort } from 'node:worker_threads';
import { AppFault } from '../../shared/api/errors';
import { WORKER_TASKS, type WorkerTaskName } from './workerTasks';
import { onHeartbeat } from './heartbeat';

/** The worker thread's side of runTask: runs one task per message and posts back its result or its fault. */
parentPort?.on('message', async (msg: { id: number; task: WorkerTaskName; payload: never; cancel?: Int32Array }) => {
  onHeartbeat(() => parentPort!.postMessage({ id: msg.id, heartbeat: true }));
  try {
    // A cancelled job stops at its next step (see runTask): never terminated inside native work.
    const progress = (p: unknown) => {
      if (msg.cancel && Atomics.load(msg.cancel, 0) === 1) throw new AppFault('JOB_CANCELLED');
      parentPort!.postMessage({ id: msg.id, progress: p });
    };
    const value = await (WORKER_TASKS[msg.task] as (p: never, progress: (p: unknown) => void) => Promise<unknown>)(msg.payload, progress);
    parentPort!.postMessage({ id: msg.id, ok: true, value });
  } catch (e) {
    const err = e instanceof AppFault ? { code: e.code, message: e.message, details: e.details } : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
    parentPort!.postMessage({ id: msg.id, ok: false, error: err, isFault: e instanceof AppFault });
  }
});
