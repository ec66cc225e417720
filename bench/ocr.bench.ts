import fs from 'node:fs';
import os from 'node:os';
import type { Bench } from './run';
import { hasTool } from './util';
import { extractFile } from '../main/docs/extract';
import { loadModels } from '../main/ocr/engine';
import { ocrPage, rebuildWithOcr } from '../main/ocr/tasks';
import { reviewDocument } from '../shared/review/engine';
import type { OcrPage } from '../shared/domain/ocr';
import { planPdf, planSections } from '../test/fixtures/documents/make';
import { charAccuracy, normaliseForAccuracy, pageTruth, scannedPdf, textFilePdf } from '../test/fixtures/documents/scan';
import { bundledRuleset, corpus } from '../test/helpers/reviewCorpus';
import { tempDir } from '../test/helpers/tmp';

const SCANS = { clean: {}, noisy: { rotate: 0.8, noise: 18, seal: true } } as const;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * OCR (issue 16): character accuracy against the known text of scanned pages made from a text PDF (200 dpi; clean,
 * and noisy = grain + dust, 0.8° skew, a red seal over the text; goals ≥ 98 % and ≥ 95 %), seconds per A4 page at
 * 200 dpi (render + recognition, models loaded), and a scanned plan OCRed then reviewed against its text version.
 * The machine's load is reported with the timings: on a shared machine they are upper bounds.
 */
const bench: Bench = async (report) => {
  if (!hasTool('pdftoppm')) throw new Error('pdftoppm (poppler-utils) is needed to make the scanned test pages');
  const load = () => Math.round(os.loadavg()[0] * 10) / 10;
  let t = performance.now();
  await loadModels();
  report({ name: 'ocr.model_load', value: (performance.now() - t) / 1000, unit: 's', loadavg: load() });

  const text = await planPdf(planSections(1), { breakBefore: ['二、授权运营范围'] });
  const truth = [1, 2].map((p) => pageTruth(text, p));
  const times: number[] = [];
  for (const [kind, opts] of Object.entries(SCANS)) {
    const scan = await scannedPdf(text, opts);
    let ok = 0;
    let total = 0;
    for (const p of [1, 2]) {
      t = performance.now();
      const r = await ocrPage({ data: new Uint8Array(scan), fileName: 'scan.pdf', page: p });
      times.push((performance.now() - t) / 1000);
      const got = normaliseForAccuracy(r.lines.map((l) => l.text).join('\n'));
      const acc = charAccuracy(truth[p - 1], got);
      ok += acc * truth[p - 1].length;
      total += truth[p - 1].length;
    }
    report({ name: `ocr.char_accuracy.${kind}`, value: (ok / total) * 100, unit: '%', goal: kind === 'clean' ? 98 : 95, chars: total, pages: 2 });
  }
  report({ name: 'ocr.seconds_per_page', value: median(times), unit: 's', page: 'A4 at 200 dpi', pages: times.length, cpus: os.availableParallelism(), loadavg: load() });

  // A scanned plan, OCRed and reviewed, against the same plan as a text PDF.
  const d = corpus().find((c) => c.name === 'plan-hebei-defects')!;
  const tmp = tempDir('rd-bench-ocr-');
  try {
    const pdf = await textFilePdf(fs.readFileSync(d.file, 'utf8'));
    fs.writeFileSync(`${tmp.dir}/plan.pdf`, pdf);
    const textDoc = await extractFile(`${tmp.dir}/plan.pdf`);
    const scan = await scannedPdf(pdf, SCANS.noisy);
    const pages: OcrPage[] = [];
    for (let p = 1; p <= (textDoc.pageCount ?? 1); p++) pages.push(await ocrPage({ data: new Uint8Array(scan), fileName: 'scan.pdf', page: p }));
    const scanDoc = await rebuildWithOcr({ data: new Uint8Array(scan), fileName: 'scan.pdf', pages, corrections: [] });
    const ruleset = bundledRuleset(d.ruleset);
    const a = reviewDocument(textDoc, ruleset, d.kind);
    const b = reviewDocument(scanDoc, ruleset, d.kind);
    const differing = a.items.filter((i) => b.items.find((x) => x.id === i.id)?.status !== i.status).map((i) => `${i.id}: ${i.status}→${b.items.find((x) => x.id === i.id)?.status}`);
    const fa = a.flags.map((f) => f.id).sort();
    const fb = b.flags.map((f) => f.id).sort();
    const flagDiff = [...fa.filter((x) => !fb.includes(x)).map((x) => `-${x}`), ...fb.filter((x) => !fa.includes(x)).map((x) => `+${x}`)];
    report({
      name: 'ocr.review_same_as_text', value: differing.length + flagDiff.length, unit: 'differences',
      document: d.name, pages: pages.length, items: a.items.length, redLines: fa.length, differing, flagDiff,
      ocrEvidence: b.items.flatMap((i) => i.evidence).filter((e) => e.ocr).length,
    });
  } finally {
    tmp.cleanup();
  }
};
export default bench;
