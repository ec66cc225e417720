import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExtractedDocument } from '../../shared/domain/document';
import type { PdfPageText } from '../docs/pdf';
import type { JobProgress } from './jobProgress';
import type { RunOptions } from './workerOptions';
import type { TaskPayload, TaskResult } from './workerTasks';

/**
 * A large PDF read by two worker threads at once, each its half of the pages. pdfjs reads one page at a time on one
 * core; on a two-core laptop with the other core free that halves the wall time of a long import for about the same
 * CPU (each thread opens the document, checks it for bombs and translates its fonts: ~0.1–0.3 s of the ~3 s of a
 * 200-page PDF drawn one glyph per text run). When the machine is busy the second thread would only queue for the
 * same cores, so the split is made only when a core is free.
 */
export interface PdfSplitPolicy {
  /** Threads to read with (1: never split). */
  threads: number;
  /** Smaller files are read by one thread (a second thread's start and set-up would outweigh its pages). */
  minBytes: number;
  /** Documents with fewer pages are read by one thread (the second part then reads none). */
  minPages: number;
  /** Split only when the last minute's load average leaves a core free. */
  needFreeCore: boolean;
}

const DEFAULT_POLICY: PdfSplitPolicy = { threads: 2, minBytes: 256 * 1024, minPages: 24, needFreeCore: true };
let policy: PdfSplitPolicy = DEFAULT_POLICY;

/** Changes the policy (tests and the bench force or forbid the split); null restores the default. */
export function setPdfSplit(p: Partial<PdfSplitPolicy> | null) {
  policy = p ? { ...DEFAULT_POLICY, ...p } : DEFAULT_POLICY;
}

/** How many threads should read this file: 1 unless it is a large PDF and, by default, a core is free. */
export function pdfThreads(p: { file: string; fileName?: string }): number {
  const cores = os.availableParallelism();
  const threads = Math.min(policy.threads, policy.needFreeCore ? cores : policy.threads);
  if (threads < 2) return 1;
  // Only files named .pdf: detectFormat refuses those that are not PDFs, with the same message either way.
  if (path.extname(p.fileName ?? p.file).toLowerCase() !== '.pdf') return 1;
  let size = 0;
  try {
    size = fs.statSync(p.file).size;
  } catch {
    return 1; // the one-thread path says the file is missing
  }
  if (size < policy.minBytes) return 1;
  // The load average counts threads running or waiting over the last minute; ≤ cores − 1 leaves a core free on
  // average. (Windows keeps no load average and reports 0: there the split is made whenever there are two cores.)
  if (policy.needFreeCore && os.loadavg()[0] > cores - 1) return 1;
  return threads;
}

type Run = <K extends 'documents.extractPart'>(task: K, payload: TaskPayload<K>, options: RunOptions) => Promise<TaskResult<K>>;

/**
 * Reads the PDF in `threads` parts through the worker runner (each part with the job's limits, stall watch and
 * cancel), then assembles the document from the pages in order: the same document one thread makes. The first
 * failure stops the other parts and is the one reported; progress counts the pages read by all parts.
 */
export async function extractPdfInParts(run: Run, payload: TaskPayload<'documents.extract'>, opts: RunOptions, threads: number): Promise<ExtractedDocument> {
  const ctl = new AbortController();
  const relay = () => ctl.abort();
  opts.signal?.addEventListener('abort', relay, { once: true });
  const done = new Array<number>(threads).fill(0);
  const progress = (i: number, p: JobProgress) => {
    done[i] = p.done ?? 0;
    const sum = done.reduce((a, b) => a + b, 0);
    opts.onProgress?.({ step: `读取第 ${sum} 页，共 ${p.total} 页`, done: sum, total: p.total });
  };
  try {
    const parts = await Promise.all(
      Array.from({ length: threads }, (_, i) =>
        run('documents.extractPart', { file: payload.file, fileName: payload.fileName, maxBytes: payload.maxBytes, part: { part: i, of: threads, minPages: policy.minPages } }, { ...opts, signal: ctl.signal, onProgress: (p) => progress(i, p) }).catch((e: unknown) => {
          ctl.abort(); // the other parts stop at their next page
          throw e;
        }),
      ),
    );
    const pages: PdfPageText[] = parts.flatMap((p) => p.pages);
    const { assemblePdf } = await import('../docs/pdf');
    return assemblePdf(payload.fileName ?? path.basename(payload.file), parts[0].pageCount, pages);
  } finally {
    opts.signal?.removeEventListener('abort', relay);
  }
}
