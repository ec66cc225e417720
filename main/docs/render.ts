import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fault, type ErrorCode } from '../../shared/api/errors';
import type { PrintDoc } from '../../shared/memo/model';
import type { RenderJob, RenderReply } from './renderWorker';

/**
 * PDF/DOCX rendering in a worker thread, so laying out a long memo never freezes the window (DESIGN §2). The worker is
 * the bundled dist/electron/renderWorker.cjs in the packaged app, or renderWorker.ts under tsx (CLI, host). Where no
 * worker can start (e.g. under the test runner's in-process transform), the same job runs in-process.
 */
let worker: Promise<Worker | null> | null = null;
let nextId = 1;
const pending = new Map<number, (r: RenderReply) => void>();

function workerFile(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const f of ['renderWorker.cjs', 'renderWorker.ts']) if (fs.existsSync(path.join(here, f))) return path.join(here, f);
  return null;
}

function startWorker(): Promise<Worker | null> {
  const file = workerFile();
  if (!file || process.env.VITEST) return Promise.resolve(null);
  return new Promise((resolve) => {
    let w: Worker;
    try {
      w = new Worker(file);
    } catch {
      return resolve(null);
    }
    w.once('error', () => resolve(null));
    w.on('message', (m: RenderReply | { ready: true }) => {
      if ('ready' in m) {
        w.unref();
        return resolve(w);
      }
      pending.get(m.id)?.(m);
      pending.delete(m.id);
      if (!pending.size) w.unref(); // an idle worker never keeps the CLI alive
    });
    w.on('exit', () => {
      worker = null;
      for (const [id, cb] of pending) cb({ id, ok: false, message: '排版进程意外退出，请重试。' });
      pending.clear();
    });
  });
}

export async function renderOffThread(format: 'pdf' | 'docx', doc: PrintDoc, templatesDir: string): Promise<Uint8Array> {
  worker ??= startWorker();
  const w = await worker;
  const job: RenderJob = { id: nextId++, format, doc, templatesDir };
  let reply: RenderReply;
  if (!w) {
    const { runJob } = await import('./renderWorker');
    reply = await runJob(job);
  } else {
    reply = await new Promise<RenderReply>((resolve) => {
      pending.set(job.id, resolve);
      w.ref();
      w.postMessage(job);
    });
  }
  if (!reply.ok) throw reply.code ? fault(reply.code as ErrorCode, reply.message) : new Error(reply.message);
  return reply.bytes;
}
