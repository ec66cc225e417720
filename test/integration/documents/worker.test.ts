import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTask, stopWorkers } from '../../../main/services/worker';
import { planPdf, planSections } from '../../fixtures/documents/make';
import { tempDir } from '../../helpers/tmp';

const tmp = tempDir();
afterAll(() => {
  stopWorkers();
  tmp.cleanup();
});

describe('worker runner', () => {
  it('runs extraction off the main thread, re-throws faults, and survives a worker that runs out of memory', async () => {
    const pdf = path.join(tmp.dir, 'plan.pdf');
    fs.writeFileSync(pdf, await planPdf(planSections(1)));
    const doc = await runTask('documents.extract', { file: pdf });
    expect(doc).toMatchObject({ format: 'pdf', pageCount: 1 });

    const bad = path.join(tmp.dir, 'x.wps');
    fs.writeFileSync(bad, 'x');
    await expect(runTask('documents.extract', { file: bad })).rejects.toMatchObject({ code: 'DOC_LEGACY_FORMAT' });

    // A job whose worker dies (here: a heap ceiling far too small) ends as the caller's fault, not as a crash.
    await expect(
      runTask('documents.extract', { file: pdf }, { memoryMb: 4, onCrash: { code: 'DOC_EXTRACT_FAILED', message: '内存不足' } }),
    ).rejects.toMatchObject({ code: 'DOC_EXTRACT_FAILED' });

    // …and the next job still runs.
    expect(await runTask('documents.extract', { file: pdf })).toMatchObject({ format: 'pdf' });
  }, 120_000);
});
