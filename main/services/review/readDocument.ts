import fs from 'node:fs';
import path from 'node:path';
import { fault } from '../../../shared/api/errors';
import type { ExtractedDocument } from '../../../shared/domain/document';
import { parsePlainText } from '../../../shared/review/plainTextDocument';

/**
 * Reads a document for review. Until intake (issue 3, main/docs/extract.ts) is merged this reads TXT/Markdown with
 * its headings and numbering, DOCX through mammoth's text (manual numbering kept), and PDF through pdfjs's text
 * layer. After the merge, call extractFile() instead and drop this file.
 */
export async function readDocumentForReview(file: string, name: string): Promise<ExtractedDocument> {
  const ext = path.extname(name).toLowerCase();
  try {
    if (ext === '.txt' || ext === '.md' || ext === '.markdown') {
      const buf = fs.readFileSync(file);
      const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
      return parsePlainText(text, name, ext === '.txt' ? 'txt' : 'md');
    }
    if (ext === '.docx') {
      const mammoth = await import('mammoth');
      const { value } = await mammoth.extractRawText({ path: file });
      return { ...parsePlainText(value, name), format: 'docx' };
    }
    if (ext === '.pdf') {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const pdf = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
      const lines: string[] = [];
      for (let p = 1; p <= pdf.numPages; p++) {
        const content = await (await pdf.getPage(p)).getTextContent();
        let line = '';
        for (const it of content.items as { str?: string; hasEOL?: boolean }[]) {
          line += it.str ?? '';
          if (it.hasEOL) {
            lines.push(line);
            line = '';
          }
        }
        if (line) lines.push(line);
      }
      const doc = { ...parsePlainText(lines.join('\n'), name), format: 'pdf' as const, pageCount: pdf.numPages };
      await pdf.destroy();
      if (doc.blocks.length === 0) return { ...doc, needsOcr: true, warnings: ['该 PDF 没有文字层（可能是扫描件），无法自动审查其内容。'] };
      return doc;
    }
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw fault('FILE_UPLOAD_MISSING');
    throw fault('REVIEW_UNREADABLE', `无法读取“${name}”的文字内容，未审查。请确认文件未损坏、未加密，或另存为 DOCX/TXT 后重试。`);
  }
  throw fault('REVIEW_FORMAT', `不支持“${ext || '无扩展名'}”格式的文件。请提供 TXT、Markdown、DOCX 或 PDF 文件。`);
}
