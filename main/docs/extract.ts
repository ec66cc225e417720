import fs from 'node:fs';
import path from 'node:path';
import { buildDocument } from '../../shared/document/build';
import { MAX_DOCUMENT_BYTES } from '../../shared/document/limits';
import type { ExtractedDocument } from '../../shared/domain/document';
import { decodeTextDetected, detectFormat } from './detect';
import { markdownItems, txtItems } from './text';
import type { PdfPageText, PdfPart } from './pdf';

export interface ExtractOptions {
  /** The user's own file name (an upload sits under a temp name). Defaults to the path's base name. */
  fileName?: string;
  maxBytes?: number;
  /** Called after each PDF page is read (progress of a long import). */
  onPage?: (done: number, total: number) => void;
}

/**
 * Reads a DOCX, PDF, TXT or Markdown file into the one document model. Refuses bad input with a fault whose Chinese
 * message says what to do (DOC_* codes). In-process; services call it through the worker runner (main/services/worker.ts).
 */
export async function extractFile(file: string, opts: ExtractOptions = {}): Promise<ExtractedDocument> {
  const fileName = opts.fileName ?? path.basename(file);
  const { format } = detectFormat(file, fileName, opts.maxBytes ?? MAX_DOCUMENT_BYTES);
  switch (format) {
    case 'txt':
    case 'md': {
      const d = decodeTextDetected(fs.readFileSync(file));
      const items = format === 'txt' ? txtItems(d.text) : markdownItems(d.text);
      return buildDocument(items, { format, fileName, warnings: d.warning ? [d.warning] : [] });
    }
    case 'docx': {
      const { extractDocx } = await import('./docx');
      return extractDocx(file, fileName);
    }
    case 'pdf': {
      const { extractPdf } = await import('./pdf');
      return extractPdf(file, fileName, opts.onPage);
    }
  }
}

/**
 * One part of a PDF's pages, for a large PDF read by several worker threads at once (main/services/pdfSplit.ts): the
 * same checks and refusals as extractFile, then only this part's pages. The caller assembles the document.
 */
export async function readPdfFilePart(file: string, part: PdfPart, opts: ExtractOptions = {}): Promise<{ pageCount: number; pages: PdfPageText[] }> {
  const fileName = opts.fileName ?? path.basename(file);
  const { format } = detectFormat(file, fileName, opts.maxBytes ?? MAX_DOCUMENT_BYTES);
  // Only files named .pdf are split, and detectFormat refuses those that are not PDFs.
  if (format !== 'pdf') throw new Error(`not a PDF: ${fileName}`);
  const { readPdfPart } = await import('./pdf');
  return readPdfPart(file, fileName, part, opts.onPage);
}
