import type { RawItem } from '../../shared/document/build';
import { CELL_JOIN, type OcrLine, type OcrPage } from '../../shared/domain/ocr';
import { joinLines } from '../docs/text';
import { pageParagraphs, type Line } from '../docs/pdf';
import type { RecognisedRun } from './engine';

/**
 * Groups the recogniser's runs into the lines a reader sees: runs whose vertical centres are within half a line
 * height of each other, left to right. Runs further apart than 1.5 characters are separate cells (a table row).
 */
export function runsToLines(runs: RecognisedRun[], imgW: number, imgH: number, dpi: number): OcrLine[] {
  // A lone mark read with little confidence is a speck, a seal's star or a stroke of a signature, not text.
  const sorted = runs.filter((r) => r.text.trim().length > 1 || r.confidence >= 0.5).sort((a, b) => a.box.y + a.box.h / 2 - (b.box.y + b.box.h / 2));
  const rows: RecognisedRun[][] = [];
  for (const r of sorted) {
    const mid = r.box.y + r.box.h / 2;
    const row = rows.find((rw) => {
      const m = rw.reduce((s, x) => s + x.box.y + x.box.h / 2, 0) / rw.length;
      const h = Math.min(r.box.h, ...rw.map((x) => x.box.h));
      return Math.abs(m - mid) < h / 2;
    });
    if (row) row.push(r);
    else rows.push([r]);
  }
  const pt = 72 / dpi;
  return rows
    .map((row) => {
      row.sort((a, b) => a.box.x - b.box.x);
      // The detector's box is the text line grown by about a third of its height: that height is close to the font size.
      const size = Math.max(...row.map((r) => r.box.h)) * pt;
      const cells: string[] = [];
      let end = -Infinity;
      let chars = 0;
      let conf = 0;
      for (const r of row) {
        if (cells.length && r.box.x - end <= (size / pt) * 1.5) cells[cells.length - 1] = joinLines(cells[cells.length - 1], r.text.trim());
        else cells.push(r.text.trim());
        end = r.box.x + r.box.w;
        chars += r.text.length;
        conf += r.confidence * r.text.length;
      }
      const x0 = Math.min(...row.map((r) => r.box.x));
      const y0 = Math.min(...row.map((r) => r.box.y));
      const x1 = Math.max(...row.map((r) => r.box.x + r.box.w));
      const y1 = Math.max(...row.map((r) => r.box.y + r.box.h));
      return {
        text: cells.join(CELL_JOIN),
        cells,
        confidence: Math.round((conf / Math.max(1, chars)) * 1000) / 1000,
        box: [x0 / imgW, y0 / imgH, (x1 - x0) / imgW, (y1 - y0) / imgH] as [number, number, number, number],
        size: Math.round(size * 10) / 10,
      };
    })
    .filter((l) => l.text);
}

/**
 * A recognised page as RawItems, through the same paragraph and table logic as a PDF's text layer (main/docs/pdf.ts):
 * a first-line indent, a numbered line or a wide gap starts a paragraph; aligned multi-cell lines become a table.
 * `corrected` holds the user's corrected text by line index.
 */
export function ocrPageItems(p: OcrPage, corrected: Map<number, OcrLine> = new Map()): RawItem[] {
  const lines: Line[] = p.lines.map((l0, i) => {
    const l = corrected.get(i) ?? l0;
    const x = l.box[0] * p.widthPt;
    // PDF y grows upwards; the baseline is near the bottom of the box.
    return { text: l.cells.join(' '), cells: l.cells, x, right: x + l.box[2] * p.widthPt, y: p.heightPt - (l.box[1] + l.box[3]) * p.heightPt, size: l.size };
  });
  return pageParagraphs(lines, p.page, p.heightPt).map((it) => ({ ...it, ocr: true as const }));
}
