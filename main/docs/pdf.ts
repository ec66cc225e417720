import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fault } from '../../shared/api/errors';
import { checkPdfInflation } from './bombs';
import { heartbeat } from '../services/heartbeat';
import { buildDocument } from '../../shared/document/build';
import type { ExtractedDocument } from '../../shared/domain/document';
import { joinLines } from './text';
import { joinedOverPages, withoutRunningLines, type PdfPageText } from './pdfPages';
import type { Line } from './pdfTables';
import { tablesOverPages } from './pdfTablesOverPages';
import { pageParagraphs } from './pdfParagraphs';
export { pageParagraphs } from './pdfParagraphs';

export type { Line } from './pdfTables';

export type { PdfPageText } from './pdfPages';
import { importPatchedPdfjsWorker } from './pdfjsPatch';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfJsWorker = { WorkerMessageHandler: { initializeFromPort(port: unknown): void } };
let pdfjsPromise: Promise<{ pdfjs: PdfJs; parser: PdfJsWorker }> | null = null;
/**
 * pdfjs runs its parser on a "fake worker" in Node; handing it the worker module up front (globalThis.pdfjsWorker)
 * keeps it from importing pdf.worker.mjs by path, which fails inside the esbuild bundle. We are already off the main
 * thread (main/services/worker.ts).
 */
export const loadPdfJs = () =>
  (pdfjsPromise ??= (async () => {
    const g = globalThis as { pdfjsWorker?: PdfJsWorker };
    // The legacy build's core-js replaces Array.prototype.push, for the whole thread, with a JavaScript version that
    // guards an edge case (pushing onto a frozen length) we never meet: it was the largest single cost of extraction
    // (~20% of a 200-page PDF, and every push in our own code after it). The native one is put back.
    const push = Array.prototype.push;
    try {
      // Edited for PDFs drawn one glyph per run (main/docs/pdfjsPatch.ts); as published where the edit cannot be made.
      g.pdfjsWorker ??= ((await importPatchedPdfjsWorker()) ?? (await import('pdfjs-dist/legacy/build/pdf.worker.mjs'))) as PdfJsWorker;
      return { pdfjs: await import('pdfjs-dist/legacy/build/pdf.mjs'), parser: g.pdfjsWorker };
    } finally {
      if (Array.prototype.push !== push) Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    }
  })());

/**
 * The channel between pdfjs' API and its parser, both in this thread. pdfjs' own one (LoopbackPort) deep-copies every
 * message with structuredClone, as a real worker boundary would; for text content, streamed as chunks of fresh item
 * arrays whose items the parser never touches again, the copy was the largest cost left on PDFs that draw one glyph per text
 * run (a third of the time). Those chunks are handed over as they are; every other message is still copied.
 */
const flat = (obj: object) => {
  for (const k in obj) {
    const v = (obj as Record<string, unknown>)[k];
    if (typeof v === 'object' ? v !== null : typeof v === 'function' || typeof v === 'symbol') return false;
  }
  return Object.getPrototypeOf(obj) === Object.prototype;
};

class InThreadPort {
  private listeners = new Set<(e: { data: unknown }) => void>();
  postMessage(obj: { chunk?: { items?: unknown } }, transfer?: NonNullable<Parameters<typeof structuredClone>[1]>['transfer']) {
    // The parser then points its chunk object at fresh arrays (textContent.items = []): copy that shell, not the items.
    // Control messages (stream pulls and acknowledgements, one per chunk) hold only numbers and strings: a shallow copy
    // is the same as a clone.
    const data = Array.isArray(obj?.chunk?.items) ? { ...obj, chunk: { ...obj.chunk } } : !transfer?.length && flat(obj) ? { ...obj } : structuredClone(obj, transfer ? { transfer } : undefined);
    void Promise.resolve().then(() => {
      for (const l of this.listeners) l.call(this, { data });
    });
  }
  addEventListener(_name: string, listener: (e: { data: unknown }) => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_name: string, listener: (e: { data: unknown }) => void) {
    this.listeners.delete(listener);
  }
  terminate() {
    this.listeners.clear();
  }
}

