import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Bench } from './run';
import { hasTool } from './util';
import { extractFile } from '../main/docs/extract';
import { runTask } from '../main/services/worker';
import { bigSections, planDocx, planPdf } from '../test/fixtures/documents/make';
import { tempDir } from '../test/helpers/tmp';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Ours and the reference, alternated run by run after one warm-up each, so that both see the same load on a shared
 * machine; medians of each.
 */
async function paired(ours: () => unknown, ref: () => unknown, runs = 5) {
  await ours();
  await ref();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await ours();
    a.push(performance.now() - t);
    t = performance.now();
    await ref();
    b.push(performance.now() - t);
  }
  return { ours: median(a), ref: median(b) };
}

/**
 * Extraction speed against the usual command-line tools, measured in the same run:
 * a 200-page text PDF against `pdftotext` (goal: within 2×), and a 100-page DOCX against LibreOffice's DOCX→text.
 * Two 200-page PDFs: one from pdfmake (which writes every glyph as its own text run: the worst case for pdfjs) and
 * one exported by LibreOffice from a DOCX (runs of whole words and lines, as Word/WPS exports are).
 */
const bench: Bench = async (report) => {
  const tmp = tempDir('rd-bench-intake-');
  try {
    const pdfs: [string, string][] = [];
    const pdfmakeFile = path.join(tmp.dir, 'plan-200p-pdfmake.pdf');
    const sections = bigSections(200, 8);
    fs.writeFileSync(pdfmakeFile, await planPdf(sections, { breakBefore: sections.filter((s) => s.level === 1).map((s) => s.heading) }));
    pdfs.push(['pdf200', pdfmakeFile]);
    const lo = hasTool('soffice');
    const profile = `file://${path.join(tmp.dir, 'lo-profile')}`;
    if (lo) {
      const docx200 = path.join(tmp.dir, 'plan-200p-lo.docx');
      fs.writeFileSync(docx200, await planDocx(bigSections(200, 7), '长篇实施方案', { breakBeforeLevel1: true }));
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp.dir, docx200], { stdio: 'ignore' });
      pdfs.push(['pdf200lo', docx200.replace(/\.docx$/, '.pdf')]);
    }

    for (const [name, file] of pdfs) {
      const pages = (await extractFile(file)).pageCount ?? 0;
      const source = name === 'pdf200' ? 'pdfmake, one text run per glyph' : 'LibreOffice export of a DOCX';
      if (hasTool('pdftotext')) {
        const r = await paired(() => extractFile(file), () => execFileSync('pdftotext', ['-enc', 'UTF-8', file, path.join(tmp.dir, 'out.txt')]));
        report({ name: `intake.${name}.extract`, value: r.ours, unit: 'ms', pages, source, note: 'extractFile in-process: pdfjs text layer, lines → paragraphs, headings, locations' });
        report({ name: `intake.${name}.pdftotext`, value: r.ref, unit: 'ms', pages, source });
        report({ name: `intake.${name}.ratioVsPdftotext`, value: r.ours / r.ref, unit: 'x', goal: 2, pages, source, note: 'extractFile ÷ pdftotext, alternated in the same run' });
      }
      const w = await paired(() => runTask('documents.extract', { file }), () => undefined, 3);
      report({ name: `intake.${name}.extractInWorker`, value: w.ours, unit: 'ms', pages, source, note: 'through the warm worker, as an import does' });
    }

    // About 100 pages: 100 chapters with a page break before each.
    const docxFile = path.join(tmp.dir, 'plan-100p.docx');
    fs.writeFileSync(docxFile, await planDocx(bigSections(100, 8), '长篇实施方案', { breakBeforeLevel1: true }));
    if (lo) {
      const r = await paired(
        () => extractFile(docxFile),
        () => execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', path.join(tmp.dir, 'lo'), docxFile], { stdio: 'ignore' }),
        3,
      );
      report({ name: 'intake.docx100.extract', value: r.ours, unit: 'ms', note: 'extractFile in-process: zip check, mammoth → HTML → blocks' });
      report({ name: 'intake.docx100.libreofficeToText', value: r.ref, unit: 'ms', note: 'soffice --headless --convert-to txt (process start included, warm profile)' });
      report({ name: 'intake.docx100.ratioVsLibreOffice', value: r.ours / r.ref, unit: 'x', note: 'extractFile ÷ LibreOffice DOCX→text, alternated in the same run' });
    } else {
      const t = performance.now();
      await extractFile(docxFile);
      report({ name: 'intake.docx100.extract', value: performance.now() - t, unit: 'ms', note: 'LibreOffice not installed: no reference' });
    }
  } finally {
    tmp.cleanup();
  }
};

export default bench;
