import type { ExtractOptions } from '../docs/extract';
import type { PdfPart } from '../docs/pdf';
import type { PacketInput } from './meetings/compose';
import type { RenderJob } from '../docs/render';
import type { LineCorrection } from '../ocr/tasks';
import type { OcrPage } from '../../shared/domain/ocr';
import type { ReportProgress } from './jobProgress';

export type { JobProgress, ReportProgress } from './jobProgress';

/**
 * The jobs that may run off the main thread, by name. A module adds its heavy job here (PDF or DOCX generation,
 * signing many items) and calls it with `runTask(name, payload)`. Each takes JSON-able input and returns a
 * structured-cloneable result.
 */
export const WORKER_TASKS = {
  // Each job loads its module on first use, so a worker that only extracts a TXT never loads pdfmake or pdf-lib.
  'documents.extract': async (p: { file: string } & Omit<ExtractOptions, 'onPage'>, progress?: ReportProgress) =>
    (await import('../docs/extract')).extractFile(p.file, {
      fileName: p.fileName,
      maxBytes: p.maxBytes,
      onPage: progress && ((done, total) => progress({ step: `读取第 ${done} 页，共 ${total} 页`, done, total })),
    }),
  // A share of a large PDF's pages, read beside the other share in a second worker (main/services/pdfSplit.ts).
  'documents.extractPart': async (p: { file: string; part: PdfPart } & Omit<ExtractOptions, 'onPage'>, progress?: ReportProgress) =>
    (await import('../docs/extract')).readPdfFilePart(p.file, p.part, {
      fileName: p.fileName,
      maxBytes: p.maxBytes,
      onPage: progress && ((done, total) => progress({ step: `读取第 ${done} 页，共 ${total} 页`, done, total })),
    }),
  'meetings.packet': async (p: PacketInput, progress?: ReportProgress) => (await import('./meetings/compose')).composePacket(p, progress),
  'memos.render': async (p: RenderJob) => (await import('../docs/render')).renderDocument(p),
  // OCR loads onnxruntime and its models only when a scanned page is read.
  'ocr.page': async (p: { data: Uint8Array; fileName: string; page: number }) => (await import('../ocr/tasks')).ocrPage(p),
  'ocr.rebuild': async (p: { data: Uint8Array; fileName: string; pages: OcrPage[]; corrections: LineCorrection[] }) => (await import('../ocr/tasks')).rebuildWithOcr(p),
  // Started once the window or host is up (prewarmWorker), so the first import finds a worker with extraction loaded.
  'worker.warm': async (_p: Record<string, never>) => {
    await import('../docs/extract');
    return true;
  },
} satisfies Record<string, (payload: never, progress: ReportProgress) => Promise<unknown>>;

export type WorkerTaskName = keyof typeof WORKER_TASKS;
export type TaskPayload<K extends WorkerTaskName> = Parameters<(typeof WORKER_TASKS)[K]>[0];
export type TaskResult<K extends WorkerTaskName> = Awaited<ReturnType<(typeof WORKER_TASKS)[K]>>;
