import type { RawItem } from '../../shared/document/build';
import { parseNumbering } from '../../shared/document/numbering';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Joins wrapped lines of one paragraph: no space between Chinese characters, one space between Latin words. */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return CJK.test(a.slice(-1)) || CJK.test(b[0]) ? a + b : `${a} ${b}`;
}

// Running heads and page numbers: "— 3 —", "- 3 -", "第 3 页", "第3页 共20页", "3 / 20".
export const PAGE_MARK = /^([-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页.*|\d+\s*\/\s*\d+)$/;
// A page number that says so by its dashes or its 页: a bare "12" line may be a table's cell.
export const MARKED_PAGE = /^([-—–－]+\s*\d+\s*[-—–－]+|第\s*\d+\s*页.*|\d+\s*\/\s*\d+)$/;
const SENTENCE_END = /[。！？!?；;：:]$/;
// Space-aligned columns ("4     0—6岁儿童健康管理数据     各社区卫生服务中心"): a table row, never rewrapped.
const ALIGNED = /\S(?: {3,}|\t|\u3000{2,})\S/;
// A paragraph's first-line indent: two full-width or plain spaces, or a tab.
const INDENT = /^[\u3000 ]{2,}|^\t/;

/** How wide a line prints: a Chinese or full-width character takes one cell, a Latin letter, digit or space half. */
function printWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += CJK.test(ch) ? 1 : 0.5;
  return w;
}

/**
 * The width the text's lines were broken at, when it was copied out of a PDF or a fixed-width layout ("按行硬换行"): a
 * quarter or more of its lines, and at least eight, end within a cell of one width, most of them mid-sentence. A file
 * written a paragraph per line has no such width: its long lines end where their paragraphs do.
 * A PDF breaks its lines by how wide they print; a text wrapped by a program breaks them by count of characters (a
 * clause number's digits then take as much room as a Chinese character): the measure that more lines fill is the one.
 */
type LineMeasure = (line: string) => number;
// A paragraph's indent counts as typed; a line centred by spaces (a title) does not run to the width.
const charCount: LineMeasure = (line) => [...line.trimStart()].length + Math.min(2, line.length - line.trimStart().length);
function wrapWidth(lines: string[]): { width: number; measure: LineMeasure } | null {
  let found: { width: number; measure: LineMeasure; full: number } | null = null;
  for (const measure of [printWidth, charCount]) {
    const widths = lines.filter((l) => !ALIGNED.test(l.trim())).map((l) => ({ w: measure(l.trim()), l: l.trim() })).filter((x) => x.w >= 15);
    if (widths.length < 8) continue;
    const count = new Map<number, number>();
    for (const { w } of widths) count.set(Math.round(w), (count.get(Math.round(w)) ?? 0) + 1);
    let best = 0;
    let bestN = 0;
    for (const w of count.keys()) {
      const n = (count.get(w - 1) ?? 0) + (count.get(w) ?? 0) + (count.get(w + 1) ?? 0);
      if (n > bestN || (n === bestN && w > best)) [best, bestN] = [w, n];
    }
    const full = widths.filter((x) => Math.abs(x.w - best) <= 1.5);
    if (full.length < 8 || full.length < lines.length / 4) continue;
    const open = full.filter((x) => !SENTENCE_END.test(x.l)).length;
    if (open >= full.length * 0.6 && (!found || full.length > found.full)) found = { width: best, measure, full: full.length };
  }
  return found && { width: found.width, measure: found.measure };
}

/**
 * Plain text: one line, one paragraph (Chinese TXT files are written a paragraph per line). A text copied out of a PDF
 * is broken at a fixed width instead, with the pages' numbers and running heads between its lines: those are dropped
 * and a line that runs to the full width is joined to the next, unless the next is indented or starts a numbered
 * heading after a finished sentence.
 */
