import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../../main/docs/extract';
import { runTask, stopWorkers } from '../../../main/services/worker';
import { docxLyingBomb, pdfFlateBomb } from '../../fixtures/documents/bombs';
import { planPdf } from '../../fixtures/documents/make';
import { tempDir } from '../../helpers/tmp';

const tmp = tempDir();
afterAll(() => {
  stopWorkers();
  tmp.cleanup();
});

/** Resident memory growth while `fn` runs, sampled every 10 ms (what the bombs would otherwise cost: hundreds of MB). */
async function growth<T>(fn: () => Promise<T>) {
  const base = process.memoryUsage.rss();
  let peak = base;
  const t = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  try {
    return { result: await fn().catch((e) => e), get mb() { return (peak - base) / 1024 / 1024; } };
  } finally {
    clearInterval(t);
    peak = Math.max(peak, process.memoryUsage.rss());
  }
}

describe('decompression bombs are refused by name, within a memory bound', () => {
  it('a PDF whose small Flate stream inflates to 160 MB', async () => {
    const file = path.join(tmp.dir, '实施方案.pdf');
    fs.writeFileSync(file, await pdfFlateBomb(160));
    const r = await growth(() => extractFile(file));
    expect(r.result).toMatchObject({ code: 'DOC_PDF_BOMB', message: expect.stringContaining('“实施方案.pdf”是“压缩炸弹”') });
    expect(r.result.message).toContain('案卷未作改动');
    expect(r.mb).toBeLessThan(100);
  });

  it('a DOCX whose document.xml inflates to 160 MB behind zip headers that declare a few KB', async () => {
    const file = path.join(tmp.dir, '协议.docx');
    fs.writeFileSync(file, await docxLyingBomb(160));
    const r = await growth(() => extractFile(file));
    expect(r.result).toMatchObject({ code: 'DOC_DOCX_BOMB', message: expect.stringContaining('“协议.docx”是“压缩炸弹”：其中的“word/document.xml”') });
    expect(r.mb).toBeLessThan(100);
  });

  it('stops a worker whose memory outgrows the byte budget, which resourceLimits alone do not cap', async () => {
    const file = path.join(tmp.dir, 'plan.pdf');
    fs.writeFileSync(file, await planPdf());
    // A fresh worker (its own heap size) has to load pdfjs: far more than a 1 MB budget.
    await expect(
      runTask('documents.extract', { file }, { memoryMb: 700, byteBudgetMb: 1, onBudget: { code: 'DOC_TOO_DEMANDING', message: '超出内存上限' } }),
    ).rejects.toMatchObject({ code: 'DOC_TOO_DEMANDING' });
    // The default budget lets an ordinary document through.
    expect(await runTask('documents.extract', { file })).toMatchObject({ format: 'pdf' });
  });
});
