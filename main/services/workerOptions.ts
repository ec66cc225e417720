import type { ErrorCode } from '../../shared/api/errors';
import type { JobProgress } from './jobProgress';

/**
 * How one task runs in a worker thread (main/services/worker.ts `runTask`): its limits and what it reports. Its own
 * file so that pdfSplit.ts, which runs tasks through `runTask`, and worker.ts, which calls pdfSplit, do not import
 * each other.
 */
export interface RunOptions {
  /** Heap ceiling of the worker: a job that needs more (a zip bomb that lied about its size) is stopped, not the app. */
  memoryMb?: number;
  /**
   * How far the process's resident memory may grow while the job runs. resourceLimits cap only the V8 heap, not
   * ArrayBuffers and native buffers (inflated streams, decoded images); past this budget the job is stopped.
   */
  byteBudgetMb?: number;
  /** The fault to raise when the byte budget is spent. */
  onBudget?: { code: ErrorCode; message: string };
  /** Longest silence (no heartbeat, no answer) before the job is taken for hung and stopped. */
  stallMs?: number;
  /** The same before the first heartbeat (a fresh worker loads its libraries first). Defaults to stallMs. */
  firstBeatMs?: number;
  onStall?: { code: ErrorCode; message: string };
  /** The fault to raise when the worker dies (out of memory, crash) instead of answering. */
  onCrash?: { code: ErrorCode; message: string };
  /** Aborting rejects the call at once with JOB_CANCELLED; the job stops at its next step. */
  signal?: AbortSignal;
  /** Progress reported by the job (e.g. the page being read), for a progress bar. */
  onProgress?: (p: JobProgress) => void;
}
