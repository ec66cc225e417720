import { TOC_ENTRY } from '../../shared/document/build';
import { parseNumbering } from '../../shared/document/numbering';
import { joinLines, PAGE_MARK } from './text';
import { pageTables, type Line, type Run } from './pdfTables';
import type { PdfItem } from './pdfTablesOverPages';

/**
 * A page's lines read as a reader sees them (split from pdf.ts along the document's parts: pdf.ts opens the file and
 * reads its lines; here they become paragraphs and tables).
 */

// The top lines of a page kept for a table going on from the page before: a running head and its rows.
const TOP_LINES = 40;

/** A line with its runs that follow each other with no gap on one baseline as one (pdfmake draws one per glyph). */
function compact(l: Line): Line {
  const runs: Run[] = [];
  for (const r of l.runs ?? []) {
    const prev = runs.at(-1);
    if (prev && prev.y === r.y && r.str.trim() && prev.str.trim() && r.x - prev.end < l.size * 0.1) runs[runs.length - 1] = { ...prev, end: r.end, str: joinLines(prev.str, r.str) };
    else runs.push(r);
  }
  return { ...l, runs };
}

/** A line that opens with a label of its own: an annex, a party's seal, a date, an address. */
const LABEL_LINE = /^\s*(?:(?:附件|附表)\s*[一二三四五六七八九十\d]|(?:甲方|乙方|丙方|签订日期|签署日期|日期|地址|联系人|联系电话|电话)\s*[（(：:])/;
/**
 * Joins a page's lines into paragraphs the way a reader sees them: a new paragraph starts at a first-line indent
 * (Chinese body text is indented two characters), a numbered line, a change of font size, a wide vertical gap, or
 * after a line that stops well short of the right margin.
 */
export function pageParagraphs(lines: Line[], page: number, pageHeight: number, keepTop = false): PdfItem[] {
  const body = lines.filter((l) => !((l.y < pageHeight * 0.1 || l.y > pageHeight * 0.92) && PAGE_MARK.test(l.text)));
  if (!body.length) return [];
  const left = Math.min(...body.map((l) => l.x));
  // The text block's right edge, as far as the body text's lines reach (the size most of the page's characters are set
  // in): a table or a note set smaller may reach past it ("接口响应≤3 秒，结论准确", 11 pt beside 14 pt text) and would
  // make every full line of the text look short.
  const chars = new Map<number, number>();
  for (const l of body) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  const bodySize = [...chars].sort((a, b) => b[1] - a[1])[0][0];
  const right = textEdge(body.filter((l) => Math.abs(l.size - bodySize) <= 0.5), left, bodySize);
  // The page's own line pitch: a document set at double spacing (line height twice the font) breaks no paragraph at
  // every line; only a gap clearly wider than the pitch does.
  const steps = body.slice(1).map((l, i) => body[i].y - l.y).filter((d, i) => d > 0 && d < body[i + 1].size * 3.5).sort((a, b) => a - b);
  const pitch = steps.length >= 3 ? steps[Math.floor(steps.length / 2)] : 0;
  const out: PdfItem[] = [];
  // Tables read by their columns, a row's wrapped lines joined cell by cell (main/docs/pdfTables.ts). Lines split
  // alike that they do not take are still read by the rule below, which stops where such a table starts.
  const tables = pageTables(body, { left, right });
  // The page's top lines, above its first table read by columns, stay on the items read from them (`keepTop`): a
  // table that ends the page before may go on in them, to be read in its columns (pdfTablesOverPages.ts).
  const top = keepTop ? Math.min(tables[0]?.start ?? body.length, TOP_LINES) : 0;
  const withLines = (it: PdfItem, first: number, last: number): PdfItem => (first < top && body[first].runs ? { ...it, lines: body.slice(first, last + 1).map(compact) } : it);
  // A contents entry is a line of its own, however far its leader reaches.
  let cur: { text: string; size: number; lastY: number; lastX: number; lastRight: number; lastLength: number; entry: boolean; first: number; last: number } | null = null;
  const flush = () => {
    if (cur) out.push(withLines({ kind: 'text', text: cur.text, page }, cur.first, cur.last));
    cur = null;
  };
  let t = 0;
  for (let i = 0; i < body.length; i++) {
    const l = body[i];
    if (tables[t]?.start === i) {
      flush();
      out.push({ kind: 'table', rows: tables[t].rows, page, shape: tables[t].shape });
      i = tables[t++].end;
      continue;
    }
    // Two or more consecutive lines split into the same number (≥2) of cells: a table.
    const stop = tables[t]?.start ?? body.length;
    if (l.cells.length >= 2 && i + 1 < stop && body[i + 1].cells.length === l.cells.length) {
      flush();
      const rows: string[][] = [];
      const first = i;
      while (i < stop && body[i].cells.length === l.cells.length) rows.push(body[i++].cells);
      i--;
      out.push(withLines({ kind: 'table', rows, page }, first, i));
      continue;
    }
    // A line under a full line of text that started where it starts, the sentence not ended, goes on with it: an item set
    // with all its lines two characters in ("（二）出域审核。……由" / "市林业局组织……"), its headings at the margin. Not a
    // name or a label under another (issuers on a cover, "附件一：……" over "附件二：……", "甲方（盖章）" over "签订日期：").
    const goesOn = !!cur && Math.abs(l.x - cur.lastX) < 1 && right - cur.lastRight <= l.size * 2.5 && cur.lastLength >= 18 && !/[。；;：:！!？?]$/.test(cur.text) && !LABEL_LINE.test(l.text);
    const indented = l.x - left > l.size * 1.2 && !goesOn;
    const entry = TOC_ENTRY.test(l.text);
    const startsNew =
      !cur ||
      cur.entry ||
      entry ||
      indented ||
      parseNumbering(l.text) !== null ||
      Math.abs(l.size - cur.size) > 0.5 ||
      cur.lastY - l.y > Math.max(Math.max(l.size, cur.size) * 2.1, pitch * 1.25) ||
      right - cur.lastRight > l.size * 2.5;
    if (startsNew) {
      flush();
      cur = { text: l.text, size: l.size, lastY: l.y, lastX: l.x, lastRight: l.right, lastLength: l.text.length, entry, first: i, last: i };
    } else if (cur) {
      cur.text = joinLines(cur.text, l.text);
      cur.lastY = l.y;
      cur.lastX = l.x;
      cur.lastLength = l.text.length;
      cur.lastRight = l.right;
      cur.last = i;
    }
  }
  flush();
  return out;
}

/**
 * Where the text block's full lines end. A justified page ends them all at its widest line. A text wrapped by count of
 * characters (a TXT printed as typed) ends them a character or two apart, and a line with Latin digits in it reaches
 * past the rest: measured from that line, every full line would look short and be a paragraph of its own. The edge is
 * where most lines near the widest end (within 2.5 characters of each other, as a paragraph's last line is not), counting
 * lines that start at the block's left (a cell of a table drawn as text starts further in) and only when there are
 * enough of them to say so.
 */
function textEdge(lines: Line[], left: number, size: number): number {
  const widest = Math.max(...lines.map((l) => l.right));
  const near = lines.filter((l) => l.x - left <= size * 2.5 && l.right >= widest - size * 4).map((l) => l.right).sort((a, b) => b - a);
  let edge = widest;
  let most = 3;
  for (const r of near) {
    const n = near.filter((x) => x <= r && x > r - size * 2.5).length;
    if (n > most) [edge, most] = [r, n];
  }
  return edge;
}
