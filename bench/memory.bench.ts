import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Bench } from './run';
import { docxLyingBomb, pdfFlateBomb } from '../test/fixtures/documents/bombs';
import { planDocx, planPdf } from '../test/fixtures/documents/make';
import { tempDir } from '../test/helpers/tmp';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Peak memory (max RSS of a fresh process, worker included) of extracting hostile files: a 0.6 MB PDF whose Flate
 * stream inflates to 1 GB, a DOCX whose document.xml inflates to 1 GB behind zip headers declaring a few KB, and a
 * tiny PDF; ordinary plans for reference. Set BENCH_BASELINE_ROOT to another checkout (e.g. /work/main) to measure
 * its code on the same files in the same run ("before").
 */
const bench: Bench = async (report) => {
  const tmp = tempDir('rd-bench-mem-');
  try {
    const files: Record<string, Buffer> = {
      'pdf-flate-bomb-1GB.pdf': await pdfFlateBomb(1024),
      'docx-lying-header-1GB.docx': await docxLyingBomb(1024),
      'plan.pdf': await planPdf(),
      'plan.docx': await planDocx(),
    };
    const roots: [string, string][] = [['this', ROOT]];
    if (process.env.BENCH_BASELINE_ROOT) roots.push(['baseline', path.resolve(process.env.BENCH_BASELINE_ROOT)]);
    for (const [name, data] of Object.entries(files)) {
      const file = path.join(tmp.dir, name);
      fs.writeFileSync(file, data);
      for (const [label, root] of roots) {
        const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'extract-peak.mts'), root, file], { cwd: root, encoding: 'utf8', timeout: 600_000 });
        const r = JSON.parse(out.trim().split('\n').pop()!) as { code: string; maxRssMb: number; ms: number };
        report({ name: `extract peak memory: ${name}`, value: r.maxRssMb, unit: 'MB', code: r.code, ms: r.ms, fileBytes: data.length, checkout: label });
      }
    }
  } finally {
    tmp.cleanup();
  }
};
export default bench;
