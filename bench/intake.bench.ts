import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Bench } from './run';
import { hasTool, medianMs } from './util';
import { extractFile } from '../main/docs/extract';
import { runTask } from '../main/services/worker';
import { bigSections, planDocx, planPdf } from '../test/fixtures/documents/make';
import { tempDir } from '../test/helpers/tmp';

/**
 * Extraction speed against the usual command-line tools, measured in the same run:
 * a 200-page text PDF against `pdftotext` (goal: within 2×), and a 100-page DOCX against LibreOffice's DOCX→text.
 */
const bench: Bench = async (report) => {
  const tmp = tempDir('rd-bench-intake-');
  try {
    // 200 chapters, each starting on a new page and filling most of it.
    const pdfFile = path.join(tmp.dir, 'plan-200p.pdf');
    const sections = bigSections(200, 8);
    fs.writeFileSync(pdfFile, await planPdf(sections, { breakBefore: sections.filter((s) => s.level === 1).map((s) => s.heading) }));
    const pages = (await extractFile(pdfFile)).pageCount ?? 0;

    const ours = await medianMs(() => extractFile(pdfFile), 3);
    report({ name: 'intake.pdf200.extract', value: ours, unit: 'ms', pages, note: 'extractFile in-process: pdfjs text layer, lines → paragraphs, headings, locations' });
    const viaWorker = await medianMs(() => runTask('documents.extract', { file: pdfFile }), 3);
    report({ name: 'intake.pdf200.extractInWorker', value: viaWorker, unit: 'ms', pages, note: 'the same through the worker runner, as an import does (includes starting the worker)' });
    if (hasTool('pdftotext')) {
      const ref = await medianMs(() => execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, path.join(tmp.dir, 'out.txt')]), 3);
      report({ name: 'intake.pdf200.pdftotext', value: ref, unit: 'ms', pages });
      report({ name: 'intake.pdf200.ratioVsPdftotext', value: ours / ref, unit: 'x', goal: 2, note: 'extractFile ÷ pdftotext, same file, same run' });
    }

    // About 100 pages: 100 chapters with a page break before each.
    const docxFile = path.join(tmp.dir, 'plan-100p.docx');
    fs.writeFileSync(docxFile, await planDocx(bigSections(100, 8), '长篇实施方案', { breakBeforeLevel1: true }));
    const oursDocx = await medianMs(() => extractFile(docxFile), 3);
    report({ name: 'intake.docx100.extract', value: oursDocx, unit: 'ms', note: 'extractFile in-process: zip check, mammoth → HTML → blocks' });
    if (hasTool('soffice')) {
      const profile = `file://${path.join(tmp.dir, 'lo-profile')}`;
      const lo = () =>
        execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', path.join(tmp.dir, 'lo'), docxFile], { stdio: 'ignore' });
      const ref = await medianMs(lo, 3);
      report({ name: 'intake.docx100.libreofficeToText', value: ref, unit: 'ms', note: 'soffice --headless --convert-to txt (process start included, warm profile)' });
      report({ name: 'intake.docx100.ratioVsLibreOffice', value: oursDocx / ref, unit: 'x', note: 'extractFile ÷ LibreOffice DOCX→text, same file, same run' });
    }
  } finally {
    tmp.cleanup();
  }
};

export default bench;
