import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTask } from '../../../main/services/worker';
import { setPdfSplit } from '../../../main/services/pdfSplit';
import { bigSections, planDocx, planPdf } from '../../fixtures/documents/make';
import { tempDir } from '../../helpers/tmp';
import { run } from '../../helpers/run';
import type { ExtractedDocument } from '../../../shared/domain/document';

/**
 * Every corpus PDF and both 200-page bench PDFs (bench/intake.bench.ts) pinned to a digest of the document extracted
 * before the extraction speed work of 2026-12-02: blocks, headings, locations, warnings, all of it. Extraction runs in
 * the worker, as an import does (and so this test file's event loop stays free). To accept an intended change, run
 * with UPDATE_GOLDEN=1 and compare the documents themselves (extract-golden.test.ts shows full diffs for five of them).
 */
const DIGESTS = path.join(import.meta.dirname, '..', '..', 'fixtures', 'documents', 'golden', 'digests.json');
const REVIEW = path.join(import.meta.dirname, '..', '..', 'fixtures', 'review');

type Pin = { sha256: string; blocks: number; pageCount: number | undefined };
const pinned: Record<string, Pin> = fs.existsSync(DIGESTS) ? JSON.parse(fs.readFileSync(DIGESTS, 'utf8')) : {};
const update = process.env.UPDATE_GOLDEN === '1';

async function expectPinned(name: string, file: string) {
  const doc = (await runTask('documents.extract', { file, fileName: path.basename(file) })) as ExtractedDocument;
  const pin: Pin = { sha256: createHash('sha256').update(JSON.stringify(doc)).digest('hex'), blocks: doc.blocks.length, pageCount: doc.pageCount };
  if (update) {
    pinned[name] = pin;
    fs.writeFileSync(DIGESTS, JSON.stringify(Object.fromEntries(Object.entries(pinned).sort(([a], [b]) => a.localeCompare(b))), null, 1) + '\n');
  }
  expect(pin, name).toEqual(pinned[name]);
}

const corpus = fs.readdirSync(REVIEW).filter((f) => f.endsWith('.pdf')).sort();

/** The pdfmake bench PDF, made as bench/intake.bench.ts makes it. */
async function expectPdf200Pinned() {
  const tmp = tempDir();
  try {
    const file = path.join(tmp.dir, 'plan-200p-pdfmake.pdf');
    const sections = bigSections(200, 8);
    fs.writeFileSync(file, await planPdf(sections, { breakBefore: sections.filter((s) => s.level === 1).map((s) => s.heading) }));
    await expectPinned('bench/pdf200', file);
  } finally {
    tmp.cleanup();
  }
}

const hasSoffice = (() => {
  try {
    return fs.readdirSync('/usr/bin').includes('soffice');
  } catch {
    return false;
  }
})();

describe('PDF extraction reads every corpus and bench PDF as before (digests)', () => {
  it('finds the corpus PDFs', () => expect(corpus.length).toBeGreaterThanOrEqual(10));

  for (const f of corpus) it(f, async () => expectPinned(`review/${f}`, path.join(REVIEW, f)));

  it('the 200-page pdfmake bench PDF (one text run per glyph)', expectPdf200Pinned);

  it.skipIf(!hasSoffice)('the 200-page LibreOffice bench PDF', async () => {
    const tmp = tempDir();
    try {
      const docx = path.join(tmp.dir, 'plan-200p-lo.docx');
      fs.writeFileSync(docx, await planDocx(bigSections(200, 7), '长篇实施方案', { breakBeforeLevel1: true }));
      const r = await run('soffice', [`-env:UserInstallation=file://${tmp.dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', tmp.dir, docx], { timeout: 300_000 });
      expect(r.code, r.stderr).toBe(0);
      await expectPinned('bench/pdf200lo', docx.replace(/\.docx$/, '.pdf'));
    } finally {
      tmp.cleanup();
    }
  }, 400_000); // LibreOffice starting cold on a loaded machine: room, never a timing check
});

/**
 * The same pins with every PDF of two pages or more read in two halves by two workers at once, as a large PDF is on a
 * machine with a free core (main/services/pdfSplit.ts): the document must not depend on how it was read.
 */
describe('PDF extraction in two halves at once reads the same documents (digests)', () => {
  beforeAll(() => setPdfSplit({ needFreeCore: false, minBytes: 0, minPages: 2 }));
  afterAll(() => setPdfSplit(null));

  for (const f of corpus) it(f, async () => expectPinned(`review/${f}`, path.join(REVIEW, f)));

  it('the 200-page pdfmake bench PDF (one text run per glyph)', expectPdf200Pinned);
});
