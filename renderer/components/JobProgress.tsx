import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Progress, Space, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { request } from '../api/client';
import type { JobStatus } from '../../shared/api/jobs';

const POLL_MS = 250;

/**
 * A long job the user waits for (import, packet): `run(fn)` gives `fn` a fresh jobId to send with the request that
 * starts the work, and polls `jobs.status` with it until that request ends, as the OCR bar polls `ocr.status`.
 * `cancel()` asks the service to stop; the request then fails with JOB_CANCELLED and nothing was written.
 */
export function useJob() {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const current = useRef<string | null>(null);
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  const run = useCallback(async <T,>(fn: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = crypto.randomUUID();
    current.current = jobId;
    setStatus({ jobId, state: 'waiting', step: '正在开始…', done: 0, total: 0, percent: 0, cancellable: true, message: null });
    let ended = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const s = await request('jobs.status', { jobId });
        // A status that arrives after the request ended would put an old step back on the bar.
        if (!ended && alive.current && current.current === jobId && s.state !== 'waiting') setStatus(s);
      } catch {
        // A missed poll only delays the bar.
      }
      if (!ended) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    try {
      return await fn(jobId);
    } finally {
      ended = true;
      clearTimeout(timer);
      if (alive.current && current.current === jobId) {
        current.current = null;
        setStatus(null);
      }
    }
  }, []);

  const cancel = useCallback(async () => {
    const jobId = current.current;
    if (!jobId) return;
    setStatus((s) => (s ? { ...s, state: 'cancelling', step: '正在取消…', cancellable: false } : s));
    await request('jobs.cancel', { jobId }).catch(() => undefined);
  }, []);

  return { status, run, cancel };
}

/** The bar: the step in words, the percent, and 取消 while the job can still be stopped without writing anything. */
export function JobBar({ status, onCancel, testId = 'job' }: { status: JobStatus; onCancel(): void; testId?: string }) {
  return (
    <div data-testid={`${testId}-progress`} style={{ width: '100%' }}>
      <Space style={{ width: '100%' }} align="center">
        <Progress
          percent={status.percent}
          status={status.state === 'cancelling' ? 'exception' : 'active'}
          size="small"
          style={{ width: 150, margin: 0 }}
          data-testid={`${testId}-bar`}
          aria-valuenow={status.percent}
        />
        <Button size="small" danger icon={<StopOutlined />} onClick={onCancel} disabled={!status.cancellable || status.state !== 'running' && status.state !== 'waiting'} data-testid={`${testId}-cancel`}>
          取消
        </Button>
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`${testId}-step`}>
        {status.step}
      </Typography.Text>
    </div>
  );
}
