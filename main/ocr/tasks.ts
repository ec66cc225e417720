import { buildDocument, type RawItem } from '../../shared/document/build';
import type { ExtractedDocument } from '../../shared/domain/document';
import { LOW_CONFIDENCE, cellsOfCorrection, CELL_JOIN, type OcrLine, type OcrPage } from '../../shared/domain/ocr';
import { compactPages, readPdfPages } from '../docs/pdf';
import { ENGINE_NAME, recognisePage } from './engine';
import { ocrPageItems, runsToLines } from './layout';
import { OCR_DPI, renderPdfPages } from './render';
import { preparePage } from './prepare';

/** Worker job: renders one page of a PDF at 200 dpi and recognises its text. */
export async function ocrPage(p: { data: Uint8Array; fileName: string; page: number }): Promise<OcrPage> {
  const started = Date.now();
  let out: OcrPage | null = null;
  await renderPdfPages(p.data, p.fileName, [p.page], OCR_DPI, async (page, img, size) => {
    // Boxes are found on the straightened page: they are close to, not exactly at, the lines of the original image.
    const { image } = preparePage(img);
    const runs = await recognisePage(image);
    out = { page, widthPt: size.widthPt, heightPt: size.heightPt, dpi: OCR_DPI, lines: runsToLines(runs, image.width, image.height, OCR_DPI), engine: ENGINE_NAME, ms: 0 };
  });
  if (!out) throw new Error(`page ${p.page} not rendered`);
  return { ...(out as OcrPage), ms: Date.now() - started };
}

export interface LineCorrection {
  page: number;
  line: number;
  text: string;
}

/** A line with the user's correction applied. */
export function correctedLine(l: OcrLine, text: string): OcrLine {
  const cells = cellsOfCorrection(text, l);
  return { ...l, text: cells.join(CELL_JOIN), cells, confidence: 1 };
}

/**
 * Worker job: the version's document model again, each page from its text layer or, for a scanned page that has been
 * recognised, from its OCR lines with the user's corrections. Headings, levels and locations come out of the one
 * buildDocument, exactly as for a text PDF.
 */
export async function rebuildWithOcr(p: { data: Uint8Array; fileName: string; pages: OcrPage[]; corrections: LineCorrection[] }): Promise<ExtractedDocument> {
  const { pageCount, pages } = await readPdfPages(p.data, p.fileName);
  const ocrByPage = new Map(p.pages.map((o) => [o.page, o]));
  const items: RawItem[] = [];
  const scanned: number[] = [];
  let low = 0;
  for (const pg of pages) {
    if (pg.chars > 0) {
      items.push(...pg.items);
      continue;
    }
    scanned.push(pg.page);
    const o = ocrByPage.get(pg.page);
    if (!o) continue;
    const corrected = new Map<number, OcrLine>();
    for (const c of p.corrections) if (c.page === pg.page && o.lines[c.line]) corrected.set(c.line, correctedLine(o.lines[c.line], c.text));
    low += o.lines.filter((l, i) => !corrected.has(i) && l.confidence < LOW_CONFIDENCE).length;
    items.push(...ocrPageItems(o, corrected));
  }
  const done = scanned.filter((n) => ocrByPage.has(n));
  const pending = scanned.filter((n) => !ocrByPage.has(n));
  const warnings: string[] = [];
  if (done.length) {
    warnings.push(`第 ${compactPages(done)} 页的文字由 OCR 从扫描图像识别${low ? `，其中 ${low} 行把握不大（已标出），请对照原件核对` : ''}；据此得出的审查结论请以原件为准。`);
  }
  if (pending.length) warnings.push(`第 ${compactPages(pending)} 页没有文字层（扫描页），尚未识别文字，这些页的内容不参与检索和审查。`);
  const hasText = pages.some((pg) => pg.chars > 0);
  const doc = buildDocument(items, { format: 'pdf', fileName: p.fileName, pageCount, needsOcr: !hasText && !done.length, warnings });
  return {
    ...doc,
    ...(scanned.length ? { scannedPages: scanned } : {}),
    ...(done.length ? { ocr: { engine: p.pages[0]?.engine ?? ENGINE_NAME, pages: done, lowConfidenceLines: low } } : {}),
  };
}