/** pdfjs needs its CMaps to read Chinese text in PDFs whose fonts use the standard Adobe CMaps (common in CJK). */
export function pdfjsAssets(): { cMapUrl?: string; standardFontDataUrl?: string } {
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: path.join(dir, 'cmaps') + path.sep, standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep };
  } catch {
    return {};
  }
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** Groups a page's text runs into lines (same baseline), top to bottom, left to right. */
function pageLines(items: TextItem[]): Line[] {
  // A run joins the first line (in the order lines were started) whose baseline is within 0.4 of the larger font
  // size. On a PDF drawn one glyph per run a page has thousands of runs: the lines are also kept sorted by baseline,
  // so that only those near the run's are looked at (none further than 0.4 × the largest size can match).
  const lines: { y: number; size: number; runs: TextItem[]; order: number }[] = [];
  const byY: typeof lines = [];
  let maxSize = 0;
  for (const r of items) {
    if (!(r.str !== undefined && (r.str.trim() || r.width > 0))) continue;
    const t = r.transform;
    const y = t[5];
    const size = (t[2] === 0 ? Math.abs(t[3]) : t[3] === 0 ? Math.abs(t[2]) : Math.hypot(t[2], t[3])) || r.height || 10;
    const reach = Math.max(size, maxSize) * 0.4;
    let lo = 0;
    let hi = byY.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byY[mid].y <= y - reach) lo = mid + 1;
      else hi = mid;
    }
    let line: (typeof lines)[number] | undefined;
    for (let i = lo; i < byY.length && byY[i].y < y + reach; i++) {
      const l = byY[i];
      if (Math.abs(l.y - y) < Math.max(size, l.size) * 0.4 && (!line || l.order < line.order)) line = l;
    }
    if (line) {
      line.runs.push(r);
      line.size = Math.max(line.size, size);
    } else {
      line = { y, size, runs: [r], order: lines.length };
      lines.push(line);
      // A baseline that is not a number never matches (every comparison with NaN is false): kept out of the order.
      if (Number.isFinite(y)) byY.splice(lo + byY.slice(lo).filter((l) => l.y <= y).length, 0, line);
    }
    if (line.size > maxSize) maxSize = line.size;
  }
  lines.sort((a, b) => b.y - a.y);
  return lines
    .map((l) => {
      l.runs.sort((a, b) => a.transform[4] - b.transform[4]);
      let text = '';
      let end = -Infinity;
      const cells: string[] = [];
      for (const r of l.runs) {
        const x = r.transform[4];
        // pdfjs reports a positioning gap as a blank run as wide as the gap.
        const blank = !r.str.trim();
        if (cells.length && ((blank && r.width > l.size * 1.5) || (!blank && x - end > l.size * 1.5))) cells.push('');
        if (!blank) {
          if (!cells.length) cells.push('');
          cells[cells.length - 1] = cells[cells.length - 1] ? joinLines(cells[cells.length - 1], r.str) : r.str;
        }
        // A gap wider than a third of a character between Latin runs is a space; CJK runs join directly.
        if (text && x - end > l.size * 0.3) text = joinLines(text, r.str);
        else text += r.str;
        end = x + r.width;
      }
      const runs = l.runs.map((r) => ({ x: r.transform[4], end: r.transform[4] + r.width, y: r.transform[5], str: r.str }));
      return { text: text.replace(/\s+/g, ' ').trim(), cells: cells.map((c) => c.trim()).filter((c, i, a) => c || i < a.length - 1), x: l.runs[0].transform[4], right: end, y: l.y, size: l.size, runs };
    })
    .filter((l) => l.text);
}

