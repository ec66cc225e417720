import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fault, type ErrorCode } from '../../shared/api/errors';
import { newStopFlag, newZlibGate, requestStop, terminateWhenSafe } from './workerStop';
import { WORKER_TASKS, type JobProgress, type TaskPayload, type TaskResult, type WorkerTaskName } from './workerTasks';
import { onProcessExit } from './exitHooks';
import { extractPdfInParts, pdfThreads } from './pdfSplit';
import type { RunOptions } from './workerOptions';

export type { JobProgress };

export type { RunOptions };

/** Limits per task, for every caller: extraction reads files from outside, which may be built to exhaust memory. */
const TASK_LIMITS: Partial<Record<WorkerTaskName, (payload: never) => RunOptions>> = {
  'documents.extract': (p: { file: string; fileName?: string }) => extractLimits(p),
  'documents.extractPart': (p: { file: string; fileName?: string }) => extractLimits(p),
};

/** Limits of an extraction (or of one part of a PDF read in parts: the byte budget watches the whole process). */
function extractLimits(p: { file: string; fileName?: string }): RunOptions {
  return {
    memoryMb: 768,
    byteBudgetMb: 1024,
    onBudget: {
      code: 'DOC_TOO_DEMANDING',
      message: `读取“${p.fileName ?? path.basename(p.file)}”所需的内存超出安全上限（1 GB，文件可能异常或被刻意构造），已停止读取，未导入。请用 Word、WPS 或 PDF 阅读器打开确认后另存再导入；案卷未作改动。`,
    },
    // A page is read in well under a second; minutes without one mean the parser is caught in a loop.
    stallMs: 60_000,
    firstBeatMs: 180_000,
    onStall: {
      code: 'DOC_TOO_DEMANDING',
      message: `读取“${p.fileName ?? path.basename(p.file)}”时长时间没有进展（文件可能异常或被刻意构造），已停止读取，未导入。请用 Word、WPS 或 PDF 阅读器打开确认后另存再导入；案卷未作改动。`,
    },
  };
}

/** Polls resident memory while a job runs; calls `over` once it has grown by more than `budget` bytes. */
function watchBytes(budget: number, over: () => void) {
  const base = process.memoryUsage.rss();
  const timer = setInterval(() => {
    if (process.memoryUsage.rss() - base > budget) {
      clearInterval(timer);
      over();
    }
  }, 20);
  timer.unref();
  return () => clearInterval(timer);
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * How to start the worker in each runtime:
 * - the Electron bundle (dist/electron/main.cjs): the prebuilt dist/electron/worker.cjs beside it;
 * - the Node bundle of the CLI and the host (dist/node, scripts/build-node.mjs): dist/node/worker.mjs, beside the
 *   entry or one folder up from the chunk this code sits in;
 * - vitest: the bundle named by REVIEW_DESK_WORKER_ENTRY (test/globalSetup.ts builds it once per run);
 * - otherwise (bench under tsx): the TypeScript entry, loaded through tsx's ESM loader registered inside the worker.
 * Returns null where none is available; then the job runs in-process (still async) rather than not at all.
 */
function workerSource(): { code: string; eval: boolean } | null {
  const built = [path.join(here, 'worker.cjs'), path.join(here, 'worker.mjs'), path.join(here, '..', 'worker.mjs'), process.env.REVIEW_DESK_WORKER_ENTRY];
  const found = built.find((f) => f && fs.existsSync(f));
  if (found) return { code: found, eval: false };
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
 * Warm workers kept between jobs: loading pdfjs and mammoth costs more than most extractions. Two, so that a large PDF
 * read in two halves at once (main/services/pdfSplit.ts) finds both threads warm.
 */
const idle: { worker: Worker; memoryMb: number; timer?: NodeJS.Timeout }[] = [];
const IDLE_MAX = 2;
/**
 * The second warm worker is ended after this long unused: after a 200-page PDF each warm worker holds ~180 MB of
 * resident memory, worth keeping for the next import of a batch, not for the rest of the session.
 */
const SECOND_IDLE_MS = 60_000;
/** Each worker's zlib gate (main/services/workerStop.ts): it is terminated only when no zlib call is under way. */
const gates = new WeakMap<Worker, Int32Array>();
/** Workers being stopped: shutdown waits for them rather than ending them mid-zlib. */
const stopping = new Set<Promise<void>>();

/** Ends a worker without risking the process: see terminateWhenSafe. */
function endWorker(worker: Worker) {
  const ended = terminateWhenSafe(worker, gates.get(worker)).finally(() => stopping.delete(ended));
  stopping.add(ended);
  return ended;
}

/**
 * The nursery of a worker's heap. V8 sizes it from the heap ceiling, small for a worker: on a PDF drawn one glyph per
 * text run, pdfjs' per-glyph objects then cost ~550 ms of minor collections in 3.5 s; 64 MB halves that.
 */
const YOUNG_GENERATION_MB = 64;

/** A warm worker with that heap ceiling, or a new one (`fresh` ceiling: never the warm one). */
function takeWorker(memoryMb: number, fresh = memoryMb): Worker {
  const i = idle.findIndex((w) => w.memoryMb === memoryMb);
  if (i >= 0) {
    const { worker: w, timer } = idle.splice(i, 1)[0];
    clearTimeout(timer);
    w.ref();
    return w;
  }
  const zlibGate = newZlibGate();
  const worker = new Worker(source!.code, { eval: source!.eval, resourceLimits: { maxOldGenerationSizeMb: fresh, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }, workerData: { zlibGate } });
  gates.set(worker, zlibGate);
  return worker;
}

function giveBack(worker: Worker, memoryMb: number) {
  if (idle.length >= IDLE_MAX) {
    void endWorker(worker);
    return;
  }
  // Only our own listeners: Worker keeps internal ones (removeAllListeners() with no name breaks its messaging).
  for (const ev of ['message', 'error', 'exit']) worker.removeAllListeners(ev);
  worker.unref(); // an idle worker never keeps the CLI or a test process alive
  const entry: (typeof idle)[number] = { worker, memoryMb };
  const drop = () => {
    clearTimeout(entry.timer);
    const i = idle.indexOf(entry);
    if (i >= 0) idle.splice(i, 1);
  };
  if (idle.length) {
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (idle.length < IDLE_MAX) return; // the other one was taken meanwhile: this one stays as the warm worker
      drop();
      void endWorker(worker);
    }, SECOND_IDLE_MS);
    entry.timer.unref();
  }
  idle.push(entry);
  worker.once('exit', drop);
}

