import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../main/docs/extract';
import { bigSections, planPdf, planSections } from '../../fixtures/documents/make';
import { tempDir } from '../../helpers/tmp';

/**
 * Extraction output pinned, block by block: what the corpus PDFs (LibreOffice and WPS exports) and pdfmake PDFs (one
 * text run per glyph) read as must not change when extraction is made faster. The golden files were written by the
 * extraction before the speed work; to accept an intended change, run with UPDATE_GOLDEN=1 and review the diff.
 */
const GOLDEN = path.join(import.meta.dirname, '..', '..', 'fixtures', 'documents', 'golden');
const REVIEW = path.join(import.meta.dirname, '..', '..', 'fixtures', 'review');

async function expectGolden(name: string, file: string) {
  const doc = await extractFile(file, { fileName: path.basename(file) });
  const golden = path.join(GOLDEN, `${name}.json`);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(golden, JSON.stringify(doc, null, 1) + '\n');
  expect(JSON.parse(JSON.stringify(doc))).toEqual(JSON.parse(fs.readFileSync(golden, 'utf8')));
}

describe('PDF extraction reads the same text as before', () => {
  for (const f of ['agreement-h3-libreoffice.pdf', 'agreement-ho-wps.pdf', 'plan-ho-libreoffice.pdf']) {
    it(f, async () => expectGolden(f.replace(/\.pdf$/, ''), path.join(REVIEW, f)));
  }

  it('pdfmake PDFs, one text run per glyph (a table, page numbers, forced page breaks)', async () => {
    const tmp = tempDir();
    try {
      const plan = path.join(tmp.dir, 'plan-pdfmake.pdf');
      fs.writeFileSync(plan, await planPdf(planSections(2)));
      await expectGolden('plan-pdfmake', plan);
      const big = path.join(tmp.dir, 'plan-12p-pdfmake.pdf');
      const sections = bigSections(12, 5);
      fs.writeFileSync(big, await planPdf(sections, { breakBefore: sections.filter((s) => s.level === 1).map((s) => s.heading) }));
      await expectGolden('plan-12p-pdfmake', big);
    } finally {
      tmp.cleanup();
    }
  });
});
