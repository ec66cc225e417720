import { z } from 'zod';
import { CaseRef, method } from './contract';
import { OcrPageSchema } from '../domain/ocr';

/** Where the recognition of one document version stands. Polled by the reader while it runs. */
export const OcrStatusSchema = z.object({
  versionId: z.string(),
  state: z.enum(['idle', 'running', 'cancelling', 'done', 'cancelled', 'failed']),
  /** Pages without a text layer: the ones OCR reads. */
  scannedPages: z.array(z.number().int()),
  /** Of those, the pages already recognised and stored. */
  donePages: z.array(z.number().int()),
  /** The page being recognised now. */
  currentPage: z.number().int().nullable(),
  /** Pages of this run: done so far and in all. */
  runDone: z.number().int(),
  runTotal: z.number().int(),
  /** Seconds per page so far in this run. */
  secondsPerPage: z.number().nullable(),
  /** Why it stopped, in Chinese, when it failed. */
  message: z.string().nullable(),
  engine: z.string(),
});
export type OcrStatus = z.output<typeof OcrStatusSchema>;

const VersionRef = CaseRef.extend({ versionId: z.string().min(1) });

export const ocrMethods = {
  'ocr.status': method(() => ({
    summary: '扫描件文字识别（OCR）的进度',
    request: VersionRef,
    response: OcrStatusSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'ocr.start': method(() => ({
    summary: '开始识别扫描页的文字（只识别没有文字层的页面；已识别的页跳过）',
    request: VersionRef,
    response: OcrStatusSchema,
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'NOT_FOUND', 'OCR_NOT_NEEDED', 'OCR_BUSY', 'OCR_UNAVAILABLE'],
  })),
  'ocr.cancel': method(() => ({
    summary: '取消识别（已识别的页保留）',
    request: VersionRef,
    response: OcrStatusSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'ocr.page': method(() => ({
    summary: '某一页识别出的各行（含位置、置信度和人工更正）',
    request: VersionRef.extend({ page: z.number().int().positive() }),
    response: z.object({
      page: OcrPageSchema.nullable(),
      /** Line indexes the user corrected, with the recognised text they replaced. */
      corrections: z.array(z.object({ line: z.number().int(), original: z.string(), correctedBy: z.string(), correctedAt: z.string() })),
    }),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'ocr.correct': method(() => ({
    summary: '更正识别出的一行文字（记入操作记录；检索、比较和审查随之更新）',
    request: VersionRef.extend({ page: z.number().int().positive(), line: z.number().int().nonnegative(), text: z.string().trim().min(1).max(2000) }),
    response: z.object({ ok: z.literal(true) }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'NOT_FOUND', 'OCR_BUSY'],
  })),
};