/** Opens a PDF with pdfjs, refusing an encrypted or corrupt file with its Chinese message. */
export async function openPdf(data: Uint8Array, fileName: string) {
  const { pdfjs, parser } = await loadPdfJs();
  const port = new InThreadPort();
  const worker = new pdfjs.PDFWorker({ port: port as never, verbosity: 0 });
  parser.WorkerMessageHandler.initializeFromPort(port);
  try {
    const doc = await pdfjs.getDocument({ data, worker, ...pdfjsAssets(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    // A worker handed in is not the document's to end: destroying the document ends it too, so no caller forgets.
    const destroy = doc.destroy.bind(doc);
    doc.destroy = async () => {
      try {
        await destroy();
      } finally {
        worker.destroy();
      }
    };
    return doc;
  } catch (e) {
    worker.destroy();
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') throw fault('DOC_PDF_ENCRYPTED', `“${fileName}”设有打开口令（已加密），无法读取。请向提供方索取未加密的 PDF，或在 PDF 阅读器中输入口令后另存为不加密的 PDF 再导入；案卷未作改动。`);
    throw fault('DOC_PDF_CORRUPT', `“${fileName}”已损坏或不完整，无法读取。请重新获取该文件，或用 PDF 阅读器打开确认后另存再导入；案卷未作改动。`);
  }
}


/**
 * Below this many pages a document is read by one thread even when split is asked for: opening it twice and
 * translating its fonts twice would cost more than half its pages.
 */
export const MIN_SPLIT_PAGES = 24;

/** The pages (first, last; inclusive) that part `part` of `of` reads; an empty range (first > last) for none. */
export function partPages(numPages: number, part: number, of: number, minPages = MIN_SPLIT_PAGES): [number, number] {
  if (of <= 1 || numPages < minPages) return part === 0 ? [1, numPages] : [1, 0];
  const per = Math.ceil(numPages / of);
  return [part * per + 1, Math.min(numPages, (part + 1) * per)];
}

/** Which share of a document one thread reads: `part` of `of` (0-based), the pages split by partPages. */
export interface PdfPart {
  part: number;
  of: number;
  /** Overrides MIN_SPLIT_PAGES (tests split small corpus PDFs). */
  minPages?: number;
}

/**
 * The text layer of every page (or of one part's pages), as RawItems per page. `onPage(done, total)`: pages done by
 * this call, out of the document's page count.
 */
export async function readPdfPages(data: Uint8Array, fileName: string, onPage?: (done: number, total: number) => void, part: PdfPart = { part: 0, of: 1 }): Promise<{ pageCount: number; pages: PdfPageText[] }> {
  const doc = await openPdf(data, fileName);
  try {
    const pages: PdfPageText[] = [];
    const [first, last] = partPages(doc.numPages, part.part, part.of, part.minPages);
    // A page keeps its top lines when the page before ends in a table (a running foot under it or not), or is not
    // read here: they are read again only to go on with that table.
    let keepTop = true;
    for (let p = first; p <= last; p++) {
      heartbeat();
      const page = await doc.getPage(p);
      const [, , , height] = page.view;
      const tc = await page.getTextContent();
      const items = pageParagraphs(pageLines(tc.items as TextItem[]), p, height, keepTop);
      keepTop = items.slice(-2).some((it) => it.shape);
      const chars = items.reduce((s, i) => s + (i.kind === 'text' ? i.text.replace(/\s/g, '').length : 0), 0);
      pages.push({ page: p, items, chars });
      page.cleanup();
      onPage?.(p - first + 1, doc.numPages);
    }
    return { pageCount: doc.numPages, pages };
  } catch (e) {
    if ((e as { code?: string })?.code?.startsWith?.('DOC_')) throw e;
    throw fault('DOC_PDF_CORRUPT', `“${fileName}”部分内容已损坏，无法完整读取。请重新获取该文件，或用 PDF 阅读器打开确认后另存再导入；案卷未作改动。`);
  } finally {
    await doc.destroy();
  }
}

/** One part's pages of a PDF file, after the bomb check (each thread checks the file before pdfjs inflates anything). */
export async function readPdfPart(file: string, fileName: string, part: PdfPart, onPage?: (done: number, total: number) => void): Promise<{ pageCount: number; pages: PdfPageText[] }> {
  const bytes = fs.readFileSync(file);
  // A compressed-stream bomb is refused by name before pdfjs inflates anything (main/docs/bombs.ts).
  await checkPdfInflation(bytes, fileName);
  heartbeat();
  return readPdfPages(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName, onPage, part);
}

/** The document from every page's text (read in one thread or in parts, in page order). */
export function assemblePdf(fileName: string, pageCount: number, allPages: PdfPageText[]): ExtractedDocument {
  const pages = tablesOverPages(withoutRunningLines(allPages));
  const chars = pages.reduce((s, p) => s + p.chars, 0);
  const empty = pages.filter((p) => p.chars === 0).map((p) => p.page);
  const needsOcr = pageCount > 0 && chars < pageCount * 5;
  const warnings: string[] = [];
  if (needsOcr) warnings.push('该 PDF 没有文字层（可能是扫描件或图片），已保存原件并可查看页面，其中文字需经 OCR 识别（阅读器中“识别文字”）后才能检索和审查。');
  else if (empty.length) warnings.push(`第 ${compactPages(empty)} 页没有文字层（可能是扫描页），可在阅读器中“识别文字”（OCR）后检索和审查。`);
  const doc = buildDocument(joinedOverPages(pages), { format: 'pdf', fileName, pageCount, needsOcr, warnings });
  return empty.length ? { ...doc, scannedPages: empty } : doc;
}

/** Reads a PDF's text layer page by page. A PDF without one (a scan) is kept, marked needsOcr: not an error. */
export async function extractPdf(file: string, fileName: string, onPage?: (done: number, total: number) => void): Promise<ExtractedDocument> {
  const { pageCount, pages } = await readPdfPart(file, fileName, { part: 0, of: 1 }, onPage);
  return assemblePdf(fileName, pageCount, pages);
}

/** [1,2,3,7] → "1–3、7" */
export function compactPages(pages: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    out.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j;
  }
  return out.join('、');
}
