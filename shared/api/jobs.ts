import { z } from 'zod';
import { method } from './contract';

/**
 * Long jobs a user waits for (importing a document, building a meeting packet and its numbered copies) report
 * progress the way OCR does (shared/api/ocr.ts): the renderer polls a status and may cancel. The renderer names the
 * job: it sends a fresh `jobId` with the request that starts the work (e.g. `documents.import`) and polls
 * `jobs.status` with it while that request is still running; the request itself answers with the result, or with
 * JOB_CANCELLED when the user cancelled (then nothing was written).
 */
export const JobIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, '任务编号格式不对');

export const JobStatusSchema = z.object({
  jobId: z.string(),
  /** `waiting`: the request that starts the job has not reached the service yet (or the id is unknown). */
  state: z.enum(['waiting', 'running', 'cancelling', 'done', 'cancelled', 'failed']),
  /** What is being done now, in Chinese ("读取第 3 页，共 200 页"). */
  step: z.string(),
  /** Units done and in all, for the bar; total 0 when the step cannot be counted. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Whole job, 0–100, across its steps. */
  percent: z.number().int().min(0).max(100),
  /** False once the job writes its results: from then on it finishes (writing is short and all or nothing). */
  cancellable: z.boolean(),
  /** Why it stopped, in Chinese, when it failed. */
  message: z.string().nullable(),
});
export type JobStatus = z.output<typeof JobStatusSchema>;

const JobRef = z.object({ jobId: JobIdSchema });

export const jobsMethods = {
  'jobs.status': method(() => ({
    summary: '长时间操作（导入、生成会议材料）的进度',
    request: JobRef,
    response: JobStatusSchema,
    errors: [],
  })),
  'jobs.cancel': method(() => ({
    summary: '取消长时间操作（未完成的结果全部丢弃，不写入案卷）',
    request: JobRef,
    response: JobStatusSchema,
    errors: [],
  })),
};