/**
 * Starts the warm worker ahead of need, off the critical path: the first import otherwise pays ~0.5 s of thread
 * start and module loading. Called by the Electron shell and the host once they are serving, never by the CLI.
 */
export function prewarmWorker(delayMs = 200) {
  const t = setTimeout(() => {
    if (idle.length || process.env.REVIEW_DESK_NO_WORKER === '1') return;
    runTask('worker.warm', {}).catch(() => undefined);
  }, delayMs);
  t.unref();
}

/**
 * Tasks whose native addon loads only once per process: onnxruntime-node (OCR) refuses to load again in a later
 * thread ("Module did not self-register"). They run in one worker kept for the life of the process, never handed to
 * other jobs and never ended after a job that answered.
 */
const RESIDENT: ReadonlySet<WorkerTaskName> = new Set<WorkerTaskName>(['ocr.page']);
let resident: Worker | null = null;

/** Ends the warm worker, the resident one and those being stopped (at shutdown); resolves once all are gone. */
export async function stopWorkers() {
  for (const w of idle) clearTimeout(w.timer);
  const all = [...idle.map((w) => w.worker), resident].filter((w): w is Worker => !!w).map(endWorker);
  idle.length = 0;
  resident = null;
  await Promise.all([...all, ...stopping]);
}

// The CLI's and the host's process.exit end workers through the zlib gate first (this module loads with the first job).
onProcessExit(stopWorkers);

/**
 * Runs a named job (main/services/workerTasks.ts) in a worker thread and resolves with its result; an AppFault
 * thrown in the worker is re-thrown here with the same code and message. A worker that crashed, ran out of memory
 * or failed is never reused; one that answered is kept warm for the next job, and concurrent jobs get their own.
 */
