import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTask, stopWorkers } from '../../../main/services/worker';
import { AppFault } from '../../../shared/api/errors';
import { planDocx, planPdf } from '../../fixtures/documents/make';
import { tempDir } from '../../helpers/tmp';
import { mutate } from '../../helpers/mutate';

const tmp = tempDir();
afterAll(() => {
  stopWorkers();
  tmp.cleanup();
});

/**
 * Mutants per format. PDF gets few by default: pdfjs loops forever on some damaged files (seed 6 here), and each such
 * file costs the stall limit plus a fresh worker loading pdfjs again (~20 s under tsx on a busy machine).
 * RD_FUZZ_PDF=100 runs the full PDF set.
 */
const COUNTS: Record<string, number> = { docx: 100, txt: 100, pdf: Number(process.env.RD_FUZZ_PDF ?? 5) };
/** A page takes well under a second even under load; silence this long after pdfjs has loaded is a hang. */
const STALL_MS = 10_000;
/** The stated ceiling: resident memory of the test process may not grow past this while the mutants are read. */
const MEMORY_CEILING_MB = 600;

describe('extraction fuzz: mutated DOCX, PDF and TXT', () => {
  it(`reads ${COUNTS.docx + COUNTS.txt + COUNTS.pdf} mutants without a crash, a hang or an unexplained error, within ${MEMORY_CEILING_MB} MB`, async () => {
    const seeds: Record<string, Buffer> = {
      docx: await planDocx(),
      pdf: await planPdf(),
      txt: Buffer.from('一、总体要求\n\n为规范公共数据授权运营，制定本方案。\n\n（一）适用范围\n\n本市行政区域内的授权运营活动。\n'.repeat(20)),
    };
    const base = process.memoryUsage.rss();
    let peak = base;
    const outcomes: Record<string, number> = {};
    for (const [ext, src] of Object.entries(seeds)) {
      for (let seed = 1; seed <= COUNTS[ext]; seed++) {
        const file = path.join(tmp.dir, `m-${seed}.${ext}`);
        fs.writeFileSync(file, mutate(src, seed * 7919));
        let outcome: string;
        try {
          // As the app reads them: in the worker, under its memory limits, stopped if it goes silent.
          const doc = await runTask('documents.extract', { file }, { stallMs: STALL_MS, firstBeatMs: 120_000 });
          expect(Array.isArray(doc.blocks), `${ext} seed ${seed}`).toBe(true);
          outcome = 'ok';
        } catch (e) {
          // Every refusal is ours, with a code and a Chinese message that says the document was not taken in.
          expect(e instanceof AppFault, `${ext} seed ${seed}: ${(e as Error)?.stack}`).toBe(true);
          expect((e as AppFault).code, `${ext} seed ${seed}`).toMatch(/^DOC_/);
          expect((e as AppFault).message).toMatch(/[\u4e00-\u9fff]/);
          outcome = (e as AppFault).code;
        }
        outcomes[`${ext}:${outcome}`] = (outcomes[`${ext}:${outcome}`] ?? 0) + 1;
        fs.rmSync(file);
        peak = Math.max(peak, process.memoryUsage.rss());
      }
    }
    expect((peak - base) / 1024 / 1024).toBeLessThan(MEMORY_CEILING_MB);
    console.log('fuzz outcomes', JSON.stringify(outcomes));
    // Both kinds of outcome occur: the mutations are neither all harmless nor all fatal.
    expect(Object.keys(outcomes).some((k) => k.endsWith(':ok'))).toBe(true);
    expect(Object.keys(outcomes).some((k) => !k.endsWith(':ok'))).toBe(true);
  }, 1_200_000);
});
