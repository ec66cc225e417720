import { extractFile, type ExtractOptions } from '../docs/extract';
import { composePacket } from './meetings/compose';
import { renderDocument, type RenderJob } from '../docs/render';
import type { LineCorrection } from '../ocr/tasks';
import type { OcrPage } from '../../shared/domain/ocr';

/**
 * The jobs that may run off the main thread, by name. A module adds its heavy job here (PDF or DOCX generation,
 * signing many items) and calls it with `runTask(name, payload)`. Each takes JSON-able input and returns a
 * structured-cloneable result.
 */
export const WORKER_TASKS = {
  'documents.extract': (p: { file: string } & ExtractOptions) => extractFile(p.file, { fileName: p.fileName, maxBytes: p.maxBytes }),
  'meetings.packet': composePacket,
  // Called lazily: render.ts imports the runner, which imports this table.
  'memos.render': (p: RenderJob) => renderDocument(p),
  // OCR loads onnxruntime and its models only when a scanned page is read.
  'ocr.page': async (p: { data: Uint8Array; fileName: string; page: number }) => (await import('../ocr/tasks')).ocrPage(p),
  'ocr.rebuild': async (p: { data: Uint8Array; fileName: string; pages: OcrPage[]; corrections: LineCorrection[] }) => (await import('../ocr/tasks')).rebuildWithOcr(p),
} satisfies Record<string, (payload: never) => Promise<unknown>>;

export type WorkerTaskName = keyof typeof WORKER_TASKS;
export type TaskPayload<K extends WorkerTaskName> = Parameters<(typeof WORKER_TASKS)[K]>[0];
export type TaskResult<K extends WorkerTaskName> = Awaited<ReturnType<(typeof WORKER_TASKS)[K]>>;
