import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTask, stopWorkers, type JobProgress } from '../../main/services/worker';
import { bigSections, planPdf } from '../fixtures/documents/make';
import { tempDir } from '../helpers/tmp';

const tmp = tempDir();
afterAll(() => {
  stopWorkers();
  tmp.cleanup();
});

describe('long jobs in the worker: progress and cancel', () => {
  it('reports each page read, and a cancelled job ends at once with JOB_CANCELLED while the next one still runs', async () => {
    const pdf = path.join(tmp.dir, 'long.pdf');
    fs.writeFileSync(pdf, await planPdf(bigSections(12, 3), { breakBefore: bigSections(12, 3).filter((s) => s.level === 1).map((s) => s.heading) }));

    const seen: JobProgress[] = [];
    const doc = await runTask('documents.extract', { file: pdf }, { onProgress: (p) => seen.push(p) });
    expect(doc.pageCount).toBeGreaterThan(1);
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: doc.pageCount! }, (_, i) => i + 1));
    expect(seen.at(-1)).toMatchObject({ total: doc.pageCount, step: `读取第 ${doc.pageCount} 页，共 ${doc.pageCount} 页` });

    // Cancel on the first progress event: the worker is terminated, the call rejects with the cancel code.
    const ctl = new AbortController();
    const cancelled = runTask('documents.extract', { file: pdf }, { signal: ctl.signal, onProgress: () => ctl.abort() });
    await expect(cancelled).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    // Already aborted: refused before any work.
    await expect(runTask('documents.extract', { file: pdf }, { signal: ctl.signal })).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    // …and the runner still works afterwards.
    expect((await runTask('documents.extract', { file: pdf })).pageCount).toBe(doc.pageCount);
  });
});
