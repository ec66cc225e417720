import { parentPort } from 'node:worker_threads';
import { AppFault } from '../../shared/api/errors';
import type { PrintDoc } from '../../shared/memo/model';
import { loadFonts } from './fonts';
import { renderPdf } from './renderPdf';
import { renderDocx } from './renderDocx';

export interface RenderJob {
  id: number;
  format: 'pdf' | 'docx';
  doc: PrintDoc;
  templatesDir: string;
}
export type RenderReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; code?: string; message: string };

/** Renders documents off the main thread (DESIGN §2): one job at a time, fonts loaded once per worker. */
export async function runJob(job: RenderJob): Promise<RenderReply> {
  try {
    const fonts = loadFonts(job.templatesDir);
    const bytes = job.format === 'pdf' ? await renderPdf(job.doc, fonts) : await renderDocx(job.doc, { fallbackNote: fonts.fallbackNote });
    return { id: job.id, ok: true, bytes };
  } catch (e) {
    return e instanceof AppFault ? { id: job.id, ok: false, code: e.code, message: e.message } : { id: job.id, ok: false, message: (e as Error).message };
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', async (job: RenderJob) => {
    const r = await runJob(job);
    port.postMessage(r, r.ok ? [r.bytes.buffer as ArrayBuffer] : []);
  });
  port.postMessage({ ready: true });
}
