/**
 * Breaks a document title into lines as GB/T 9704 §7.3.3 asks: words kept whole (Intl.Segmenter word boundaries, and
 * never inside a domain term such as 授权运营 or 公共数据资源, between a place and its 市/省, or inside a number with its
 * 第 and unit such as 2026年第5次, see terms.ts; a 《名称》 that fits on a line is not split),
 * lines as even as possible so the title stands symmetric (trapezoid or diamond), no line that starts with closing
 * punctuation or a particle such as 的, none that ends with opening punctuation, no lone word on a line. Explicit
 * "\n" in a template are preferred break points, not forced ones. Pure: both renderers use it, each with its advances.
 */
import { protectedCuts } from './terms';

const NO_START = new Set([...'，。、；：？！）》」』”’〕】…—·的了和与及之']);
const NO_END = new Set([...'（《「『“‘〔【']);

/** The title on one line, as a list, a table of contents or a report names it: the "\n" hints are for the 标题 only. */
export const oneLineTitle = (title: string) => title.split('\n').map((x) => x.trim()).join('');

export const cjkAdvance = (ch: string) => (ch.codePointAt(0)! <= 0x24f ? 0.5 : 1);

export function titleLines(title: string, advance: (ch: string) => number, maxEms: number): string[] {
  const hints = new Set<number>();
  let text = '';
  for (const part of title.split('\n')) {
    if (text) hints.add([...text].length);
    text += part.trim();
  }
  const chars = [...text];
  const widthOf = (a: number, b: number) => chars.slice(a, b).reduce((s, c) => s + advance(c), 0);
  const total = widthOf(0, chars.length);
  if (total <= maxEms) return [text];

  // Word boundaries, in character indices, outside the domain's compound terms.
  const cuts: number[] = [];
  const guarded = protectedCuts(chars);
  let at = 0;
  for (const seg of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) {
    at += [...seg.segment].length;
    if (at < chars.length && !NO_START.has(chars[at]) && !NO_END.has(chars[at - 1]) && !guarded.has(at)) cuts.push(at);
  }
  const points = [0, ...cuts, chars.length];
  const split = namedSplits(chars, widthOf, maxEms);
  // Splitting a 《名称》 that fits on a line costs more than any unevenness: the name is read as one word.
  const splitCost = (at: number) => (split.has(at) ? total ** 2 : 0);

  // Fewest lines that fit, then the most even split over word boundaries (least squares around the mean).
  for (let n = Math.ceil(total / maxEms); n <= points.length - 1; n++) {
    const mean = total / n;
    const memo = new Map<string, { cost: number; path: number[] } | null>();
    const best = (from: number, left: number): { cost: number; path: number[] } | null => {
      const key = `${from}:${left}`;
      if (memo.has(key)) return memo.get(key)!;
      let r: { cost: number; path: number[] } | null = null;
      if (left === 1) {
        const w = widthOf(points[from], chars.length);
        r = w <= maxEms + 1e-6 && chars.length - points[from] > 1 ? { cost: (w - mean) ** 2, path: [] } : null;
      } else {
        for (let k = from + 1; k < points.length - 1; k++) {
          const w = widthOf(points[from], points[k]);
          if (w > maxEms + 1e-6) break;
          if (points[k] - points[from] < 2) continue; // no single character alone on a line
          const rest = best(k, left - 1);
          if (!rest) continue;
          const cost = (w - mean) ** 2 + rest.cost + splitCost(points[k]) - (hints.has(points[k]) ? 0.25 : 0);
          if (!r || cost < r.cost) r = { cost, path: [points[k], ...rest.path] };
        }
      }
      memo.set(key, r);
      return r;
    };
    const found = best(0, n);
    if (found) {
      const ends = [...found.path, chars.length];
      return ends.map((e, i) => chars.slice(i ? ends[i - 1] : 0, e).join(''));
    }
  }
  // No word boundary fits (one very long word): fall back to even character chunks.
  const n = Math.ceil(total / maxEms);
  const per = Math.ceil(chars.length / n);
  return Array.from({ length: n }, (_, i) => chars.slice(i * per, (i + 1) * per).join('')).filter(Boolean);
}

/** Cuts inside a 《…》 (outermost) that would fit whole on one line: a title breaks there only when nothing else fits. */
function namedSplits(chars: readonly string[], widthOf: (a: number, b: number) => number, maxEms: number): Set<number> {
  const inside = new Set<number>();
  let depth = 0;
  let open = -1;
  chars.forEach((c, i) => {
    if (c === '《' && depth++ === 0) open = i;
    else if (c === '》' && depth > 0 && --depth === 0 && widthOf(open, i + 1) <= maxEms + 1e-6) for (let k = open + 1; k <= i; k++) inside.add(k);
  });
  return inside;
}
