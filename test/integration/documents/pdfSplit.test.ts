import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runTask, stopWorkers, type JobProgress } from '../../../main/services/worker';
import { pdfThreads, setPdfSplit } from '../../../main/services/pdfSplit';
import { partPages } from '../../../main/docs/pdf';
import { bigSections, planPdf } from '../../fixtures/documents/make';
import { tempDir } from '../../helpers/tmp';
import { run } from '../../helpers/run';

/** A large PDF read in two halves by two workers at once (main/services/pdfSplit.ts): progress, cancel, failures. */
const tmp = tempDir();
afterEach(() => setPdfSplit(null));
afterAll(async () => {
  await stopWorkers();
  tmp.cleanup();
});

async function plan(name: string, chapters: number) {
  const file = path.join(tmp.dir, name);
  const sections = bigSections(chapters, 3);
  fs.writeFileSync(file, await planPdf(sections, { breakBefore: sections.filter((s) => s.level === 1).map((s) => s.heading) }));
  return file;
}

describe('which pages each part reads', () => {
  it('halves, the first the larger; a short document only by the first part', () => {
    expect(partPages(201, 0, 2)).toEqual([1, 101]);
    expect(partPages(201, 1, 2)).toEqual([102, 201]);
    expect(partPages(10, 0, 2)).toEqual([1, 10]);
    const [first, last] = partPages(10, 1, 2);
    expect(first > last).toBe(true);
    expect(partPages(10, 1, 2, 2)).toEqual([6, 10]);
    expect(partPages(7, 0, 1)).toEqual([1, 7]);
  });

  it('splits only large files named .pdf, and only when asked or a core is free', async () => {
    const pdf = await plan('big.pdf', 60);
    const txt = path.join(tmp.dir, 'big.txt');
    fs.copyFileSync(pdf, txt);
    setPdfSplit({ needFreeCore: false, minBytes: 1024 });
    expect(pdfThreads({ file: pdf })).toBe(2);
    expect(pdfThreads({ file: txt, fileName: 'big.txt' })).toBe(1);
    expect(pdfThreads({ file: path.join(tmp.dir, 'missing.pdf') })).toBe(1);
    setPdfSplit({ needFreeCore: false, minBytes: fs.statSync(pdf).size + 1 });
    expect(pdfThreads({ file: pdf })).toBe(1);
    setPdfSplit({ threads: 1, needFreeCore: false, minBytes: 0 });
    expect(pdfThreads({ file: pdf })).toBe(1);
  });
});

describe('a PDF read in two halves at once', () => {
  it('reports every page once, in a running count, and gives the document one worker gives', async () => {
    const pdf = await plan('halves.pdf', 30);
    setPdfSplit({ threads: 1 });
    const whole = await runTask('documents.extract', { file: pdf });
    setPdfSplit({ needFreeCore: false, minBytes: 0, minPages: 2 });
    const seen: JobProgress[] = [];
    const halves = await runTask('documents.extract', { file: pdf }, { onProgress: (p) => seen.push(p) });
    expect(halves).toEqual(whole);
    expect(whole.pageCount).toBeGreaterThan(4);
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: whole.pageCount! }, (_, i) => i + 1));
    expect(seen.at(-1)).toMatchObject({ total: whole.pageCount, step: `读取第 ${whole.pageCount} 页，共 ${whole.pageCount} 页` });
  });

  it('is cancelled as a whole, and the runner still works afterwards', async () => {
    const pdf = await plan('cancel.pdf', 30);
    setPdfSplit({ needFreeCore: false, minBytes: 0, minPages: 2 });
    const ctl = new AbortController();
    await expect(runTask('documents.extract', { file: pdf }, { signal: ctl.signal, onProgress: () => ctl.abort() })).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    expect((await runTask('documents.extract', { file: pdf })).format).toBe('pdf');
  });

  it('reports a refused file with its own message, not as cancelled', async () => {
    const pdf = await plan('open.pdf', 30);
    const locked = path.join(tmp.dir, 'locked.pdf');
    const r = await run('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', pdf, locked]);
    expect(r.code, r.stderr).toBe(0);
    setPdfSplit({ needFreeCore: false, minBytes: 0, minPages: 2 });
    await expect(runTask('documents.extract', { file: locked, fileName: '加密.pdf' })).rejects.toMatchObject({ code: 'DOC_PDF_ENCRYPTED' });
    const notPdf = path.join(tmp.dir, 'page.pdf');
    fs.writeFileSync(notPdf, '<!doctype html><html><body>' + 'x'.repeat(4096) + '</body></html>');
    await expect(runTask('documents.extract', { file: notPdf })).rejects.toMatchObject({ code: 'DOC_TYPE_MISMATCH' });
    expect((await runTask('documents.extract', { file: pdf })).format).toBe('pdf');
  });
});
