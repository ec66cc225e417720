import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdf, openPdf } from '../../../main/docs/pdf';

const dir = path.resolve(import.meta.dirname, '../../fixtures/review');
const threePages = path.join(dir, 'plan-h6a-shouyi-rongchang.pdf');
const onePage = path.join(dir, 'agreement-h3-libreoffice.pdf');

// pdfjs 5.4 keeps one page count for every document of a thread: a shorter document opened later made a longer
// one's later pages fail as "damaged" (seen when two imports ran in one worker).
describe('two PDFs open at once in one thread', () => {
  it('the longer one opened first still reads all its pages after a shorter one is opened', async () => {
    const long = await openPdf(new Uint8Array(fs.readFileSync(threePages)), 'long.pdf');
    const short = await openPdf(new Uint8Array(fs.readFileSync(onePage)), 'short.pdf');
    try {
      expect(long.numPages).toBe(3);
      expect(short.numPages).toBe(1);
      for (let p = 1; p <= long.numPages; p++) expect((await long.getPage(p)).pageNumber).toBe(p);
      expect((await short.getPage(1)).pageNumber).toBe(1);
      await expect(short.getPage(2)).rejects.toThrow(); // its own count still bounds it
    } finally {
      await long.destroy();
      await short.destroy();
    }
  });

  it('extracting several PDFs at once gives each its whole text, as one at a time does', async () => {
    const files = [threePages, onePage, path.join(dir, 'plan-h7a-haiyang-wenzhou.pdf'), path.join(dir, 'agreement-h6b-gangkou-haigang.pdf')];
    const alone: string[] = [];
    for (const f of files) alone.push(JSON.stringify((await extractPdf(f, path.basename(f))).blocks));
    const together = await Promise.all([...files, ...files].map((f) => extractPdf(f, path.basename(f))));
    expect(together.map((d) => JSON.stringify(d.blocks))).toEqual([...alone, ...alone]);
  });
});
