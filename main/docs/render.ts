import type { PrintDoc } from '../../shared/memo/model';
import { runTask } from '../services/worker';
import { loadFonts } from './fonts';

export interface RenderJob {
  format: 'pdf' | 'docx';
  doc: PrintDoc;
  templatesDir: string;
}

/** Renders one print document in this thread; fonts are loaded once per thread (loadFonts caches them). */
export async function renderDocument(job: RenderJob): Promise<Uint8Array> {
  const fonts = loadFonts(job.templatesDir);
  // pdfmake and docx load on first use: a process that never renders never pays for them.
  if (job.format === 'pdf') return (await import('./renderPdf')).renderPdf(job.doc, fonts);
  return (await import('./renderDocx')).renderDocx(job.doc, { fallbackNote: fonts.fallbackNote });
}

/**
 * PDF/DOCX rendering in the app's worker thread (main/services/worker.ts, task 'memos.render'), so laying out a long
 * memo never freezes the window (DESIGN §2). A fault raised while rendering (a missing glyph, say) keeps its code.
 */
export function renderOffThread(format: 'pdf' | 'docx', doc: PrintDoc, templatesDir: string): Promise<Uint8Array> {
  return runTask('memos.render', { format, doc, templatesDir });
}
