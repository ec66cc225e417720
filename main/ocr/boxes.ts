/** A text box on a page image, in pixels, axis-aligned (scans are straight to within a degree or two). */
export interface PixelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Paddle's DB post-processing defaults: pixel threshold, minimum mean score of a box, and how far to grow it. */
const PIXEL_THRESHOLD = 0.3;
const BOX_THRESHOLD = 0.6;
const UNCLIP_RATIO = 1.5;
const MIN_SIDE = 3;

/**
 * Turns the detector's probability map (w × h) into text boxes on the original image: connected regions above the
 * pixel threshold, kept when their mean probability is high enough, grown by Paddle's unclip distance
 * (area × ratio / perimeter) because the detector marks a shrunk core of each text line, then scaled by (sx, sy).
 */
export function findTextBoxes(prob: Float32Array, w: number, h: number, sx: number, sy: number, imgW: number, imgH: number): PixelBox[] {
  const seen = new Uint8Array(w * h);
  const stack = new Int32Array(w * h);
  const boxes: PixelBox[] = [];
  for (let start = 0; start < w * h; start++) {
    if (seen[start] || prob[start] <= PIXEL_THRESHOLD) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let minX = w, minY = h, maxX = 0, maxY = 0, sum = 0, n = 0;
    while (top) {
      const p = stack[--top];
      const x = p % w;
      const y = (p - x) / w;
      sum += prob[p];
      n++;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (x > 0 && !seen[p - 1] && prob[p - 1] > PIXEL_THRESHOLD) { seen[p - 1] = 1; stack[top++] = p - 1; }
      if (x < w - 1 && !seen[p + 1] && prob[p + 1] > PIXEL_THRESHOLD) { seen[p + 1] = 1; stack[top++] = p + 1; }
      if (y > 0 && !seen[p - w] && prob[p - w] > PIXEL_THRESHOLD) { seen[p - w] = 1; stack[top++] = p - w; }
      if (y < h - 1 && !seen[p + w] && prob[p + w] > PIXEL_THRESHOLD) { seen[p + w] = 1; stack[top++] = p + w; }
    }
    const bw = maxX - minX + 1;
    const bh = maxY - minY + 1;
    if (Math.min(bw, bh) < MIN_SIDE || sum / n < BOX_THRESHOLD) continue;
    const d = (bw * bh * UNCLIP_RATIO) / (2 * (bw + bh));
    const x0 = Math.max(0, (minX - d) * sx);
    const y0 = Math.max(0, (minY - d) * sy);
    const x1 = Math.min(imgW, (maxX + 1 + d) * sx);
    const y1 = Math.min(imgH, (maxY + 1 + d) * sy);
    if (x1 - x0 < MIN_SIDE + 2 || y1 - y0 < MIN_SIDE + 2) continue;
    boxes.push({ x: Math.round(x0), y: Math.round(y0), w: Math.round(x1 - x0), h: Math.round(y1 - y0) });
  }
  return boxes;
}
