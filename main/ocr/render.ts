import { createCanvas } from '@napi-rs/canvas';
import { openPdf } from '../docs/pdf';
import type { PageImage } from './engine';

/** Scans are read at 200 dpi: enough for 10-point Chinese text, and a quarter of the pixels of 400 dpi. */
export const OCR_DPI = 200;

/**
 * Renders PDF pages to RGBA images in the app itself (pdfjs on @napi-rs/canvas, prebuilt per platform on npm), so a
 * user's laptop needs no poppler. A scanned page is one embedded image; rendering it at 200 dpi decodes and scales
 * it exactly as a viewer would, whatever its own resolution, rotation or crop box.
 */
export async function renderPdfPages(
  data: Uint8Array, fileName: string, pages: number[], dpi: number, onPage: (page: number, img: PageImage, size: { widthPt: number; heightPt: number }) => Promise<void>,
): Promise<void> {
  const doc = await openPdf(data, fileName);
  try {
    for (const p of pages) {
      const page = await doc.getPage(p);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: dpi / 72 });
      const w = Math.ceil(viewport.width);
      const h = Math.ceil(viewport.height);
      const canvas = createCanvas(w, h);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, w, h);
      // pdfjs's own types expect a DOM canvas; @napi-rs/canvas implements the same 2D context.
      await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
      const img = ctx.getImageData(0, 0, w, h);
      page.cleanup();
      await onPage(p, { data: img.data, width: w, height: h }, { widthPt: base.width, heightPt: base.height });
    }
  } finally {
    await doc.destroy();
  }
}
