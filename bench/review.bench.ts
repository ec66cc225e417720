import type { Bench } from './run';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { hasTool, medianMs } from './util';
import { tempDir } from '../test/helpers/tmp';
import { reviewDocument } from '../shared/review/engine';
import { bundledRuleset, corpus, readCorpusDoc } from '../test/helpers/reviewCorpus';

/**
 * Accuracy of the compliance engine on the labelled corpus (test/fixtures/review): precision and recall of `missing`
 * items and of red lines, against the labels. Goal (issue 4): no missed red line, at most one wrong `missing` per
 * document. Also the time to review one document.
 */
const bench: Bench = async (report) => {
  const docs = corpus();
  const tally = { missing: { tp: 0, fp: 0, fn: 0 }, flags: { tp: 0, fp: 0, fn: 0 } };
  // Documents written and labelled after the engine was tuned: the figures that say how it does on new text.
  const held = { missing: { tp: 0, fp: 0, fn: 0 }, flags: { tp: 0, fp: 0, fn: 0 } };
  let worstWrongMissing = 0;
  const prepared = await Promise.all(docs.map(async (d) => ({ d, doc: await readCorpusDoc(d.file), ruleset: bundledRuleset(d.ruleset) })));
  for (const { d, doc, ruleset } of prepared) {
    const r = reviewDocument(doc, ruleset, d.kind);
    const missing = new Set(r.items.filter((i) => i.status === 'missing').map((i) => i.id));
    const flags = new Set(r.flags.map((f) => f.id));
    const count = (got: Set<string>, want: string[], t: { tp: number; fp: number; fn: number }) => {
      const w = new Set(want);
      let wrong = 0;
      for (const x of got) if (w.has(x)) t.tp++; else { t.fp++; wrong++; }
      for (const x of w) if (!got.has(x)) { t.fn++; wrong++; }
      return wrong;
    };
    worstWrongMissing = Math.max(worstWrongMissing, count(missing, d.missing, tally.missing));
    count(flags, d.flags, tally.flags);
    if (d.heldOut) {
      count(missing, d.missing, held.missing);
      count(flags, d.flags, held.flags);
    }
  }
  const p = (t: { tp: number; fp: number }) => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
  const rc = (t: { tp: number; fn: number }) => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);
  const note = `${docs.length} labelled documents`;
  report({ name: 'review.missing.precision', value: p(tally.missing), unit: 'ratio', ...tally.missing, note });
  report({ name: 'review.missing.recall', value: rc(tally.missing), unit: 'ratio', ...tally.missing, note });
  report({ name: 'review.missing.worstWrongPerDocument', value: worstWrongMissing, unit: 'items', goal: '<= 1' });
  report({ name: 'review.redline.precision', value: p(tally.flags), unit: 'ratio', ...tally.flags, note });
  report({ name: 'review.redline.recall', value: rc(tally.flags), unit: 'ratio', ...tally.flags, note, goal: '1 (no missed red line)' });
  const heldNote = `${docs.filter((d) => d.heldOut).length} held-out documents`;
  report({ name: 'review.heldOut.missing.precision', value: p(held.missing), unit: 'ratio', ...held.missing, note: heldNote });
  report({ name: 'review.heldOut.missing.recall', value: rc(held.missing), unit: 'ratio', ...held.missing, note: heldNote });
  report({ name: 'review.heldOut.redline.precision', value: p(held.flags), unit: 'ratio', ...held.flags, note: heldNote });
  report({ name: 'review.heldOut.redline.recall', value: rc(held.flags), unit: 'ratio', ...held.flags, note: heldNote });
  // The same labels through the PDF path: each TXT document printed to PDF by LibreOffice, then read by intake.
  if (hasTool('soffice')) {
    const tmp = tempDir('rd-review-pdf-');
    try {
      let agree = 0;
      let total = 0;
      for (const { d } of prepared.filter((x) => x.d.file.endsWith('.txt'))) {
        execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp.dir, d.file], { stdio: 'ignore', timeout: 120_000 });
        const pdf = path.join(tmp.dir, path.basename(d.file).replace(/\.txt$/, '.pdf'));
        const r = reviewDocument(await readCorpusDoc(pdf), bundledRuleset(d.ruleset), d.kind);
        const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
        total++;
        if (same(r.items.filter((i) => i.status === 'missing').map((i) => i.id), d.missing) && same(r.flags.map((f) => f.id), d.flags)) agree++;
      }
      report({ name: 'review.pdf.documentsMatchingLabels', value: agree, unit: 'documents', of: total, note: 'TXT corpus printed to PDF with LibreOffice, extracted by intake, reviewed: missing items and red lines exactly as labelled' });
    } finally {
      tmp.cleanup();
    }
  }
  const { d, doc, ruleset } = prepared.find((x) => x.d.name === 'plan-hebei-complete')!;
  report({ name: 'review.engine.onePlan', value: await medianMs(() => reviewDocument(doc, ruleset, d.kind), 20), unit: 'ms', note: 'review one 13-item Hebei plan (parsed) against the resolved ruleset; median of 20' });
};
export default bench;
