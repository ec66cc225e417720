import { createCanvas } from '@napi-rs/canvas';
import type { PageImage } from './engine';

/**
 * Cleans a scanned page before recognition, the two ways real scans differ from a rendered page:
 * - a red seal (公章) printed over the text: a reddish pixel is replaced by its red channel, where red ink is light
 *   and black ink stays dark, so the text under a seal stays readable and the seal fades to a faint grey;
 * - a skew of a degree or two from the feeder: the angle whose row profile of dark pixels is sharpest is found on a
 *   reduced copy, and the page is turned back by it, so lines stay in the horizontal boxes the detector draws.
 */
export function removeRedInk(img: PageImage): PageImage {
  const d = new Uint8ClampedArray(img.data);
  for (let i = 0; i < d.length; i += 4) {
    const r = d[i];
    const g = d[i + 1];
    const b = d[i + 2];
    if (r - Math.max(g, b) > 50) d[i] = d[i + 1] = d[i + 2] = r;
  }
  return { data: d, width: img.width, height: img.height };
}

/** Skew of the text lines in degrees (clockwise positive), within ±3°, to 0.1°. */
export function estimateSkew(img: PageImage): number {
  const step = Math.max(1, Math.round(img.width / 500));
  const w = Math.floor(img.width / step);
  const h = Math.floor(img.height / step);
  const pts: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * step * img.width + x * step) * 4;
      if ((img.data[i] + img.data[i + 1] + img.data[i + 2]) / 3 < 128) pts.push(x, y);
    }
  }
  if (pts.length < 200) return 0;
  const score = (deg: number) => {
    const t = Math.tan((deg * Math.PI) / 180);
    const rows = new Float64Array(h * 2 + w);
    const off = w;
    for (let k = 0; k < pts.length; k += 2) rows[Math.round(pts[k + 1] - pts[k] * t) + off]++;
    let s = 0;
    for (let r = 1; r < rows.length; r++) s += (rows[r] - rows[r - 1]) ** 2;
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let deg = -3; deg <= 3.001; deg += 0.1) {
    const s = score(deg);
    if (s > bestScore * 1.0001) {
      bestScore = s;
      best = Math.round(deg * 10) / 10;
    }
  }
  return best;
}

/** The page turned by −deg about its centre, on white. */
export function rotate(img: PageImage, deg: number): PageImage {
  if (!deg) return img;
  const src = createCanvas(img.width, img.height);
  const sctx = src.getContext('2d');
  const id = sctx.createImageData(img.width, img.height);
  id.data.set(img.data);
  sctx.putImageData(id, 0, 0);
  const dst = createCanvas(img.width, img.height);
  const ctx = dst.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, img.width, img.height);
  ctx.translate(img.width / 2, img.height / 2);
  ctx.rotate((-deg * Math.PI) / 180);
  ctx.translate(-img.width / 2, -img.height / 2);
  ctx.drawImage(src, 0, 0);
  const out = ctx.getImageData(0, 0, img.width, img.height);
  return { data: out.data, width: img.width, height: img.height };
}

export function preparePage(img: PageImage): { image: PageImage; skew: number } {
  const clean = removeRedInk(img);
  const skew = estimateSkew(clean);
  return { image: rotate(clean, skew), skew };
}