export async function runTask<K extends WorkerTaskName>(task: K, payload: TaskPayload<K>, options: RunOptions = {}): Promise<TaskResult<K>> {
  const opts: RunOptions = { ...TASK_LIMITS[task]?.(payload as never), ...options };
  source ??= workerSource();
  if (opts.signal?.aborted) throw fault('JOB_CANCELLED');
  if (!source || process.env.REVIEW_DESK_NO_WORKER === '1') {
    return (WORKER_TASKS[task] as (p: TaskPayload<K>, progress: (p: JobProgress) => void) => Promise<TaskResult<K>>)(payload, (p) => opts.onProgress?.(p));
  }
  if (task === 'documents.extract') {
    // A large PDF on a machine with a free core: read in two halves at once (main/services/pdfSplit.ts).
    const threads = pdfThreads(payload as TaskPayload<'documents.extract'>);
    if (threads > 1) return (await extractPdfInParts(runTask, payload as TaskPayload<'documents.extract'>, opts, threads)) as TaskResult<K>;
  }
  const memoryMb = opts.memoryMb ?? 1024;
  const pinned = RESIDENT.has(task);
  const worker = pinned ? (resident ??= takeWorker(-1, memoryMb)) : takeWorker(memoryMb);
  if (pinned) worker.ref();
  const id = ++seq;
  let detach = () => {};
  let healthy = false;
  let onAbort: (() => void) | undefined;
  // How long a job asked to stop may take to answer before its worker is ended anyway (0: not asked to stop). A
  // cancelled job gets time to reach its next step; a hung or over-budget one only a moment.
  let stopGraceMs = 0;
  // Read by the worker at each step (progress, heartbeat, inflated chunk): a job stops there rather than being
  // terminated in the middle of native work (terminating a thread inside zlib aborts the whole process in Node 20).
  const stop = newStopFlag();
  let unwatch = () => {};
  let stall: NodeJS.Timeout | undefined;
  try {
    return await new Promise<TaskResult<K>>((resolve, reject) => {
      onAbort = () => {
        healthy = false;
        stopGraceMs = 15_000;
        requestStop(stop);
        reject(fault('JOB_CANCELLED'));
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      let beats = 0;
      const arm = () => {
        if (!opts.stallMs) return;
        clearTimeout(stall);
        const wait = beats++ === 0 ? (opts.firstBeatMs ?? opts.stallMs) : opts.stallMs;
        stall = setTimeout(() => {
          healthy = false;
          const f = opts.onStall ?? { code: 'INTERNAL' as ErrorCode, message: '后台处理长时间没有进展，已停止，操作未完成，已保存的内容没有改变。' };
          stopGraceMs = 2_000;
          requestStop(stop);
          reject(fault(f.code, f.message, { stallMs: opts.stallMs }));
        }, wait);
      };
      arm();
      if (opts.byteBudgetMb) {
        unwatch = watchBytes(opts.byteBudgetMb * 1024 * 1024, () => {
          healthy = false;
          const f = opts.onBudget ?? { code: 'INTERNAL' as ErrorCode, message: '后台处理占用内存超出上限，已停止，操作未完成，已保存的内容没有改变。' };
          stopGraceMs = 2_000;
          requestStop(stop);
          reject(fault(f.code, f.message, { budgetMb: opts.byteBudgetMb }));
        });
      }
      const onMessage = (m: { id: number; ok: boolean; heartbeat?: boolean; progress?: JobProgress; value?: TaskResult<K>; error?: { code: ErrorCode; message: string; details?: unknown } }) => {
        if (m.id !== id) return;
        if (m.heartbeat) return arm();
        if (m.progress) {
          // Progress is a sign of life too.
          arm();
          opts.onProgress?.(m.progress);
          return;
        }
        healthy = true;
        if (m.ok) resolve(m.value as TaskResult<K>);
        else reject(m.error!.code === 'INTERNAL' ? new Error(m.error!.message) : fault(m.error!.code, m.error!.message, m.error!.details));
      };
      const onError = (e: Error) => {
        healthy = false;
        const crash = opts.onCrash ?? { code: 'INTERNAL' as ErrorCode, message: '后台处理意外中止，操作未完成，已保存的内容没有改变。请重试。' };
        reject(fault(crash.code, crash.message, { reason: (e as { code?: string }).code ?? e.message }));
      };
      const onExit = (code: number) => {
        healthy = false;
        reject(fault('INTERNAL', `后台处理意外退出（代码 ${code}），操作未完成，已保存的内容没有改变。请重试。`));
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      detach = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.postMessage({ id, task, payload, stop });
    });
  } finally {
    if (onAbort) opts.signal?.removeEventListener('abort', onAbort);
    clearTimeout(stall);
    unwatch();
    detach();
    if (pinned && healthy) worker.unref();
    else if (!pinned && healthy) giveBack(worker, memoryMb);
    else {
      if (resident === worker) resident = null;
      if (stopGraceMs) retireAfterAnswer(worker, id, stopGraceMs);
      else void endWorker(worker); // it crashed or exited: nothing to wait for
    }
  }
}

/**
 * Ends the worker of a job asked to stop once that job has answered (it stopped at its next step), or after the
 * grace period if it never does (a parser caught in a loop); either way through the zlib gate.
 */
function retireAfterAnswer(worker: Worker, id: number, graceMs: number) {
  let end: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => {
    const onMessage = (m: { id: number; heartbeat?: boolean; progress?: unknown }) => {
      if (m.id === id && !m.heartbeat && !m.progress) end();
    };
    const timer = setTimeout(() => end(), graceMs);
    end = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      resolve();
    };
    worker.on('message', onMessage);
    worker.once('exit', () => end());
    if (worker.threadId < 0) end(); // already gone
  });
  const ended = answered.then(() => endWorker(worker));
  stopping.add(ended);
  void ended.finally(() => stopping.delete(ended));
}
