import { fault } from '../../shared/api/errors';
import type { JobStatus } from '../../shared/api/jobs';
import type { JobProgress } from './workerTasks';

/**
 * What a long job gets from the registry: the signal to pass to `runTask` (and to check between steps), a way to
 * report where it is, and `commit()` to call right before it writes its results. After `commit()` a cancel is
 * refused: the writing is short and done whole, so a job is either cancelled with nothing written or finished.
 */
export interface JobControl {
  signal: AbortSignal;
  /** Progress of the current phase; `phase` weights it into the overall percent (see `run`). */
  progress(p: JobProgress, phase?: number): void;
  /** Throws JOB_CANCELLED if cancelled; then marks the job as no longer cancellable. */
  commit(step?: string): void;
}

interface Entry {
  status: JobStatus;
  ctl: AbortController;
  /** Percent range of each phase ([from, to)), e.g. extraction 0–95, saving 95–100. */
  phases: [number, number][];
  endedAt: number | null;
}

/** Kept after they end so the last poll sees the outcome; few and small, dropped after a while. */
const KEEP_MS = 10 * 60_000;
const KEEP_MAX = 200;

/**
 * Long jobs the renderer named with a jobId (shared/api/jobs.ts): progress by polling, cancel by aborting the job's
 * signal (its worker is terminated at once). A cancel that arrives before the job itself (the renderer polls and may
 * cancel while the request is still on its way) is remembered, and the job is refused when it arrives.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();
  private readonly cancelledEarly = new Set<string>();

  private blank(jobId: string): JobStatus {
    return { jobId, state: 'waiting', step: '', done: 0, total: 0, percent: 0, cancellable: true, message: null };
  }

  status(jobId: string): JobStatus {
    return { ...(this.jobs.get(jobId)?.status ?? this.blank(jobId)) };
  }

  cancel(jobId: string): JobStatus {
    const e = this.jobs.get(jobId);
    if (!e) {
      this.cancelledEarly.add(jobId);
      return { ...this.blank(jobId), state: 'cancelled', step: '已取消' };
    }
    if (e.status.state === 'running' && e.status.cancellable) {
      e.status.state = 'cancelling';
      e.status.step = '正在取消…';
      e.ctl.abort();
    }
    return this.status(jobId);
  }

  /**
   * Runs `work` as job `jobId` (without an id, as an anonymous job nobody polls). `phases` are the percent weights
   * of its phases, in order (default one phase of 100).
   */
  async run<T>(jobId: string | undefined, work: (job: JobControl) => Promise<T>, phases: number[] = [100]): Promise<T> {
    this.prune();
    const ctl = new AbortController();
    const ranges: [number, number][] = [];
    let at = 0;
    for (const w of phases) ranges.push([at, (at += w)]);
    const entry: Entry = { status: { ...this.blank(jobId ?? ''), state: 'running' }, ctl, phases: ranges, endedAt: null };
    if (jobId) {
      if (this.jobs.has(jobId)) throw fault('CONFLICT', '该操作已在进行中，请等待其完成。');
      this.jobs.set(jobId, entry);
      if (this.cancelledEarly.delete(jobId)) ctl.abort();
    }
    const s = entry.status;
    const control: JobControl = {
      signal: ctl.signal,
      progress: (p, phase = 0) => {
        if (s.state !== 'running') return;
        const [from, to] = ranges[Math.min(phase, ranges.length - 1)] ?? [0, 100];
        s.step = p.step;
        s.done = p.done;
        s.total = p.total;
        const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
        s.percent = Math.max(s.percent, Math.min(100, Math.floor(from + (to - from) * share)));
      },
      commit: (step = '正在保存…') => {
        if (ctl.signal.aborted) throw fault('JOB_CANCELLED');
        s.cancellable = false;
        s.step = step;
        s.done = 0;
        s.total = 0;
      },
    };
    try {
      if (ctl.signal.aborted) throw fault('JOB_CANCELLED');
      const value = await work(control);
      s.state = 'done';
      s.percent = 100;
      s.step = '已完成';
      return value;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'JOB_CANCELLED' || ctl.signal.aborted) {
        s.state = 'cancelled';
        s.step = '已取消，未写入任何内容';
        // However the work ended (a worker terminated mid-message may surface as another error), a cancelled job reports as cancelled.
        if (code !== 'JOB_CANCELLED') throw fault('JOB_CANCELLED');
      } else {
        s.state = 'failed';
        s.message = e instanceof Error ? e.message : String(e);
      }
      throw e;
    } finally {
      s.cancellable = false;
      entry.endedAt = Date.now();
    }
  }

  private prune() {
    const now = Date.now();
    for (const [id, e] of this.jobs) if (e.endedAt !== null && (now - e.endedAt > KEEP_MS || this.jobs.size > KEEP_MAX)) this.jobs.delete(id);
    if (this.cancelledEarly.size > KEEP_MAX) this.cancelledEarly.clear();
  }
}
