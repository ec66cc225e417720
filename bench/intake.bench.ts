import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Bench } from './run';
import { hasTool } from './util';
import { extractFile } from '../main/docs/extract';
import { runTask } from '../main/services/worker';
import { pdfThreads, setPdfSplit } from '../main/services/pdfSplit';
import { pdfjsPatched } from '../main/docs/pdfjsPatch';
import { bigSections, planDocx, planPdf } from '../test/fixtures/documents/make';
import { tempDir } from '../test/helpers/tmp';
import { WORKER_BIN } from '../test/helpers/built';
import { ensureNodeBuild } from '../scripts/build-node.mjs';
import { createRequire } from 'node:module';
import type { ExtractedDocument } from '../shared/domain/document';

/**
 * PDFium compiled to WebAssembly, for comparison only (not a dependency of the app): `@hyzyla/pdfium` (MIT; PDFium
 * itself BSD-3/Apache-2.0), loaded from the folder named by PDFIUM_FROM where it was installed with
 * `npm install --ignore-scripts @hyzyla/pdfium@2.1.13`. Without it the comparison is reported as skipped.
 */
async function loadPdfium(): Promise<{ text(file: string): Promise<string[]> } | null> {
  const from = process.env.PDFIUM_FROM;
  if (!from) return null;
  const { PDFiumLibrary } = createRequire(path.join(path.resolve(from), 'package.json'))('@hyzyla/pdfium') as {
    PDFiumLibrary: { init(): Promise<{ loadDocument(b: Uint8Array): Promise<{ pages(): Iterable<{ getText(): string }>; destroy(): void }> }> };
  };
  const lib = await PDFiumLibrary.init();
  return {
    async text(file) {
      const doc = await lib.loadDocument(new Uint8Array(fs.readFileSync(file)));
      const pages = [...doc.pages()].map((p) => p.getText());
      doc.destroy();
      return pages;
    },
  };
}

/** Characters without whitespace, for comparing what two extractors read (layout differs, the text must not). */
const bare = (s: string) => s.replace(/\s+/g, '');
/** Share of characters both texts have (bag of characters, so order differences do not count): 1 is the same text. */
function charAgreement(a: string, b: string) {
  const count = new Map<string, number>();
  for (const c of a) count.set(c, (count.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of b) {
    const n = count.get(c) ?? 0;
    if (n > 0) {
      common++;
      count.set(c, n - 1);
    }
  }
  return (2 * common) / Math.max(1, a.length + b.length);
}
const docText = (d: ExtractedDocument) => d.blocks.map((b) => (b.kind === 'table' ? b.rows.flat().join('') : b.text)).join('');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

/**
 * Ours and the reference, alternated run by run after one warm-up each, so that both see the same load on a shared
 * machine; medians of each. CPU of ours is the whole process's (a worker thread's job included, GC threads too).
 */
async function paired(ours: () => unknown, ref: () => unknown, runs = 5) {
  await ours();
  await ref();
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const u = process.cpuUsage();
    await ours();
    a.push(performance.now() - t);
    c.push(cpuMs(process.cpuUsage(u)));
    t = performance.now();
    await ref();
    b.push(performance.now() - t);
  }
  return { ours: median(a), ref: median(b), oursCpu: median(c) };
}

/** CPU time (user + system) of one pdftotext run, read from bash's `time` (a child's CPU is not in process.cpuUsage). */
function pdftotextCpu(file: string, out: string, runs = 3) {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = execFileSync('bash', ['-c', 'TIMEFORMAT="%U %S"; { time pdftotext -enc UTF-8 "$1" "$2" ; } 2>&1', 'bash', file, out], { encoding: 'utf8' });
    const [user, sys] = r.trim().split(/\s+/).slice(-2).map(Number);
    xs.push((user + sys) * 1000);
  }
  return median(xs);
}

