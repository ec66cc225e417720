import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fault, type ErrorCode } from '../../shared/api/errors';
import { WORKER_TASKS, type TaskPayload, type TaskResult, type WorkerTaskName } from './workerTasks';

export interface RunOptions {
  /** Heap ceiling of the worker: a job that needs more (a zip bomb that lied about its size) is stopped, not the app. */
  memoryMb?: number;
  /** The fault to raise when the worker dies (out of memory, crash) instead of answering. */
  onCrash?: { code: ErrorCode; message: string };
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * How to start the worker in each runtime:
 * - the Electron bundle (dist/electron/main.cjs): the prebuilt dist/electron/worker.cjs beside it;
 * - tsx (CLI, host) and vitest: the TypeScript entry, loaded through tsx's ESM loader registered inside the worker.
 * Returns null where neither is available; then the job runs in-process (still async) rather than not at all.
 */
function workerSource(): { code: string; eval: boolean } | null {
  const bundled = path.join(here, 'worker.cjs');
  if (fs.existsSync(bundled)) return { code: bundled, eval: false };
  const entry = path.join(here, 'worker.entry.ts');
  if (!fs.existsSync(entry)) return null;
  try {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
    const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
    return { code, eval: true };
  } catch {
    return null;
  }
}

let source: ReturnType<typeof workerSource> | undefined;
let seq = 0;

/**
 * Runs a named job (main/services/workerTasks.ts) in a fresh worker thread and resolves with its result; an AppFault
 * thrown in the worker is re-thrown here with the same code and message. One thread per job: a crash or an
 * out-of-memory kill ends that thread only, and nothing is shared between jobs.
 */
export async function runTask<K extends WorkerTaskName>(task: K, payload: TaskPayload<K>, opts: RunOptions = {}): Promise<TaskResult<K>> {
  source ??= workerSource();
  if (!source || process.env.REVIEW_DESK_NO_WORKER === '1') {
    return (WORKER_TASKS[task] as (p: TaskPayload<K>) => Promise<TaskResult<K>>)(payload);
  }
  const worker = new Worker(source.code, { eval: source.eval, resourceLimits: { maxOldGenerationSizeMb: opts.memoryMb ?? 1024 } });
  const id = ++seq;
  try {
    return await new Promise<TaskResult<K>>((resolve, reject) => {
      worker.once('message', (m: { id: number; ok: boolean; value?: TaskResult<K>; error?: { code: ErrorCode; message: string; details?: unknown } }) => {
        if (m.ok) resolve(m.value as TaskResult<K>);
        else reject(m.error!.code === 'INTERNAL' ? new Error(m.error!.message) : fault(m.error!.code, m.error!.message, m.error!.details));
      });
      worker.once('error', (e) => {
        const crash = opts.onCrash ?? { code: 'INTERNAL' as ErrorCode, message: '后台处理意外中止，操作未完成，已保存的内容没有改变。请重试。' };
        reject(fault(crash.code, crash.message, { reason: (e as { code?: string }).code ?? e.message }));
      });
      worker.once('exit', (code) => reject(fault('INTERNAL', `后台处理意外退出（代码 ${code}），操作未完成，已保存的内容没有改变。请重试。`)));
      worker.postMessage({ id, task, payload });
    });
  } finally {
    void worker.terminate();
  }
}