export function txtItems(text: string): RawItem[] {
  const lines = text.split(/\r\n|\r|\n/);
  const tables = alignedTables(lines);
  const body = lines.filter((l) => l.trim());
  const wrap = wrapWidth(body);
  if (wrap === null) {
    const items: RawItem[] = [];
    for (let i = 0; i < lines.length; i++) {
      const table = tables.get(i);
      if (table) {
        items.push(table.item);
        i = table.end - 1;
      } else if (lines[i].trim()) items.push({ kind: 'text', text: lines[i].trim() });
    }
    return items;
  }
  const furniture = pageFurniture(lines);
  const indentUsed = body.some((l) => INDENT.test(l) && !ALIGNED.test(l.trim()));
  const items: RawItem[] = [];
  let para = '';
  let joinable = false;
  let blankSince = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const t = raw.trim();
    if (furniture.has(i)) continue;
    const table = tables.get(i);
    if (table) {
      if (para) items.push({ kind: 'text', text: para });
      items.push(table.item);
      para = '';
      joinable = false;
      i = table.end - 1;
      continue;
    }
    if (!t) {
      blankSince = true;
      continue;
    }
    const indented = INDENT.test(raw);
    const startsNew =
      !joinable ||
      blankSince ||
      indented ||
      ALIGNED.test(t) ||
      (parseNumbering(t) !== null && (SENTENCE_END.test(para) || !/[\u3400-\u9fff，、]$/.test(para))) ||
      (!indentUsed && /[。！？!?]$/.test(para));
    if (startsNew) {
      if (para) items.push({ kind: 'text', text: para });
      para = t;
    } else para = joinLines(para, t);
    joinable = !ALIGNED.test(t) && wrap.measure(raw.trimEnd()) >= wrap.width - 1.5;
    blankSince = false;
  }
  if (para) items.push({ kind: 'text', text: para });
  return items;
}

/**
 * A table typed in text with its columns aligned by tabs or runs of spaces (a Word table pasted into a TXT file:
 * "产品名称\t开发主体\t再开发主体"): a head of short labels over at least one row with as many cells, read as a table.
 * Not a contents list (every row ending in a page number), not a form of blanks (a head without words).
 */
const COLUMN_GAP = /\t+|(?<=\S) {3,}(?=\S)|(?<=\S)\u3000{2,}(?=\S)/;
const columnsOf = (line: string) => line.trim().split(COLUMN_GAP).map((c) => c.trim());
const clauseHead = (c: string) => /[\u3400-\u9fff]{2}/.test(parseNumbering(c)?.rest ?? "");
const isHeadCell = (c: string) => /[\u3400-\u9fff]/.test(c) && c.length <= 16 && !/[。；;，,：:]/.test(c);
function alignedTables(lines: string[]): Map<number, { end: number; item: RawItem }> {
  const out = new Map<number, { end: number; item: RawItem }>();
  for (let i = 0; i < lines.length; i++) {
    const head = columnsOf(lines[i]);
    if (head.length < 2 || !head.every(isHeadCell)) continue;
    let end = i + 1;
    while (end < lines.length && lines[end].trim() && columnsOf(lines[end]).length === head.length) end++;
    const rows = lines.slice(i + 1, end).map(columnsOf);
    // Not a text laid out in two columns, each row a numbered clause and its body ("六、信息披露\t乙方应……"): its
    // lines are the clauses, read as headings with their paragraphs.
    if (!rows.length || rows.every((r) => /^\d{1,4}$/.test(r.at(-1)!)) || rows.filter((r) => clauseHead(r[0])).length * 2 > rows.length) continue;
    out.set(i, { end, item: { kind: 'table', rows: [head, ...rows] } });
    i = end - 1;
  }
  return out;
}

/**
 * The lines a PDF's pages add: page numbers, and the running head or foot (a short line repeated next to them),
 * with the blank lines around them; the page break they stand for is no paragraph break.
 */
