import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { importPatchedPdfjsWorker, patchPdfjsWorker } from '../../../main/docs/pdfjsPatch';

/**
 * The edit to pdfjs' text-content loop (main/docs/pdfjsPatch.ts) must apply to the pdfjs installed: after an upgrade
 * that moves the code, this fails instead of extraction silently losing the speed. That it reads the same documents is
 * pinned by extract-digests.test.ts (every corpus PDF, both 200-page bench PDFs).
 */
describe('the edit to pdfjs for PDFs drawn one glyph per run', () => {
  const source = fs.readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

  it('applies to the installed pdfjs, once each', () => {
    const patched = patchPdfjsWorker(source);
    expect(patched).not.toBeNull();
    expect(patched!.match(/knownFonts\.get\(fontNameArg\)/g)).toHaveLength(1);
    expect(patched!.length).toBeGreaterThan(source.length);
  });

  it('is not made to a source it does not match, nor twice', () => {
    expect(patchPdfjsWorker(source.replace('next(handleSetFont(fontNameArg, null));', 'next(handleSetFont(fontNameArg));'))).toBeNull();
    expect(patchPdfjsWorker(patchPdfjsWorker(source)!)).toBeNull();
  });

  it('loads as pdfjs’ parser module', async () => {
    const mod = (await importPatchedPdfjsWorker()) as { WorkerMessageHandler?: { initializeFromPort?: unknown } } | null;
    expect(typeof mod?.WorkerMessageHandler?.initializeFromPort).toBe('function');
  });
});
