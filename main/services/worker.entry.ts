import { parentPort, workerData } from 'node:worker_threads';
import { AppFault } from '../../shared/api/errors';
import { WORKER_TASKS, type WorkerTaskName } from './workerTasks';
import { onHeartbeat, onStopRequest } from './heartbeat';
import { guardZlib, stopIsRequested } from './workerStop';

// Before any job loads a library that compresses: the runner may then terminate this thread without aborting the process.
const gate = (workerData as { zlibGate?: Int32Array } | null)?.zlibGate;
if (gate) guardZlib(gate);

/** The worker thread's side of runTask: runs one task per message and posts back its result or its fault. */
parentPort?.on('message', async (msg: { id: number; task: WorkerTaskName; payload: never; stop?: Int32Array }) => {
  // A job asked to stop (cancelled, hung, over budget) ends at its next step: see main/services/workerStop.ts.
  const checkStop = () => {
    if (stopIsRequested(msg.stop)) throw new AppFault('JOB_CANCELLED');
  };
  onStopRequest(() => stopIsRequested(msg.stop));
  onHeartbeat(() => {
    checkStop();
    parentPort!.postMessage({ id: msg.id, heartbeat: true });
  });
  try {
    const progress = (p: unknown) => {
      checkStop();
      parentPort!.postMessage({ id: msg.id, progress: p });
    };
    const value = await (WORKER_TASKS[msg.task] as (p: never, progress: (p: unknown) => void) => Promise<unknown>)(msg.payload, progress);
    parentPort!.postMessage({ id: msg.id, ok: true, value });
  } catch (e) {
    const err = e instanceof AppFault ? { code: e.code, message: e.message, details: e.details } : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
    parentPort!.postMessage({ id: msg.id, ok: false, error: err, isFault: e instanceof AppFault });
  }
});
