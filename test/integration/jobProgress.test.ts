import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PASS, testApp } from '../helpers/services';
import { bigSections, planPdf } from '../fixtures/documents/make';
import { seedMeeting } from '../fixtures/meetings/make';
import type { JobStatus } from '../../shared/api/jobs';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');

/**
 * Progress and cancel of the long jobs a user waits for, through the contract as the renderer uses it: the request
 * carries a jobId, `jobs.status` is polled while it runs, `jobs.cancel` stops it. A cancelled job writes nothing:
 * checked in the case file itself after closing and reopening it.
 */
describe('jobs: progress bars and cancel for import and packets', () => {
  const app = testApp();
  let caseId = '';
  let casePath = '';
  const pdf = path.join(app.dir, 'long-plan.pdf');
  const sections = bigSections(40, 6);

  beforeAll(async () => {
    const c = await app.newCase();
    caseId = c.caseId;
    casePath = c.path;
    fs.writeFileSync(pdf, await planPdf(sections, { breakBefore: sections.filter((s) => s.level === 1).map((s) => s.heading) }));
  });
  afterAll(() => app.cleanup());

  /** Polls the job until `until` holds for a status (or the request ends); returns every status seen. */
  async function watch(jobId: string, running: Promise<unknown>, until: (s: JobStatus) => boolean) {
    let ended = false;
    running.then(() => (ended = true), () => (ended = true));
    const seen: JobStatus[] = [];
    while (!ended) {
      const s = await app.call('jobs.status', { jobId });
      seen.push(s);
      if (until(s)) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    return seen;
  }

  async function reopen() {
    await app.call('cases.close', { caseId });
    caseId = (await app.call('cases.open', { path: casePath, passphrase: PASS })).caseId;
  }

  it('import: the bar moves page by page and names the step; a cancelled import adds no document, blob or audit entry', async () => {
    const jobId = crypto.randomUUID();
    const running = app.call('documents.import', { caseId, file: { kind: 'path', path: pdf }, role: 'plan', jobId });
    const seen = await watch(jobId, running, (s) => s.state === 'running' && s.done >= 3);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'running', cancellable: true, step: expect.stringMatching(/^读取第 \d+ 页，共 \d+ 页$/) });
    expect(last.total).toBeGreaterThan(last.done);
    expect(last.percent).toBeGreaterThan(0);
    expect(last.percent).toBeLessThan(95);
    const after = await app.call('jobs.cancel', { jobId });
    expect(['cancelling', 'cancelled']).toContain(after.state);
    await expect(running).rejects.toMatchObject({ code: 'JOB_CANCELLED', message: expect.stringMatching(/已取消/) });
    expect(await app.call('jobs.status', { jobId })).toMatchObject({ state: 'cancelled', cancellable: false });

    await reopen();
    expect((await app.call('documents.list', { caseId })).documents).toEqual([]);
    const store = app.services.openCases.get(caseId);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM blobs').get()).toEqual({ n: 0 });
    expect(store.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'documents.import'").get()).toEqual({ n: 0 });

    // The same file imported to the end: the last status says done at 100 %, and the document is there.
    const again = crypto.randomUUID();
    const ok = app.call('documents.import', { caseId, file: { kind: 'path', path: pdf }, role: 'plan', jobId: again });
    const pages = await watch(again, ok, () => false);
    const r = await ok;
    expect(r.version.pageCount).toBeGreaterThan(3);
    expect(pages.some((s) => s.step.startsWith('读取第'))).toBe(true);
    expect(await app.call('jobs.status', { jobId: again })).toMatchObject({ state: 'done', percent: 100 });
    expect((await app.call('documents.list', { caseId })).documents).toHaveLength(1);
  });

  it('a cancel that arrives before its request refuses the job; an unknown job reads as waiting', async () => {
    expect(await app.call('jobs.status', { jobId: 'never-started-1' })).toMatchObject({ state: 'waiting', percent: 0 });
    const jobId = crypto.randomUUID();
    await app.call('jobs.cancel', { jobId });
    await expect(app.call('documents.import', { caseId, file: { kind: 'path', path: pdf }, role: 'plan', target: 'new', jobId })).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    expect((await app.call('documents.list', { caseId })).documents).toHaveLength(1);
    await expect(app.call('jobs.status', { jobId: 'bad id!' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('packet with numbered copies: steps through layout, merge and each copy; a cancelled build writes no file and no copy', async () => {
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { items: 3, attachmentsPerItem: 2, pagesPerAttachment: 6 });
    const recipients = Array.from({ length: 12 }, (_, i) => `领取人${i + 1}`);
    const outputs = vi.spyOn(app.services.files, 'addOutput');

    const jobId = crypto.randomUUID();
    const running = app.call('meetings.buildPacket', { caseId, meetingId, recipients, jobId });
    const seen = await watch(jobId, running, (s) => s.state === 'running' && /排版/.test(s.step));
    expect(seen.at(-1)).toMatchObject({ state: 'running', cancellable: true });
    await app.call('jobs.cancel', { jobId });
    await expect(running).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    expect(outputs).not.toHaveBeenCalled();
    await reopen();
    expect((await app.call('meetings.get', { caseId, meetingId })).copies).toEqual([]);
    const store = app.services.openCases.get(caseId);
    expect(store.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'meetings.issueCopies'").get()).toEqual({ n: 0 });

    // Built to the end: the steps seen include the copies, in order, and the result has all of them.
    const full = crypto.randomUUID();
    const ok = app.call('meetings.buildPacket', { caseId, meetingId, recipients, jobId: full });
    const steps = (await watch(full, ok, () => false)).map((s) => s.step);
    const r = await ok;
    expect(r.copies).toHaveLength(12);
    expect(steps.some((s) => /^排版/.test(s))).toBe(true);
    expect(steps.some((s) => /^生成编号份：第 \d+ 份，共 12 份$/.test(s))).toBe(true);
    expect(await app.call('jobs.status', { jobId: full })).toMatchObject({ state: 'done', percent: 100 });
    outputs.mockRestore();
  });
});
