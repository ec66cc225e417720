import type { PrintDoc } from '../../shared/memo/model';
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