function pageFurniture(lines: string[]): Set<number> {
  const out = new Set<number>();
  const isMark = (i: number) => {
    const t = lines[i]?.trim() ?? '';
    if (MARKED_PAGE.test(t)) return true;
    // A bare number counts only alone between blank lines, where a page's foot prints it.
    return PAGE_MARK.test(t) && /^\d{1,4}$/.test(t) && !lines[i - 1]?.trim() && !lines[i + 1]?.trim();
  };
  // A running head printed without page numbers: one short line standing alone between blank lines, three times or
  // more ("温州市……实施方案（征求意见稿）" atop every page of a copied PDF).
  const alone = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const t = l.trim();
    if (t && t.length <= 60 && !lines[i - 1]?.trim() && !lines[i + 1]?.trim()) alone.set(t, [...(alone.get(t) ?? []), i]);
  });
  const nonBlank = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  for (const [t, at] of alone) {
    if (at.length < 3) continue;
    // The title printed first and again atop each page stays once: the first, unless the title is printed below it
    // ("某市……实施方案（征求意见稿）" over "某市……实施方案" / "（征求意见稿）").
    const k = nonBlank.indexOf(at[0]);
    // The head may be the title shortened, the whole printed over two lines below ("厦门片区……实施方案" over "中国（福建）自由贸易
    // 试验区厦门片区跨境贸易" / "公共数据授权运营实施方案").
    const below = nonBlank.slice(k + 1, k + 5);
    const titledBelow = below.some((i, j) => lines[i].trim().slice(0, 8) === t.slice(0, 8) || `${lines[i].trim()}${j + 1 < below.length ? lines[below[j + 1]].trim() : ''}`.includes(t));
    for (const i of at) if (i !== at[0] || k >= 3 || titledBelow) out.add(i);
  }
  const marks = lines.map((_, i) => i).filter(isMark);
  if (marks.length < 2) return blankAround(out, lines);
  // Lines within three non-blank lines of a page number, repeated at two or more of them: the running head.
  const near = new Map<string, number[]>();
  for (const m of marks) {
    out.add(m);
    for (const dir of [-1, 1]) {
      for (let i = m + dir, seen = 0; i >= 0 && i < lines.length && seen < 3; i += dir) {
        const t = lines[i].trim();
        if (!t) continue;
        seen++;
        if (t.length <= 60 && !isMark(i)) near.set(t, [...(near.get(t) ?? []), i]);
      }
    }
  }
  for (const at of near.values()) if (new Set(at).size >= 2) for (const i of at) out.add(i);
  return blankAround(out, lines);
}

/** The blank lines between what was dropped and the text on either side go with it. */
function blankAround(out: Set<number>, lines: string[]): Set<number> {
  for (const i of [...out]) {
    for (let j = i - 1; j >= 0 && !lines[j].trim(); j--) out.add(j);
    for (let j = i + 1; j < lines.length && !lines[j].trim(); j++) out.add(j);
  }
  return out;
}

const stripInline = (s: string) =>
  s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');

const tableCells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => stripInline(c.trim()));

/** Markdown: # headings by level, pipe tables as tables, paragraphs separated by blank lines, list markers dropped. */
export function markdownItems(text: string): RawItem[] {
  const items: RawItem[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let para = '';
  const flush = () => {
    if (para.trim()) items.push({ kind: 'text', text: para.trim() });
    para = '';
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trim();
    if (!t) {
      flush();
      continue;
    }
    if (t.startsWith('```')) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith('```'); i++) code.push(lines[i]);
      if (code.join('').trim()) items.push({ kind: 'text', text: code.join('\n') });
      continue;
    }
    const h = /^(#{1,6})\s+(.*?)\s*#*$/.exec(t);
    if (h) {
      flush();
      const text = stripInline(h[2]);
      // "# 某市……协议" opening the file, unnumbered, is the document's title, not its first chapter.
      if (h[1] === '#' && !items.length && !parseNumbering(text)) items.push({ kind: 'text', text, isTitle: true });
      else items.push({ kind: 'text', text, styledLevel: h[1].length });
      continue;
    }
    if (t.startsWith('|') && i + 1 < lines.length && /^\|?\s*:?-{2,}/.test(lines[i + 1].trim())) {
      flush();
      const rows = [tableCells(t)];
      for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++) rows.push(tableCells(lines[i]));
      i--;
      items.push({ kind: 'table', rows });
      continue;
    }
    const list = /^([-*+]|>)\s+(.*)$/.exec(t);
    if (list) {
      flush();
      items.push({ kind: 'text', text: stripInline(list[2]) });
      continue;
    }
    // A numbered line starts its own paragraph, so "1." items are not glued to the text above.
    if (/^(\d{1,3}[.、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[章节条])/.test(t)) flush();
    para = joinLines(para, stripInline(t));
  }
  flush();
  return items;
}
