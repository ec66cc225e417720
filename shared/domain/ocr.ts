import { z } from 'zod';

/**
 * Text recognised on a scanned PDF page (OCR), as stored in the case (migration 014): one entry per line as a reader
 * sees it, with where it is on the page and how sure the recogniser was. The document's blocks are rebuilt from these
 * lines (with the user's corrections) through the same paragraph and heading logic as a PDF's text layer.
 */

/** Below this mean character confidence a line is marked for checking in the reader. */
export const LOW_CONFIDENCE = 0.85;

export const OcrLineSchema = z.object({
  /** The line's text: its cells joined by two ideographic spaces when it is a table row. */
  text: z.string(),
  /** The cells of a table row (runs split by wide gaps); one cell for ordinary text. */
  cells: z.array(z.string()),
  /** Mean probability of its characters, 0..1. */
  confidence: z.number().min(0).max(1),
  /** Position on the page as fractions of its width and height: left, top, width, height. */
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** Character height in PDF points (1/72 in), for paragraph and table grouping. */
  size: z.number().positive(),
});
export type OcrLine = z.output<typeof OcrLineSchema>;

export const OcrPageSchema = z.object({
  page: z.number().int().positive(),
  /** Page size in PDF points. */
  widthPt: z.number().positive(),
  heightPt: z.number().positive(),
  dpi: z.number().int().positive(),
  lines: z.array(OcrLineSchema),
  engine: z.string(),
  /** Milliseconds spent on the page (render + recognition). */
  ms: z.number().int().nonnegative(),
});
export type OcrPage = z.output<typeof OcrPageSchema>;

/** Cells of a corrected line: a table row keeps its cells where the user left two or more spaces (or a tab). */
export function cellsOfCorrection(text: string, before: OcrLine): string[] {
  const t = text.trim();
  if (before.cells.length < 2) return [t];
  return t.split(/\t|[ \u3000]{2,}/).map((c) => c.trim()).filter(Boolean);
}

export const CELL_JOIN = '\u3000\u3000';