/**
 * Extraction speed against the usual command-line tools, measured in the same run:
 * a 200-page text PDF against `pdftotext` (goal: within 2×), and a 100-page DOCX against LibreOffice's DOCX→text.
 * Two 200-page PDFs: one from pdfmake (which writes every glyph as its own text run: the worst case for pdfjs) and
 * one exported by LibreOffice from a DOCX (runs of whole words and lines, as Word/WPS exports are).
 */
const bench: Bench = async (report) => {
  // Workers run the built bundle, as the app's do (and vitest's, test/globalSetup.ts), not TypeScript through tsx:
  // tsx also transforms pdfjs' 2.3 MB parser as it loads (~2.5 s of CPU per thread at every start).
  await ensureNodeBuild();
  process.env.REVIEW_DESK_WORKER_ENTRY ??= WORKER_BIN;
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

    const pdfium = await loadPdfium().catch((e: Error) => {
      report({ name: 'intake.pdfiumWasm', value: 0, unit: 'skipped', note: `PDFIUM_FROM set but @hyzyla/pdfium did not load: ${e.message}` });
      return null;
    });
    if (!pdfium) report({ name: 'intake.pdfiumWasm', value: 0, unit: 'skipped', note: 'set PDFIUM_FROM to a folder with @hyzyla/pdfium@2.1.13 installed to compare PDFium-wasm' });
    // The review corpus's DOCX (a real agreement) exported to PDF by LibreOffice, for the agreement of the text read (not timed).
    if (pdfium && lo) {
      const src = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'review', 'agreement-wenzhou.docx');
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp.dir, src], { stdio: 'ignore' });
      for (const f of [path.join(tmp.dir, 'agreement-wenzhou.pdf')]) {
        const agree = charAgreement(bare(docText(await extractFile(f))), bare((await pdfium.text(f)).join('')));
        report({ name: `intake.corpus.${path.basename(f, '.pdf')}.pdfiumWasmAgreesWithPdfjs`, value: agree, unit: 'share' });
      }
    }
    // 1: pdfjs' parser runs with the edit of main/docs/pdfjsPatch.ts (0: as published, the edit did not apply).
    await extractFile(pdfs[0][1]);
    report({ name: 'intake.pdfjsEdited', value: pdfjsPatched ? 1 : 0, unit: 'flag', note: 'font re-set without leaving the text-content loop (main/docs/pdfjsPatch.ts)' });
    for (const [name, file] of pdfs) {
      const pages = (await extractFile(file)).pageCount ?? 0;
      const source = name === 'pdf200' ? 'pdfmake, one text run per glyph' : 'LibreOffice export of a DOCX';
      if (hasTool('pdftotext')) {
        const r = await paired(() => extractFile(file), () => execFileSync('pdftotext', ['-enc', 'UTF-8', file, path.join(tmp.dir, 'out.txt')]));
        report({ name: `intake.${name}.extract`, value: r.ours, unit: 'ms', pages, source, note: 'extractFile in-process: pdfjs text layer, lines → paragraphs, headings, locations' });
        report({ name: `intake.${name}.pdftotext`, value: r.ref, unit: 'ms', pages, source });
        report({ name: `intake.${name}.ratioVsPdftotext`, value: r.ours / r.ref, unit: 'x', goal: 2, pages, source, note: 'extractFile ÷ pdftotext, alternated in the same run' });
        const refCpu = pdftotextCpu(file, path.join(tmp.dir, 'out.txt'));
        report({ name: `intake.${name}.extractCpu`, value: r.oursCpu, unit: 'ms', pages, source, note: 'CPU of the in-process extraction (process.cpuUsage, median)', load: os.loadavg()[0] });
        report({ name: `intake.${name}.pdftotextCpu`, value: refCpu, unit: 'ms', pages, source, note: 'user + system CPU of pdftotext (bash time, median of 3)' });
        report({ name: `intake.${name}.cpuRatioVsPdftotext`, value: r.oursCpu / refCpu, unit: 'x', pages, source });
      }
      if (pdfium && hasTool('pdftotext')) {
        // Raw page text only (no positions, lines or headings, which the app needs), alternated with pdftotext.
        const r = await paired(() => pdfium.text(file), () => execFileSync('pdftotext', ['-enc', 'UTF-8', file, path.join(tmp.dir, 'out.txt')]));
        report({ name: `intake.${name}.pdfiumWasmText`, value: r.ours, unit: 'ms', pages, source, note: '@hyzyla/pdfium 2.1.13 (PDFium WebAssembly): FPDFText page text, no positions' });
        report({ name: `intake.${name}.pdfiumWasmRatioVsPdftotext`, value: r.ours / r.ref, unit: 'x', pages, source, note: 'PDFium-wasm page text ÷ pdftotext, alternated in the same run' });
        const ours = bare(docText(await extractFile(file)));
        const theirs = bare((await pdfium.text(file)).join(''));
        report({ name: `intake.${name}.pdfiumWasmAgreesWithPdfjs`, value: charAgreement(ours, theirs), unit: 'share', pages, source, note: 'characters (whitespace aside) read by both PDFium-wasm and the app (pdfjs, headers/footers dropped by the app); 1 = identical' });
      }
      if (hasTool('pdftotext')) {
        // What an import runs: the warm worker thread (its own heap settings, main/services/worker.ts), alternated with
        // pdftotext; a large PDF is read in two halves by two workers when the load average leaves a core free.
        const threads = pdfThreads({ file });
        const w = await paired(() => runTask('documents.extract', { file }), () => execFileSync('pdftotext', ['-enc', 'UTF-8', file, path.join(tmp.dir, 'out.txt')]));
        report({ name: `intake.${name}.extractInWorker`, value: w.ours, unit: 'ms', pages, source, threads, note: `through the warm worker(s), as an import does: ${threads} thread(s) at load ${os.loadavg()[0].toFixed(1)} (main/services/pdfSplit.ts)` });
        report({ name: `intake.${name}.workerRatioVsPdftotext`, value: w.ours / w.ref, unit: 'x', goal: 2, pages, source, note: 'worker extraction ÷ pdftotext, alternated in the same run' });
        const refCpu = pdftotextCpu(file, path.join(tmp.dir, 'out.txt'));
        report({ name: `intake.${name}.extractInWorkerCpu`, value: w.oursCpu, unit: 'ms', pages, source, note: 'CPU of the process while the worker extracts (process.cpuUsage, median)', load: os.loadavg()[0] });
        report({ name: `intake.${name}.workerCpuRatioVsPdftotext`, value: w.oursCpu / refCpu, unit: 'x', pages, source, note: `pdftotext ${Math.round(refCpu)} ms CPU` });
        // The same, one worker against two halves read at once whatever the load (what a quiet two-core machine does),
        // each alternated with pdftotext.
        for (const [label, policy] of [['InOneWorker', { threads: 1 }], ['InTwoWorkers', { needFreeCore: false }]] as const) {
          setPdfSplit(policy);
          try {
            const r = await paired(() => runTask('documents.extract', { file }), () => execFileSync('pdftotext', ['-enc', 'UTF-8', file, path.join(tmp.dir, 'out.txt')]));
            report({ name: `intake.${name}.extract${label}`, value: r.ours, unit: 'ms', pages, source, load: os.loadavg()[0] });
            report({ name: `intake.${name}.extract${label}RatioVsPdftotext`, value: r.ours / r.ref, unit: 'x', goal: 2, pages, source, note: `pdftotext ${Math.round(r.ref)} ms wall, alternated` });
            report({ name: `intake.${name}.extract${label}Cpu`, value: r.oursCpu, unit: 'ms', pages, source, note: 'process CPU, workers included (median)' });
          } finally {
            setPdfSplit(null);
          }
        }
        report({ name: `intake.${name}.rssWithWarmWorkers`, value: Math.round(process.memoryUsage.rss() / 1048576), unit: 'MB', note: 'resident memory of the bench process after the runs (two warm workers kept)' });
      } else {
        const w = await paired(() => runTask('documents.extract', { file }), () => undefined, 3);
        report({ name: `intake.${name}.extractInWorker`, value: w.ours, unit: 'ms', pages, source, note: 'through the warm worker, as an import does' });
      }
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
